package fr.aiguillage.ui.statistics;

import fr.aiguillage.statistics.projection.DelayFigures;
import fr.aiguillage.vocabulary.Pathway;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The dashboard's French: months, days, shares, pathways, what is set apart. */
final class StatisticsTexts {
  static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
  static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.FRENCH);
  static final String UNKNOWN_PATHWAY = "inconnu";
  static final List<Integer> THRESHOLDS = List.of(15, 30, 42, 45);

  private StatisticsTexts() {}

  static String month(String yearMonth) {
    return MONTH.format(YearMonth.parse(yearMonth));
  }

  static String shortMonth(String yearMonth) {
    return SHORT_MONTH.format(YearMonth.parse(yearMonth));
  }

  /** "12,5" with a decimal comma; a dash when nobody reached the end. */
  static String days(Number value) {
    if (value == null) {
      return "—";
    }
    return decimal("0.#").format(value.doubleValue());
  }

  /** "42,5 %"; a dash when the cohort is empty. */
  static String share(Double value) {
    if (value == null) {
      return "—";
    }
    return decimal("0.#").format(value * 100) + " %";
  }

  /** A share in percent rounded to one decimal, for the chart. */
  static Double percent(Double value) {
    return value == null ? null : Math.round(value * 1000) / 10.0;
  }

  static String pathway(String code) {
    try {
      return Pathway.valueOf(code).label();
    } catch (IllegalArgumentException | NullPointerException e) {
      return "Parcours inconnu";
    }
  }

  static String within(int threshold) {
    return "Sous " + threshold + " jours";
  }

  /** What the period set apart, in one sentence. */
  static String apart(long waiting, long left, long unknownStart, long inconsistent) {
    String s =
        "Mis à part sur la période (hors délais) : en attente de décision "
            + waiting
            + " ; sortis du RSA avant la décision "
            + left
            + " ; date de début inconnue "
            + unknownStart;
    return (inconsistent > 0 ? s + " ; dates incohérentes " + inconsistent : s) + ".";
  }

  static String apart(List<DelayFigures> months) {
    return apart(
        months.stream().mapToLong(DelayFigures::waiting).sum(),
        months.stream().mapToLong(DelayFigures::left).sum(),
        months.stream().mapToLong(DelayFigures::unknownStart).sum(),
        months.stream().mapToLong(DelayFigures::inconsistent).sum());
  }

  /** How to read a delay chart, for the cohort of people {@code who}. */
  static String delayExplanation(String who) {
    return "Pour les personnes "
        + who
        + " : le délai jusqu'à la décision d'orientation, en jours (lignes : moyenne, médiane et"
        + " 90e centile, le délai que 9 personnes sur 10 n'ont pas dépassé), et la part orientée"
        + " sous 15, 30, 42 et 45 jours (barres, échelle de droite). Les personnes encore en"
        + " attente comptent dans ces parts sans y être ; celles sorties du RSA avant la décision"
        + " ou sans date de début sont mises à part. Filtrés par parcours, les délais ne comptent"
        + " que les personnes orientées vers ce parcours.";
  }

  private static DecimalFormat decimal(String pattern) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.FRENCH));
  }
}
