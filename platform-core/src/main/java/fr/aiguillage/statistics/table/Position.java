package fr.aiguillage.statistics.table;

/**
 * Where a cell sits in a table: a row and a column counted from 0, or {@link #TOTAL} for the
 * margin. {@code (2, TOTAL)} is row 2's total, {@code (TOTAL, 1)} column 1's, {@code (TOTAL,
 * TOTAL)} the grand total.
 */
public record Position(int row, int column) implements Comparable<Position> {
  public static final int TOTAL = -1;

  public Position {
    if (row < TOTAL || column < TOTAL) {
      throw new IllegalArgumentException("no such position: " + row + ", " + column);
    }
  }

  public static Position of(int row, int column) {
    return new Position(row, column);
  }

  public static Position grandTotal() {
    return new Position(TOTAL, TOTAL);
  }

  public boolean isTotal() {
    return row == TOTAL || column == TOTAL;
  }

  /** Row by row, each row's total after its cells, the totals' row last. */
  @Override
  public int compareTo(Position other) {
    int byRow = Integer.compare(rank(row), rank(other.row));
    return byRow != 0 ? byRow : Integer.compare(rank(column), rank(other.column));
  }

  private static int rank(int index) {
    return index == TOTAL ? Integer.MAX_VALUE : index;
  }

  @Override
  public String toString() {
    return "(" + label(row) + ", " + label(column) + ")";
  }

  private static String label(int index) {
    return index == TOTAL ? "total" : String.valueOf(index);
  }
}
