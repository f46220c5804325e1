package fr.aiguillage.ui.coordination;

import fr.aiguillage.orientation.ResponseTimes.StructureResponses;
import fr.aiguillage.ui.kit.Formats;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The structures' answers in words, without any component: the periods, answer times in hours or
 * days, shares in %, and "—" where there is not enough data yet.
 */
final class ResponseTexts {
  /** Shown for a time or a share that cannot be computed yet. */
  static final String NO_DATA = "—";

  static final String NO_ANSWER = "pas encore de réponse";
  static final String NOTHING = "Aucune orientation adressée aux structures sur cette période.";
  static final String NO_ORGANISATION = "Aucune";

  /** The periods offered, in days, and the one shown first. */
  static final List<Integer> PERIODS = List.of(30, 90, 365);

  static final int DEFAULT_PERIOD = 90;

  private ResponseTexts() {}

  /** "90 derniers jours". */
  static String period(int days) {
    return Formats.thousands(days) + " derniers jours";
  }

  /**
   * "moins d'une heure", "5,5 heures", then from 24 hours on in days with one decimal: "1,0 jour",
   * "2,5 jours"; "—" without data.
   */
  static String duration(Double hours) {
    if (hours == null) {
      return NO_DATA;
    }
    if (hours < 1) {
      return "moins d'une heure";
    }
    if (hours < 24) {
      return decimal(hours, "#,##0.#") + (hours < 2 ? " heure" : " heures");
    }
    double days = Math.round(hours / 24 * 10) / 10.0;
    return decimal(days, "#,##0.0") + (days < 2 ? " jour" : " jours");
  }

  /** "4,5", "12": a number of days; "—" without data. */
  static String days(Double days) {
    return days == null ? NO_DATA : decimal(days, "#,##0.#");
  }

  /** "12 %" from 0.12; "—" without data. */
  static String rate(Double share) {
    return share == null ? NO_DATA : Math.round(share * 100) + "\u00a0%";
  }

  /** "3 (12 %)", "0 (—)": a count and its share. */
  static String countAndRate(long count, Double share) {
    return Formats.thousands(count) + " (" + rate(share) + ")";
  }

  /** The structure's partner organisation, "Aucune" when it has none. */
  static String organisation(StructureResponses r) {
    return r.partnerOrganisationName() == null ? NO_ORGANISATION : r.partnerOrganisationName();
  }

  /** The longest median answer time in hours; 0 when no structure has answered. */
  static double maxMedianHours(List<StructureResponses> responses) {
    return responses.stream()
        .map(StructureResponses::medianAnswerHours)
        .filter(Objects::nonNull)
        .mapToDouble(Double::doubleValue)
        .max()
        .orElse(0);
  }

  /** "2,5 jours" or "pas encore de réponse": the text beside a structure's bar. */
  static String medianNumbers(StructureResponses r) {
    return r.medianAnswerHours() == null ? NO_ANSWER : duration(r.medianAnswerHours());
  }

  /**
   * "PLIE : délai médian de réponse de 2,5 jours, sur 12 réponses." or "PLIE : pas encore de
   * réponse, 3 orientations adressées." What a screen reader says of one bar.
   */
  static String medianSentence(StructureResponses r) {
    if (r.medianAnswerHours() == null) {
      return r.structureName() + " : " + NO_ANSWER + ", " + referrals(r.sent()) + ".";
    }
    long answers = r.accepted() + r.refused();
    return r.structureName()
        + " : délai médian de réponse de "
        + duration(r.medianAnswerHours())
        + ", sur "
        + Formats.thousands(answers)
        + (answers <= 1 ? " réponse." : " réponses.");
  }

  /**
   * "Sur les 90 derniers jours : 124 orientations adressées à 8 structures, dont 12 en attente de
   * réponse." or "Aucune orientation adressée aux structures sur les 30 derniers jours."
   */
  static String total(List<StructureResponses> responses, int days) {
    long sent = responses.stream().mapToLong(StructureResponses::sent).sum();
    long pending = responses.stream().mapToLong(StructureResponses::pending).sum();
    if (sent == 0) {
      return "Aucune orientation adressée aux structures sur les " + period(days) + ".";
    }
    int structures = responses.size();
    return "Sur les "
        + period(days)
        + " : "
        + referrals(sent)
        + " à "
        + Formats.thousands(structures)
        + (structures == 1 ? " structure" : " structures")
        + (pending == 0 ? "" : ", dont " + Formats.thousands(pending) + " en attente de réponse")
        + ".";
  }

  /** "1 orientation adressée", "3 orientations adressées". */
  private static String referrals(long count) {
    return Formats.thousands(count)
        + (count == 1 ? " orientation adressée" : " orientations adressées");
  }

  /** A French decimal with a no-break space between thousands, as {@link Formats#thousands}. */
  private static String decimal(double value, String pattern) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
    symbols.setGroupingSeparator('\u00a0');
    return new DecimalFormat(pattern, symbols).format(value);
  }
}
