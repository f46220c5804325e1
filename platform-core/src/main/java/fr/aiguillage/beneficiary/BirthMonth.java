package fr.aiguillage.beneficiary;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The year and month of birth, when the birth date itself is not known: the NIR's second to fifth
 * characters give them (a month from 20 to 42 or 50 to 99 means an unknown month; the year's
 * century is the one that gives an age under 100 today). Enough for an age band and for the
 * criteria's age rules; the age is then counted from the first of the month.
 */
public record BirthMonth(int year, Integer month) {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** From the birth date, else from the NIR; null when neither is known. */
  public static BirthMonth of(LocalDate birthDate, Nir nir, LocalDate today) {
    if (birthDate != null) {
      return new BirthMonth(birthDate.getYear(), birthDate.getMonthValue());
    }
    return nir == null ? null : fromNir(nir.value(), today);
  }

  /** From a valid NIR's characters (the key already checked). */
  public static BirthMonth fromNir(String nir, LocalDate today) {
    int yy = Integer.parseInt(nir.substring(1, 3));
    int mm = Integer.parseInt(nir.substring(3, 5));
    int century = today.getYear() / 100 * 100;
    int year = century + yy > today.getYear() ? century - 100 + yy : century + yy;
    return new BirthMonth(year, mm >= 1 && mm <= 12 ? mm : null);
  }

  /** Whole years on {@code day}, counted from the first of the month (of January if unknown). */
  public int ageOn(LocalDate day) {
    return java.time.Period.between(LocalDate.of(year, month == null ? 1 : month, 1), day)
        .getYears();
  }
}
