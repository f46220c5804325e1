package fr.aiguillage.ui.shared;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** French display of dates and counts. */
public final class Formats {
  public static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

  private Formats() {}

  public static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  /** "Aucune personne", "1 personne", "1 234 personnes" (no-break space between thousands). */
  public static String people(long count) {
    if (count == 0) {
      return "Aucune personne";
    }
    return thousands(count) + (count == 1 ? " personne" : " personnes");
  }

  /** "1 242": French thousands, no-break space. */
  public static String thousands(long n) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
    symbols.setGroupingSeparator('\u00a0');
    return new DecimalFormat("#,##0", symbols).format(n);
  }
}
