package fr.aiguillage.statistics.table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A published total and the cells it adds up: what a reader can subtract from. The rows' totals
 * with the grand total make a line too, and so do the columns' totals.
 */
record Line(Position total, List<Position> members) {

  static List<Line> of(StatisticalTable table) {
    List<Line> lines = new ArrayList<>();
    int rows = table.rows();
    int columns = table.columns();
    if (table.hasRowTotals()) {
      for (int r = 0; r < rows; r++) {
        int row = r;
        lines.add(
            new Line(
                Position.of(r, Position.TOTAL),
                IntStream.range(0, columns).mapToObj(c -> Position.of(row, c)).toList()));
      }
    }
    if (table.grandTotal().isPresent()) {
      lines.add(
          new Line(
              Position.grandTotal(),
              IntStream.range(0, columns).mapToObj(c -> Position.of(Position.TOTAL, c)).toList()));
    }
    if (table.hasColumnTotals()) {
      for (int c = 0; c < columns; c++) {
        int column = c;
        lines.add(
            new Line(
                Position.of(Position.TOTAL, c),
                IntStream.range(0, rows).mapToObj(r -> Position.of(r, column)).toList()));
      }
    }
    if (table.grandTotal().isPresent()) {
      lines.add(
          new Line(
              Position.grandTotal(),
              IntStream.range(0, rows).mapToObj(r -> Position.of(r, Position.TOTAL)).toList()));
    }
    return lines;
  }

  List<Position> totalAndMembers() {
    List<Position> all = new ArrayList<>(members);
    all.add(total);
    return all;
  }
}
