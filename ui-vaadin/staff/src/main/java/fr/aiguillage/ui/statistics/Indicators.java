package fr.aiguillage.ui.statistics;

import fr.aiguillage.statistics.projection.DelayFigures;
import fr.aiguillage.statistics.projection.Figures.IndicatorFigures;
import fr.aiguillage.statistics.projection.Figures.Month;
import fr.aiguillage.statistics.table.Cell;
import fr.aiguillage.statistics.table.StatisticalTable;
import fr.aiguillage.statistics.table.TableBuilder;
import fr.aiguillage.vocabulary.Pathway;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's four indicators: for each, the columns of its table, on screen and in the CSV
 * export, so that both always carry the same figures.
 */
final class Indicators {
  static final String NEW_SUBJECT = "monthly-new-subject";
  static final String ORIENTED = "monthly-oriented";
  static final String DELAY_FROM_CLAIM = "monthly-orientation-delay-from-claim";
  static final String DELAY_FROM_RIGHTS = "monthly-orientation-delay-from-rights-and-duties";

  static final List<String> DELAY_HEADERS =
      List.of(
          "Mois",
          "Décidés",
          "Moyenne (jours)",
          "Médiane (jours)",
          "90e centile (jours)",
          "Part sous 15 jours (%)",
          "Part sous 30 jours (%)",
          "Part sous 42 jours (%)",
          "Part sous 45 jours (%)",
          "En attente",
          "Sortis avant décision",
          "Début inconnu");

  private Indicators() {}

  /** The pathways shown: the three, and "inconnu" only when a month has some. */
  static List<String> pathways(IndicatorFigures f) {
    List<String> codes = new ArrayList<>();
    for (Pathway p : Pathway.values()) {
      codes.add(p.name());
    }
    if (f.months().stream()
        .anyMatch(m -> m.byBreakdown().getOrDefault(StatisticsTexts.UNKNOWN_PATHWAY, 0L) > 0)) {
      codes.add(StatisticsTexts.UNKNOWN_PATHWAY);
    }
    return codes;
  }

  static List<String> headers(IndicatorFigures f) {
    return switch (f.id()) {
      case ORIENTED -> {
        List<String> h = new ArrayList<>(List.of("Mois"));
        pathways(f).forEach(p -> h.add(StatisticsTexts.pathway(p)));
        h.add("Total");
        yield h;
      }
      case NEW_SUBJECT -> List.of("Mois", "Personnes");
      default -> DELAY_HEADERS;
    };
  }

  static List<List<String>> rows(IndicatorFigures f) {
    List<List<String>> rows = new ArrayList<>();
    for (Month m : f.months()) {
      List<String> row = new ArrayList<>(List.of(StatisticsTexts.month(m.month())));
      switch (f.id()) {
        case ORIENTED -> {
          pathways(f).forEach(p -> row.add(Long.toString(m.byBreakdown().getOrDefault(p, 0L))));
          row.add(Long.toString(m.people()));
        }
        case NEW_SUBJECT -> row.add(Long.toString(m.people()));
        default -> {
          DelayFigures d = m.delay();
          row.add(Long.toString(d.reached()));
          row.add(StatisticsTexts.days(d.mean()));
          row.add(StatisticsTexts.days(d.median()));
          row.add(StatisticsTexts.days(d.p90()));
          StatisticsTexts.THRESHOLDS.forEach(
              t -> row.add(StatisticsTexts.share(d.shareWithin().get(t))));
          row.add(Long.toString(d.waiting()));
          row.add(Long.toString(d.left()));
          row.add(Long.toString(d.unknownStart()));
        }
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * The same figures as a statistical table for the export (unsuppressed: the département's own).
   */
  static StatisticalTable table(IndicatorFigures f, String title) {
    List<String> headers = headers(f);
    TableBuilder table =
        StatisticalTable.builder(title, f.id(), f.definition())
            .columns(
                headers
                    .subList(1, headers.size() - (ORIENTED.equals(f.id()) ? 1 : 0))
                    .toArray(String[]::new));
    for (Month m : f.months()) {
      String label = m.month();
      switch (f.id()) {
        case ORIENTED ->
            table.row(
                label,
                pathways(f).stream().mapToLong(p -> m.byBreakdown().getOrDefault(p, 0L)).toArray());
        case NEW_SUBJECT -> table.row(label, m.people());
        default -> table.row(label, delayCells(m.delay()));
      }
    }
    if (ORIENTED.equals(f.id())) {
      table.withRowTotals();
    }
    return table.build();
  }

  private static Cell[] delayCells(DelayFigures d) {
    long cohort = d.reached() + d.waiting();
    List<Cell> cells = new ArrayList<>();
    cells.add(Cell.count(d.reached()));
    cells.add(measure(d.mean(), d.reached()));
    cells.add(measure(d.median(), d.reached()));
    cells.add(measure(d.p90(), d.reached()));
    for (int t : StatisticsTexts.THRESHOLDS) {
      Double share = d.shareWithin().get(t);
      cells.add(measure(share == null ? null : share * 100, cohort));
    }
    cells.add(Cell.count(d.waiting()));
    cells.add(Cell.count(d.left()));
    cells.add(Cell.count(d.unknownStart()));
    return cells.toArray(Cell[]::new);
  }

  private static Cell measure(Number value, long people) {
    return value == null ? Cell.measureOverNobody() : Cell.measure(value.doubleValue(), people);
  }
}
