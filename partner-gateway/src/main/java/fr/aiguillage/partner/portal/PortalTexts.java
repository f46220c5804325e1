package fr.aiguillage.partner.portal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Words of the portal: French dates (Paris time), names, labels of stored codes. */
final class PortalTexts {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
  static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm", Locale.FRANCE);
  static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE);
  static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRANCE);
  static final String UNKNOWN = "Non renseigné";

  private PortalTexts() {}

  /** "12/03/2025" (Paris time); empty when unknown. */
  static String day(Instant instant) {
    return instant == null ? "" : DAY.format(instant.atZone(PARIS));
  }

  /** "12/03/2025"; empty when unknown. */
  static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  /** "12/03/2025 à 14h05" (Paris time); empty when unknown. */
  static String at(Instant instant) {
    return instant == null ? "" : AT.format(instant.atZone(PARIS));
  }

  /** "12/03/2025 14:05" (Paris time), for the rows of a table; empty when unknown. */
  static String stamp(Instant instant) {
    return instant == null ? "" : STAMP.format(instant.atZone(PARIS));
  }

  /** The Paris day of an instant. */
  static LocalDate parisDay(Instant instant) {
    return LocalDate.ofInstant(instant, PARIS);
  }

  /** "10h00" (Paris time). */
  static String hour(Instant instant) {
    return HOUR.format(instant.atZone(PARIS));
  }

  /** "10h00–10h45" (Paris time). */
  static String hours(Instant start, Instant end) {
    return hour(start) + "–" + hour(end);
  }

  /** "lundi 23 novembre", "mardi 1er décembre". */
  static String weekday(LocalDate date) {
    return weekday(date.getDayOfWeek()) + " " + dayAndMonth(date);
  }

  /** "lundi". */
  static String weekday(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.FRANCE);
  }

  /**
   * "Semaine du 23 au 29 novembre 2026", "Semaine du 30 novembre au 6 décembre 2026", "Semaine du
   * 28 décembre 2026 au 3 janvier 2027".
   */
  static String week(LocalDate monday) {
    LocalDate sunday = monday.plusDays(6);
    String first =
        monday.getYear() != sunday.getYear()
            ? dayAndMonth(monday) + " " + monday.getYear()
            : monday.getMonth() != sunday.getMonth() ? dayAndMonth(monday) : dayOfMonth(monday);
    return "Semaine du " + first + " au " + dayAndMonth(sunday) + " " + sunday.getYear();
  }

  /** "23 novembre", "1er décembre". */
  private static String dayAndMonth(LocalDate date) {
    return dayOfMonth(date) + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.FRANCE);
  }

  private static String dayOfMonth(LocalDate date) {
    return date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
  }

  /** "MARTIN Claire Anne": the last name in capitals, then the first names. */
  static String person(String lastName, String firstNames) {
    String last = lastName == null ? "" : lastName.strip().toUpperCase(Locale.FRANCE);
    String first = firstNames == null ? "" : firstNames.strip();
    return (last + " " + first).strip();
  }

  /** "Ardennes (08)". */
  static String departement(String name, String code) {
    if (name == null || name.isBlank()) {
      return code == null ? "" : code;
    }
    return code == null || code.isBlank() ? name : name + " (" + code + ")";
  }

  /** The French label of a referral's status code. */
  static String status(String code) {
    if (code == null) {
      return "";
    }
    return switch (code) {
      case "PENDING" -> "En attente de réponse";
      case "ACCEPTED" -> "Acceptée";
      case "REFUSED" -> "Refusée";
      case "EXPIRED" -> "Expirée faute de réponse";
      case "WITHDRAWN" -> "Retirée par le département";
      default -> code;
    };
  }

  /** "Claire Martin — 12/30 suivis". */
  static String referent(String name, int current, int max) {
    return name + " — " + current + "/" + max + " suivis";
  }

  /** The value, or "Non renseigné" when there is none. */
  static String orUnknown(String value) {
    return value == null || value.isBlank() ? UNKNOWN : value;
  }

  /** The French label of a webhook delivery's status code. */
  static String delivery(String code) {
    if (code == null) {
      return "";
    }
    return switch (code) {
      case "PENDING" -> "En attente";
      case "DELIVERED" -> "Remis";
      case "DEAD" -> "Abandonné";
      default -> code;
    };
  }
}
