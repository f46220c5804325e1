package fr.aiguillage.statistics.definition;

import java.time.LocalDate;

/**
 * OARSA table T3's duration written in a contract: under 6 months, 6 to 12 months, a year or more,
 * with « Inconnu ». A contract runs from {@code startDate} to {@code endDate} inclusive (the eve of
 * the same date N months later, as {@code ContractTerm} writes it): 1 January to 30 June is six
 * months.
 */
public enum ContractDurationBand {
  UNDER_6_MONTHS("Moins de 6 mois"),
  FROM_6_TO_12_MONTHS("6 mois à moins d'un an"),
  FROM_1_YEAR("Un an ou plus"),
  UNKNOWN("Inconnu");

  private final String label;

  ContractDurationBand(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static ContractDurationBand of(LocalDate startDate, LocalDate endDate) {
    if (startDate == null || endDate == null || endDate.isBefore(startDate)) {
      return UNKNOWN;
    }
    LocalDate dayAfter = endDate.plusDays(1);
    if (!dayAfter.isBefore(startDate.plusMonths(12))) {
      return FROM_1_YEAR;
    }
    return dayAfter.isBefore(startDate.plusMonths(6)) ? UNDER_6_MONTHS : FROM_6_TO_12_MONTHS;
  }
}
