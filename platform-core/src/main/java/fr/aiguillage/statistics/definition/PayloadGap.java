package fr.aiguillage.statistics.definition;

/**
 * What an indicator needs that the lifecycle events of version 1 do not carry yet: the projections
 * must add it (a field in a payload's next version, or a new event) before they can compute it.
 * Listed per definition so that none is forgotten; docs/indicators.md lists them too.
 *
 * <p>None is left: the five gaps found when the catalogue was written were filled by optional
 * additions to version 1 (docs/events.md) — the right state and the person's traits in {@code
 * beneficiary.created/updated} ({@code rightState}, {@code rightSuspended}, {@code birthYear},
 * {@code birthMonth}, {@code sex}, {@code hasPartner}, {@code children}) and {@code
 * diagnostic.completed} ({@code familySituation}, {@code educationLevel}), the referent in {@code
 * orientation.*} ({@code referentId}), the plan's categories in {@code contract.*} ({@code
 * actionCategories}), and the decision's notice as {@code notification.sent}. Events written before
 * those additions lack them: such a person's trait is « Inconnu ».
 */
public enum PayloadGap {
  ;

  public String description() {
    return name();
  }
}
