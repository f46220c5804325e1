package fr.aiguillage.ui.statistics;

import fr.aiguillage.statistics.table.Cell;
import fr.aiguillage.statistics.table.Figure;
import fr.aiguillage.statistics.table.StatisticalTable;
import fr.aiguillage.ui.statistics.ChartOptions.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The national publication's tables (one row a département, one column a month, the nation as the
 * columns' totals) as the national dashboard shows them. It reads what the suppression published
 * and nothing else: a masked cell is « s » in the table and a gap in the chart, never its figure.
 */
final class NationalTables {
  static final String NATION = "Ensemble des départements";
  static final String SECRET = "s";
  static final String NOT_APPLICABLE = "///";
  static final String SIGNS =
      "s : secret statistique (moins de 5 personnes, ou case masquée pour qu'une autre case"
          + " masquée ne se déduise pas des totaux) ; /// : sans objet (moyenne sur personne).";

  private NationalTables() {}

  /** A cell as published: its figure, « s » when the secret masks it, « /// » over nobody. */
  static String text(Cell cell) {
    if (cell.suppressed()) {
      return SECRET;
    }
    return cell.published()
        .map(
            f ->
                f instanceof Figure.Measure m
                    ? (m.hasValue() ? StatisticsTexts.days(m.value()) : NOT_APPLICABLE)
                    : Long.toString(f.people()))
        .orElse(SECRET);
  }

  /** A cell's value for the chart: null when masked or over nobody. */
  static Double value(Cell cell) {
    return cell.published()
        .filter(f -> !(f instanceof Figure.Measure m) || m.hasValue())
        .map(f -> f instanceof Figure.Measure m ? m.value() : (double) f.people())
        .map(v -> Math.round(v * 10) / 10.0)
        .orElse(null);
  }

  /** The départements, as the publication labels its rows (« 08 — Ardennes »). */
  static List<String> departements(StatisticalTable table) {
    return table.rowLabels();
  }

  static List<String> headers(StatisticalTable table) {
    List<String> headers = new ArrayList<>(List.of("Département"));
    table.columnLabels().forEach(m -> headers.add(StatisticsTexts.month(m)));
    return headers;
  }

  /** The rows of the départements {@code shown}, then the nation's (the columns' totals). */
  static List<List<String>> rows(StatisticalTable table, Predicate<String> shown) {
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) {
      String label = table.rowLabels().get(r);
      if (shown.test(label)) {
        List<String> row = new ArrayList<>(List.of(label));
        table.cells().get(r).forEach(c -> row.add(text(c)));
        rows.add(row);
      }
    }
    if (table.hasColumnTotals()) {
      List<String> row = new ArrayList<>(List.of(NATION));
      table.columnTotals().forEach(c -> row.add(text(c)));
      rows.add(row);
    }
    return rows;
  }

  /** A share as published: « 62,5 % », « s » when masked, « /// » over nobody. */
  static String shareText(Cell cell) {
    if (cell.suppressed()) {
      return SECRET;
    }
    return cell.published()
        .map(
            f ->
                f instanceof Figure.Measure m && m.hasValue()
                    ? StatisticsTexts.share(m.value())
                    : NOT_APPLICABLE)
        .orElse(SECRET);
  }

  /**
   * The nation's shares within each threshold, one row a threshold, from the publication's share
   * tables (titled « … — part dans les N jours », the nation in their columns' totals).
   */
  static List<List<String>> nationWithin(List<StatisticalTable> tables) {
    List<List<String>> rows = new ArrayList<>();
    for (StatisticalTable t : tables) {
      int at = t.title().lastIndexOf("part dans les ");
      if (at >= 0 && t.hasColumnTotals()) {
        List<String> row =
            new ArrayList<>(
                List.of(
                    StatisticsTexts.within(
                        Integer.parseInt(t.title().substring(at + 14).replace(" jours", "")))));
        t.columnTotals().forEach(c -> row.add(shareText(c)));
        rows.add(row);
      }
    }
    return rows;
  }

  /** The nation's line for the chart (the columns' totals). */
  static Line nation(StatisticalTable table) {
    return new Line(NATION, table.columnTotals().stream().map(NationalTables::value).toList());
  }

  /** The lines of the départements {@code shown}. */
  static List<Line> lines(StatisticalTable table, Predicate<String> shown) {
    List<Line> lines = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) {
      String label = table.rowLabels().get(r);
      if (shown.test(label)) {
        lines.add(
            new Line(label, table.cells().get(r).stream().map(NationalTables::value).toList()));
      }
    }
    return lines;
  }
}
