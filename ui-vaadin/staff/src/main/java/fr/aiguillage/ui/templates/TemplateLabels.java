package fr.aiguillage.ui.templates;

import fr.aiguillage.contract.TemplateDetails;
import fr.aiguillage.contract.TemplateSummary;
import fr.aiguillage.ui.kit.Formats;
import java.time.LocalDate;
import java.util.Locale;

/** How a template version is named in French, in the list and above the editor. */
final class TemplateLabels {
  static final String DRAFT = "DRAFT";
  static final String PUBLISHED = "PUBLISHED";
  static final String ARCHIVED = "ARCHIVED";

  private TemplateLabels() {}

  static String status(String status) {
    return switch (status) {
      case DRAFT -> "brouillon";
      case PUBLISHED -> "publiée";
      case ARCHIVED -> "archivée";
      default -> status.toLowerCase(Locale.ROOT);
    };
  }

  /** "Version 3 — publiée, en vigueur depuis le 01/02/2027", "Version 4 — brouillon". */
  static String option(TemplateSummary.Version v, LocalDate today) {
    return "Version "
        + v.version()
        + " — "
        + dated(v.status(), v.effectiveFrom(), v.inForce(), today);
  }

  /** "Contrat d'engagement simplifié — version 2 (brouillon)" above the editor. */
  static String heading(TemplateDetails t) {
    return t.kindLabel() + " — version " + t.version();
  }

  static String state(TemplateDetails t, LocalDate today) {
    return "État : " + dated(t.status(), t.effectiveFrom(), t.inForce(), today) + ".";
  }

  /** "Aucune version en vigueur" or "En vigueur : version 2". */
  static String inForce(TemplateSummary kind) {
    return kind.inForceVersion() == 0
        ? "Aucune version en vigueur : les contrats de ce type ne peuvent pas encore être écrits."
        : "En vigueur : version " + kind.inForceVersion() + ".";
  }

  private static String dated(String status, LocalDate from, boolean inForce, LocalDate today) {
    String label = status(status);
    if (from == null || DRAFT.equals(status)) {
      return label;
    }
    String day = Formats.day(from);
    if (inForce) {
      return label + ", en vigueur depuis le " + day;
    }
    if (PUBLISHED.equals(status) && from.isAfter(today)) {
      return label + ", en vigueur à partir du " + day;
    }
    return label + ", appliquée à partir du " + day;
  }

  static boolean isDraft(String status) {
    return DRAFT.equals(status);
  }
}
