package fr.aiguillage.statistics.definition;

/**
 * How an indicator sits in its period: a stock on the period's last day (31 December for a year,
 * the month's last day for a month), or a flow over the month or the civil year, placed by the date
 * of the definition's {@code countedOn} milestone.
 */
public enum PeriodKind {
  AT_DATE("situation au dernier jour de la période (31 décembre pour l'année, fin de mois)"),
  DURING_MONTH("au cours du mois"),
  DURING_YEAR("au cours de l'année civile");

  private final String label;

  PeriodKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
