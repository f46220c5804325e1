package fr.aiguillage.statistics.definition;

import java.time.LocalDate;
import java.time.Period;

/**
 * OARSA's age bands (REFERENCE §7.1), with « Inconnu ». The age is whole years on the reference
 * date; when only the year and month of birth are known (the NIR gives no day), it is counted from
 * the first of the month, as {@code BirthMonth.ageOn} does. When the month is unknown too, the band
 * is given only if every month of that year leads to it: a band is never guessed.
 */
public enum AgeBand {
  UNDER_25("Moins de 25 ans", 0, 24),
  FROM_25_TO_29("25 à 29 ans", 25, 29),
  FROM_30_TO_39("30 à 39 ans", 30, 39),
  FROM_40_TO_49("40 à 49 ans", 40, 49),
  FROM_50_TO_59("50 à 59 ans", 50, 59),
  FROM_60("60 ans ou plus", 60, Integer.MAX_VALUE),
  UNKNOWN("Inconnu", -1, -1);

  private final String label;
  private final int fromAge;
  private final int toAge;

  AgeBand(String label, int fromAge, int toAge) {
    this.label = label;
    this.fromAge = fromAge;
    this.toAge = toAge;
  }

  public String label() {
    return label;
  }

  /** The band on {@code onDate} of a person born on {@code birthDate} (null: unknown). */
  public static AgeBand ofBirthDate(LocalDate birthDate, LocalDate onDate) {
    return birthDate == null ? UNKNOWN : ofAge(birthDate, onDate);
  }

  /**
   * The band on {@code onDate} from the year and month of birth as the beneficiary keeps them
   * ({@code birth_year}, {@code birth_month}; either may be null, a month outside 1–12 is unknown).
   */
  public static AgeBand of(Integer birthYear, Integer birthMonth, LocalDate onDate) {
    if (birthYear == null || onDate == null) {
      return UNKNOWN;
    }
    if (birthMonth != null && birthMonth >= 1 && birthMonth <= 12) {
      return ofAge(LocalDate.of(birthYear, birthMonth, 1), onDate);
    }
    AgeBand oldest = ofAge(LocalDate.of(birthYear, 1, 1), onDate);
    AgeBand youngest = ofAge(LocalDate.of(birthYear, 12, 1), onDate);
    return oldest == youngest ? oldest : UNKNOWN;
  }

  private static AgeBand ofAge(LocalDate born, LocalDate onDate) {
    if (onDate == null || born.isAfter(onDate)) {
      return UNKNOWN;
    }
    int age = Period.between(born, onDate).getYears();
    for (AgeBand band : values()) {
      if (age >= band.fromAge && age <= band.toAge) {
        return band;
      }
    }
    return UNKNOWN;
  }
}
