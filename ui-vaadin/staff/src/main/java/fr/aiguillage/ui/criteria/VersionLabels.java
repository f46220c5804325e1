package fr.aiguillage.ui.criteria;

import fr.aiguillage.criteria.CriteriaVersionDetails;
import fr.aiguillage.ui.kit.Formats;
import java.time.LocalDate;

/** How a criteria version is named in French, in the list of versions and at the top. */
final class VersionLabels {
  static final String DRAFT = "DRAFT";
  static final String PUBLISHED = "PUBLISHED";
  static final String ARCHIVED = "ARCHIVED";

  private VersionLabels() {}

  /** "socle national" or "version 3". */
  static String name(CriteriaVersionDetails v) {
    return v.national() ? "socle national" : "version " + v.version();
  }

  /** "du socle national" or "de la version 3". */
  static String ofName(CriteriaVersionDetails v) {
    return v.national() ? "du socle national" : "de la version " + v.version();
  }

  /** "En vigueur : version 3, depuis le 01/02/2025." */
  static String inForce(CriteriaVersionDetails v) {
    return "En vigueur : " + name(v) + ", depuis le " + Formats.day(v.effectiveFrom()) + ".";
  }

  /**
   * One entry of the version list: "Socle national", "Version 4 — brouillon", "Version 3 — publiée,
   * en vigueur depuis le 01/02/2025", "Version 5 — publiée, en vigueur à partir du …" (not yet),
   * "Version 2 — archivée, appliquée à partir du …" (applied once, now replaced).
   */
  static String option(CriteriaVersionDetails v, int versionInForce, LocalDate today) {
    boolean inForce = v.version() == versionInForce;
    if (v.national()) {
      return inForce ? "Socle national — en vigueur" : "Socle national";
    }
    String label = "Version " + v.version() + " — " + status(v.status());
    if (v.effectiveFrom() == null || DRAFT.equals(v.status())) {
      return label;
    }
    String day = Formats.day(v.effectiveFrom());
    if (inForce) {
      return label + ", en vigueur depuis le " + day;
    }
    if (PUBLISHED.equals(v.status()) && v.effectiveFrom().isAfter(today)) {
      return label + ", en vigueur à partir du " + day;
    }
    return label + ", appliquée à partir du " + day;
  }

  static String status(String status) {
    return switch (status) {
      case DRAFT -> "brouillon";
      case PUBLISHED -> "publiée";
      case ARCHIVED -> "archivée";
      default -> status.toLowerCase(java.util.Locale.ROOT);
    };
  }

  static boolean isDraft(CriteriaVersionDetails v) {
    return !v.national() && DRAFT.equals(v.status());
  }
}
