package fr.aiguillage.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Identifiers and days as the APIs receive them (path, body, query), with the French answer when
 * they are malformed.
 */
public final class Ids {
  private Ids() {}

  /** A path id: malformed, it names nothing (404). */
  public static UUID of(String raw, String what) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException(what);
    }
  }

  /** A body or query id: malformed, the field is wrong (400); blank, none. */
  public static UUID optional(String raw, String field) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(raw.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "Identifiant « " + raw + " » invalide.");
    }
  }

  public static LocalDate day(String raw, String field) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidInputException(field, "Indiquez le jour (AAAA-MM-JJ).");
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "« " + raw + " » n'est pas un jour (AAAA-MM-JJ).");
    }
  }

  /**
   * The version read, from an {@code If-Match} header ("3", W/"3"); null when there is none.
   *
   * @throws InvalidInputException when the header is not a version
   */
  public static Long ifMatch(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String digits = header.strip().replaceFirst("^W/", "").replace("\"", "").strip();
    try {
      long v = Long.parseLong(digits);
      if (v >= 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidInputException(
        "If-Match", "If-Match porte la version lue, par exemple \"3\".");
  }
}
