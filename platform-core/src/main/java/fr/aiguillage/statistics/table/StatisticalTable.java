package fr.aiguillage.statistics.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * A statistical table as OARSA lays it out: a title, the indicator and its definition (shown next
 * to every figure), rows and columns labelled in French, and optionally the totals of the rows, of
 * the columns, and the grand total. A total is the sum of its row or column (its people, for a
 * measure): a figure that is not such a sum is an ordinary column, not a total.
 *
 * <p>Build one with {@link #builder}; {@link Suppression#apply} returns a copy with the cells'
 * states set.
 */
public record StatisticalTable(
    String title,
    String indicatorId,
    String definition,
    List<String> rowLabels,
    List<String> columnLabels,
    List<List<Cell>> cells,
    List<Cell> rowTotals,
    List<Cell> columnTotals,
    Optional<Cell> grandTotal) {

  public StatisticalTable {
    requireText(title, "title");
    requireText(indicatorId, "indicatorId");
    requireText(definition, "definition");
    rowLabels = List.copyOf(rowLabels);
    columnLabels = List.copyOf(columnLabels);
    cells = cells.stream().map(List::copyOf).toList();
    rowTotals = List.copyOf(rowTotals);
    columnTotals = List.copyOf(columnTotals);
    Objects.requireNonNull(grandTotal, "grandTotal");
    if (rowLabels.isEmpty() || columnLabels.isEmpty()) {
      throw new IllegalArgumentException("a table has at least one row and one column");
    }
    if (cells.size() != rowLabels.size()) {
      throw new IllegalArgumentException(
          cells.size() + " rows of cells for " + rowLabels.size() + " row labels");
    }
    for (int r = 0; r < cells.size(); r++) {
      if (cells.get(r).size() != columnLabels.size()) {
        throw new IllegalArgumentException(
            "row " + r + " has " + cells.get(r).size() + " cells for " + columnLabels.size());
      }
    }
    if (!rowTotals.isEmpty() && rowTotals.size() != rowLabels.size()) {
      throw new IllegalArgumentException("one total per row, or none");
    }
    if (!columnTotals.isEmpty() && columnTotals.size() != columnLabels.size()) {
      throw new IllegalArgumentException("one total per column, or none");
    }
    if (grandTotal.isPresent() != (!rowTotals.isEmpty() && !columnTotals.isEmpty())) {
      throw new IllegalArgumentException(
          "a grand total goes with row totals and column totals, and they with it");
    }
    requireSums(cells, rowTotals, columnTotals, grandTotal);
  }

  public static TableBuilder builder(String title, String indicatorId, String definition) {
    return new TableBuilder(title, indicatorId, definition);
  }

  public int rows() {
    return rowLabels.size();
  }

  public int columns() {
    return columnLabels.size();
  }

  public boolean hasRowTotals() {
    return !rowTotals.isEmpty();
  }

  public boolean hasColumnTotals() {
    return !columnTotals.isEmpty();
  }

  /** The cell at a position, or empty when the table has no such total. */
  public Optional<Cell> cell(Position p) {
    if (p.row() >= rows() || p.column() >= columns()) {
      return Optional.empty();
    }
    if (p.row() == Position.TOTAL && p.column() == Position.TOTAL) {
      return grandTotal;
    }
    if (p.column() == Position.TOTAL) {
      return hasRowTotals() ? Optional.of(rowTotals.get(p.row())) : Optional.empty();
    }
    if (p.row() == Position.TOTAL) {
      return hasColumnTotals() ? Optional.of(columnTotals.get(p.column())) : Optional.empty();
    }
    return Optional.of(cells.get(p.row()).get(p.column()));
  }

  /** Every position that holds a cell, totals included, in {@link Position}'s order. */
  public List<Position> positions() {
    List<Position> all = new ArrayList<>();
    for (int r = 0; r < rows(); r++) {
      for (int c = 0; c < columns(); c++) {
        all.add(Position.of(r, c));
      }
      if (hasRowTotals()) {
        all.add(Position.of(r, Position.TOTAL));
      }
    }
    if (hasColumnTotals()) {
      IntStream.range(0, columns()).forEach(c -> all.add(Position.of(Position.TOTAL, c)));
    }
    grandTotal.ifPresent(g -> all.add(Position.grandTotal()));
    return all;
  }

  public SortedSet<Position> suppressedPositions() {
    TreeSet<Position> suppressed = new TreeSet<>();
    for (Position p : positions()) {
      if (cell(p).orElseThrow().suppressed()) {
        suppressed.add(p);
      }
    }
    return suppressed;
  }

  /**
   * The rows' totals as a table of their own (a total per département published alone, next to the
   * breakdown), with the states the suppression gave them here: publish that one rather than
   * suppressing the totals apart, or a total shown there could give back a cell masked here.
   */
  public StatisticalTable rowTotalsTable(String newTitle, String columnLabel) {
    if (!hasRowTotals()) {
      throw new IllegalStateException(title + " has no row totals");
    }
    List<List<Cell>> single = rowTotals.stream().map(List::of).toList();
    return new StatisticalTable(
        newTitle,
        indicatorId,
        definition,
        rowLabels,
        List.of(columnLabel),
        single,
        List.of(),
        grandTotal.map(List::of).orElse(List.of()),
        Optional.empty());
  }

  /** This table with some cells in another state. */
  StatisticalTable withStates(Map<Position, CellState> states) {
    List<List<Cell>> newCells = new ArrayList<>();
    for (int r = 0; r < rows(); r++) {
      List<Cell> row = new ArrayList<>();
      for (int c = 0; c < columns(); c++) {
        row.add(restated(Position.of(r, c), states));
      }
      newCells.add(row);
    }
    List<Cell> newRowTotals =
        hasRowTotals()
            ? IntStream.range(0, rows())
                .mapToObj(r -> restated(Position.of(r, Position.TOTAL), states))
                .toList()
            : List.of();
    List<Cell> newColumnTotals =
        hasColumnTotals()
            ? IntStream.range(0, columns())
                .mapToObj(c -> restated(Position.of(Position.TOTAL, c), states))
                .toList()
            : List.of();
    Optional<Cell> newGrandTotal = grandTotal.map(g -> restated(Position.grandTotal(), states));
    return new StatisticalTable(
        title,
        indicatorId,
        definition,
        rowLabels,
        columnLabels,
        newCells,
        newRowTotals,
        newColumnTotals,
        newGrandTotal);
  }

  private Cell restated(Position p, Map<Position, CellState> states) {
    Cell cell = cell(p).orElseThrow();
    CellState state = states.get(p);
    return state == null ? cell : cell.in(state);
  }

  private static void requireSums(
      List<List<Cell>> cells,
      List<Cell> rowTotals,
      List<Cell> columnTotals,
      Optional<Cell> grandTotal) {
    for (int r = 0; r < rowTotals.size(); r++) {
      requireSum(rowTotals.get(r), cells.get(r), "row " + r);
    }
    for (int c = 0; c < columnTotals.size(); c++) {
      int column = c;
      requireSum(
          columnTotals.get(c), cells.stream().map(row -> row.get(column)).toList(), "column " + c);
    }
    grandTotal.ifPresent(
        g -> {
          requireSum(g, rowTotals, "the rows' totals");
          requireSum(g, columnTotals, "the columns' totals");
        });
  }

  private static void requireSum(Cell total, List<Cell> line, String where) {
    long people = 0;
    for (Cell cell : line) {
      if (cell.figure().getClass() != total.figure().getClass()) {
        throw new IllegalArgumentException(where + " mixes counts and measures under one total");
      }
      people += cell.people();
    }
    if (people != total.people()) {
      throw new IllegalArgumentException(
          where + " adds up to " + people + " people, its total says " + total.people());
    }
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
