package fr.aiguillage.statistics.definition;

/**
 * DREES's four kinds of lead body (organisme référent unique, REFERENCE §4.2), the split it
 * publishes (40 % / 32 % / 28 % in 2023), with « Inconnu ». The public employment service (SPE)
 * includes France Travail; the département's own services are outside it.
 */
public enum BodyKind {
  FRANCE_TRAVAIL("France Travail", true),
  DEPARTEMENT("Services du département", false),
  OTHER_SPE("Autre organisme du service public de l'emploi", true),
  OTHER_NON_SPE("Autre organisme hors service public de l'emploi", false),
  UNKNOWN("Inconnu", false);

  private final String label;
  private final boolean spe;

  BodyKind(String label, boolean spe) {
    this.label = label;
    this.spe = spe;
  }

  public String label() {
    return label;
  }

  /** Whether the body belongs to the public employment service (false when unknown). */
  public boolean isSpe() {
    return spe;
  }
}
