package fr.aiguillage.statistics.definition;

import java.time.LocalDate;

/**
 * OARSA's time in the RSA, from the claim date of the latest entry ({@code rsaClaimDate}) to the
 * reference date, with « Inconnu » when the claim date is unknown (it is never replaced by another
 * date) or after the reference date. A band starts on the anniversary: exactly six months is "6 to
 * 12 months", exactly one year "1 to 2 years". Months are calendar months as the contract deadline
 * counts them ({@code plusMonths}): a claim on 31 August is six months old on 28 February.
 */
public enum RsaDurationBand {
  UNDER_6_MONTHS("Moins de 6 mois", 0),
  FROM_6_TO_12_MONTHS("6 mois à moins d'un an", 6),
  FROM_1_TO_2_YEARS("1 an à moins de 2 ans", 12),
  FROM_2_TO_5_YEARS("2 ans à moins de 5 ans", 24),
  FROM_5_YEARS("5 ans ou plus", 60),
  UNKNOWN("Inconnu", -1);

  private final String label;
  private final int fromMonths;

  RsaDurationBand(String label, int fromMonths) {
    this.label = label;
    this.fromMonths = fromMonths;
  }

  public String label() {
    return label;
  }

  public static RsaDurationBand of(LocalDate rsaClaimDate, LocalDate onDate) {
    if (rsaClaimDate == null || onDate == null || rsaClaimDate.isAfter(onDate)) {
      return UNKNOWN;
    }
    RsaDurationBand band = UNDER_6_MONTHS;
    for (RsaDurationBand b : values()) {
      if (b != UNKNOWN && !onDate.isBefore(rsaClaimDate.plusMonths(b.fromMonths))) {
        band = b;
      }
    }
    return band;
  }
}
