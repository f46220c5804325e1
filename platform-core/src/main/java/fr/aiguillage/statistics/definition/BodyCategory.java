package fr.aiguillage.statistics.definition;

/**
 * OARSA's finer categories of lead body (table T1, REFERENCE §7.1), each in one of DREES's four
 * kinds: France Travail; the SPE's Mission locale, MDE/MDEF/PLIE/Cap emploi, business-creation
 * support, IAE and other placement or training bodies; outside the SPE the département's services,
 * CAF, MSA, CCAS/CIAS and others. « Inconnu » for a body the mapping does not know.
 */
public enum BodyCategory {
  FRANCE_TRAVAIL("France Travail", BodyKind.FRANCE_TRAVAIL),
  MISSION_LOCALE("Mission locale", BodyKind.OTHER_SPE),
  MDE_MDEF_PLIE_CAP_EMPLOI("MDE, MDEF, PLIE ou Cap emploi", BodyKind.OTHER_SPE),
  BUSINESS_CREATION("Organisme d'appui à la création d'entreprise", BodyKind.OTHER_SPE),
  IAE("Structure d'insertion par l'activité économique (IAE)", BodyKind.OTHER_SPE),
  OTHER_PLACEMENT_OR_TRAINING(
      "Autre organisme de placement professionnel ou de formation", BodyKind.OTHER_SPE),
  DEPARTEMENT("Services du département", BodyKind.DEPARTEMENT),
  CAF("CAF", BodyKind.OTHER_NON_SPE),
  MSA("MSA", BodyKind.OTHER_NON_SPE),
  CCAS_CIAS("CCAS ou CIAS", BodyKind.OTHER_NON_SPE),
  OTHER_NON_SPE("Autre organisme (association, autre)", BodyKind.OTHER_NON_SPE),
  UNKNOWN("Inconnu", BodyKind.UNKNOWN);

  private final String label;
  private final BodyKind kind;

  BodyCategory(String label, BodyKind kind) {
    this.label = label;
    this.kind = kind;
  }

  public String label() {
    return label;
  }

  /** DREES's kind this category is published under. */
  public BodyKind kind() {
    return kind;
  }

  public boolean isSpe() {
    return kind.isSpe();
  }
}
