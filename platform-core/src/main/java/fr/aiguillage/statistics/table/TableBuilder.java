package fr.aiguillage.statistics.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Builds a {@link StatisticalTable} row by row; counts' totals can be added up rather than given.
 */
public final class TableBuilder {
  private final String title;
  private final String indicatorId;
  private final String definition;
  private final List<String> columnLabels = new ArrayList<>();
  private final List<String> rowLabels = new ArrayList<>();
  private final List<List<Cell>> cells = new ArrayList<>();
  private List<Cell> rowTotals = List.of();
  private List<Cell> columnTotals = List.of();
  private Optional<Cell> grandTotal = Optional.empty();

  TableBuilder(String title, String indicatorId, String definition) {
    this.title = title;
    this.indicatorId = indicatorId;
    this.definition = definition;
  }

  public TableBuilder columns(String... labels) {
    columnLabels.addAll(Arrays.asList(labels));
    return this;
  }

  public TableBuilder row(String label, long... counts) {
    return row(label, Arrays.stream(counts).mapToObj(Cell::count).toArray(Cell[]::new));
  }

  public TableBuilder row(String label, Cell... rowCells) {
    rowLabels.add(label);
    cells.add(List.of(rowCells));
    return this;
  }

  public TableBuilder rowTotals(Cell... totals) {
    rowTotals = List.of(totals);
    return this;
  }

  public TableBuilder columnTotals(Cell... totals) {
    columnTotals = List.of(totals);
    return this;
  }

  public TableBuilder grandTotal(Cell total) {
    grandTotal = Optional.of(total);
    return this;
  }

  /** Each row's total, added up from its counts. */
  public TableBuilder withRowTotals() {
    rowTotals = cells.stream().map(TableBuilder::sum).toList();
    return this;
  }

  /** Each column's total, added up from its counts. */
  public TableBuilder withColumnTotals() {
    columnTotals =
        IntStream.range(0, columnLabels.size())
            .mapToObj(c -> sum(cells.stream().map(row -> row.get(c)).toList()))
            .toList();
    return this;
  }

  /** The rows' totals, the columns' totals and the grand total, added up from the counts. */
  public TableBuilder withAllTotals() {
    withRowTotals();
    withColumnTotals();
    grandTotal = Optional.of(sum(rowTotals));
    return this;
  }

  public StatisticalTable build() {
    return new StatisticalTable(
        title,
        indicatorId,
        definition,
        rowLabels,
        columnLabels,
        cells,
        rowTotals,
        columnTotals,
        grandTotal);
  }

  private static Cell sum(List<Cell> line) {
    long people = 0;
    for (Cell cell : line) {
      if (!(cell.figure() instanceof Figure.Count)) {
        throw new IllegalStateException("only counts add up to a total; give measures' totals");
      }
      people = Math.addExact(people, cell.people());
    }
    return Cell.count(people);
  }
}
