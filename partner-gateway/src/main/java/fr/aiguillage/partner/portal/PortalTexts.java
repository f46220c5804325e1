package fr.aiguillage.partner.portal;

import java.util.Locale;

/** Words of the portal: names, labels of stored codes (dates are the kit's {@code Formats}). */
final class PortalTexts {
  static final String UNKNOWN = "Non renseigné";

  private PortalTexts() {}

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
