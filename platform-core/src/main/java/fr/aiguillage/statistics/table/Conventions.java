package fr.aiguillage.statistics.table;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** What the exports write in place of a figure, and the sentences that explain it, in French. */
final class Conventions {
  /** The statistical secret, as French statistical publications write it. */
  static final String SECRET = "s";

  /** "Absence de résultat due à la nature des choses": a measure over nobody. */
  static final String NOTHING_TO_MEASURE = "///";

  static final String TOTAL = "Total";

  static final String NOTHING_TO_MEASURE_NOTE =
      "/// : sans objet, aucune personne sur laquelle calculer la valeur.";

  private Conventions() {}

  static String secretNote(int threshold) {
    return "s : secret statistique. La case compte moins de "
        + threshold
        + " personnes, ou elle est masquée pour qu'une autre case masquée ne puisse pas être"
        + " retrouvée à partir des totaux.";
  }

  /** The rule, as the "Lisez-moi" sheet and the CSV's header state it. */
  static String rule(OptionalInt threshold) {
    if (threshold.isEmpty()) {
      return "Chiffres du département non soumis au secret statistique : à usage interne, à ne pas"
          + " diffuser hors du département.";
    }
    int t = threshold.getAsInt();
    return "Secret statistique : une case qui compte de 1 à "
        + (t - 1)
        + " personnes, ou un délai, une moyenne ou un taux calculé sur moins de "
        + t
        + " personnes, n'est pas diffusé (secret primaire). D'autres cases sont masquées pour"
        + " qu'aucune case masquée ne puisse être retrouvée par différence avec un total (secret"
        + " secondaire). Les zéros sont affichés : ils sont exacts.";
  }

  static List<String> signs(OptionalInt threshold) {
    return threshold.isPresent()
        ? List.of(secretNote(threshold.getAsInt()), NOTHING_TO_MEASURE_NOTE)
        : List.of(NOTHING_TO_MEASURE_NOTE);
  }

  /** A measure as French spreadsheets read it: one decimal, a decimal comma. */
  static String decimal(double value) {
    return String.format(Locale.FRANCE, "%.1f", value);
  }
}
