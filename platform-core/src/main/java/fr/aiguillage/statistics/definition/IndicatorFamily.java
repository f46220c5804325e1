package fr.aiguillage.statistics.definition;

/** The families the dashboard and docs/indicators.md group indicators in. */
public enum IndicatorFamily {
  OARSA("Enquête annuelle OARSA de la DREES (au 31 décembre)"),
  ORIENTATION("Premières orientations (mensuel)"),
  FIRST_APPOINTMENT("Premier rendez-vous d'accompagnement (mensuel)"),
  CONTRACTS("Contrats d'engagement (mensuel)"),
  PARTNERS("Réponses des partenaires (mensuel)"),
  CASELOADS("Files actives des référents et des structures"),
  REORIENTATIONS("Réorientations (mensuel)"),
  SESSIONS("Informations collectives (mensuel)");

  private final String label;

  IndicatorFamily(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
