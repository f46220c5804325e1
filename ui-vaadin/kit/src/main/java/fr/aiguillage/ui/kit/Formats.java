package fr.aiguillage.ui.kit;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** French display of dates (Paris time), hours and counts. */
public final class Formats {
  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  public static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
  public static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm", Locale.FRANCE);
  public static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE);
  public static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRANCE);

  private Formats() {}

  /** "12/03/2025"; empty when unknown. */
  public static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  /** "12/03/2025" (Paris time); empty when unknown. */
  public static String day(Instant instant) {
    return instant == null ? "" : DAY.format(instant.atZone(PARIS));
  }

  /** "12/03/2025 à 14h05" (Paris time); empty when unknown. */
  public static String at(Instant instant) {
    return instant == null ? "" : AT.format(instant.atZone(PARIS));
  }

  /** "12/03/2025 14:05" (Paris time), for the rows of a table; empty when unknown. */
  public static String stamp(Instant instant) {
    return instant == null ? "" : STAMP.format(instant.atZone(PARIS));
  }

  /** "10h00" (Paris time). */
  public static String hour(Instant instant) {
    return HOUR.format(instant.atZone(PARIS));
  }

  /** "10h00–10h45" (Paris time). */
  public static String hours(Instant start, Instant end) {
    return hour(start) + "–" + hour(end);
  }

  /** The Paris day of an instant. */
  public static LocalDate parisDay(Instant instant) {
    return LocalDate.ofInstant(instant, PARIS);
  }

  /** "lundi 23 novembre", "mardi 1er décembre". */
  public static String weekday(LocalDate date) {
    return weekday(date.getDayOfWeek()) + " " + dayAndMonth(date);
  }

  /** "lundi". */
  public static String weekday(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.FRANCE);
  }

  /**
   * "Semaine du 23 au 29 novembre 2026", "Semaine du 30 novembre au 6 décembre 2026", "Semaine du
   * 28 décembre 2026 au 3 janvier 2027".
   */
  public static String week(LocalDate monday) {
    LocalDate sunday = monday.plusDays(6);
    String first =
        monday.getYear() != sunday.getYear()
            ? dayAndMonth(monday) + " " + monday.getYear()
            : monday.getMonth() != sunday.getMonth() ? dayAndMonth(monday) : dayOfMonth(monday);
    return "Semaine du " + first + " au " + dayAndMonth(sunday) + " " + sunday.getYear();
  }

  /** "23 novembre", "1er décembre". */
  public static String dayAndMonth(LocalDate date) {
    return dayOfMonth(date) + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.FRANCE);
  }

  private static String dayOfMonth(LocalDate date) {
    return date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
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
