package fr.aiguillage.ui.statistics;

import fr.aiguillage.statistics.definition.IndicatorCatalogue;
import fr.aiguillage.statistics.definition.IndicatorDefinition;
import fr.aiguillage.statistics.definition.NationalAnchor;
import fr.aiguillage.statistics.definition.Unit;
import fr.aiguillage.statistics.projection.DelayFigures;
import fr.aiguillage.statistics.projection.Figures.IndicatorFigures;
import fr.aiguillage.statistics.projection.Figures.Month;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The latest published national figures of an indicator (the catalogue's {@link NationalAnchor}s,
 * REFERENCE §4.3 and §7.3), as the dashboards show them beside the figures: each with its year and
 * source, the newest first, and on the département's dashboard the département's own mean over the
 * period to compare with.
 */
final class NationalComparison {
  private NationalComparison() {}

  /** The indicator's national figures, the newest year first; none for most indicators. */
  static List<NationalAnchor> anchors(String indicatorId) {
    return IndicatorCatalogue.find(indicatorId)
        .map(IndicatorDefinition::anchors)
        .orElse(List.of())
        .stream()
        .sorted(Comparator.comparingInt(NationalAnchor::year).reversed())
        .toList();
  }

  /** « 79 jours (2023, DREES, OARSA ; …) », several joined by « ; ». */
  static Optional<String> text(String indicatorId) {
    List<NationalAnchor> anchors = anchors(indicatorId);
    if (anchors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        anchors.stream().map(NationalAnchor::display).collect(Collectors.joining(" ; ")) + ".");
  }

  /**
   * The national figures, and for a delay the département's mean over the whole period (its months'
   * means weighted by the people who reached the end, as DREES's yearly mean is).
   */
  static Optional<String> forDepartement(IndicatorFigures figures) {
    return text(figures.id())
        .map(
            national ->
                periodMean(
                        figures.months().stream()
                            .map(Month::delay)
                            .filter(Objects::nonNull)
                            .toList())
                    .map(
                        mean ->
                            national
                                + " Le département sur la période : "
                                + StatisticsTexts.days(mean)
                                + " jours en moyenne ("
                                + people(reached(figures))
                                + ").")
                    .orElse(national));
  }

  /** The mean over several months, weighted by the people who reached the end; empty if none. */
  static Optional<Double> periodMean(List<DelayFigures> months) {
    long people = 0;
    double days = 0;
    for (DelayFigures d : months) {
      if (d.reached() > 0 && d.mean() != null) {
        people += d.reached();
        days += d.mean() * d.reached();
      }
    }
    return people == 0 ? Optional.empty() : Optional.of(Math.round(days / people * 10) / 10.0);
  }

  /** The newest national figure in days for the whole population, drawn as a reference line. */
  static Optional<NationalAnchor> referenceInDays(String indicatorId) {
    return anchors(indicatorId).stream()
        .filter(a -> a.unit() == Unit.DAYS && a.cell() == null)
        .findFirst();
  }

  /** The reference line's name: « Repère national 2023 : 79 j ». */
  static String referenceName(NationalAnchor anchor) {
    return "Repère national "
        + anchor.year()
        + " : "
        + anchor.value().stripTrailingZeros().toPlainString().replace('.', ',')
        + " j";
  }

  private static String people(long n) {
    return n == 1 ? "1 personne orientée" : n + " personnes orientées";
  }

  private static long reached(IndicatorFigures figures) {
    return figures.months().stream()
        .map(Month::delay)
        .filter(Objects::nonNull)
        .mapToLong(DelayFigures::reached)
        .sum();
  }
}
