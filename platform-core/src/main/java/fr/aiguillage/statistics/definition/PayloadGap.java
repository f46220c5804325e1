package fr.aiguillage.statistics.definition;

/**
 * What an indicator needs that the lifecycle events of version 1 do not carry yet: the projections
 * must add it (a field in a payload's next version, or a new event) before they can compute it.
 * Listed per definition so that none is forgotten; docs/indicators.md lists them too.
 */
public enum PayloadGap {
  NOTIFICATION_EVENT(
      "No event when the orientation decision's notice is sent: add notification.sent (kind"
          + " DECISION, sentAt), from the notification context's sent_at."),
  RIGHT_STATE(
      "beneficiary.created/updated carry no right state (ETATDOSRSA): OARSA's 'open and not"
          + " suspended' needs rightState in BeneficiaryChanged."),
  PERSON_TRAITS(
      "No event carries the birth year and month, the civility, the household (has_partner,"
          + " children) or the diagnostic's family and qualification answers: the age band, sex,"
          + " family situation and education level breakdowns need them."),
  REFERENT(
      "orientation.* carries the structure, not the referent: the referent caseload needs"
          + " referentId in OrientationChanged."),
  CONTRACT_ACTIONS(
      "contract.signed carries no action categories: OARSA T4 needs the plan's DREES categories"
          + " in ContractChanged.");

  private final String description;

  PayloadGap(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
