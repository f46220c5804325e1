package fr.aiguillage.statistics.definition;

/** What a figure is counted in. */
public enum Unit {
  PEOPLE("personnes"),
  CONTRACTS("contrats"),
  APPOINTMENTS("rendez-vous"),
  REFERRALS("adressages"),
  RATE("taux (%)"),
  DAYS("jours calendaires"),
  HOURS("heures");

  private final String label;

  Unit(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isDelay() {
    return this == DAYS || this == HOURS;
  }
}
