package fr.aiguillage.statistics.table;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The statistical secret applied to a table before it leaves a département
 * (docs/statistics-disclosure.md).
 *
 * <p>Primary: a count of 1 to {@code threshold - 1} people, or a measure computed over as few, is
 * suppressed; zeros are shown. Secondary: while a line (a row, a column, the rows' or the columns'
 * totals) holds exactly one suppressed cell, its smallest other non-zero cell is suppressed too,
 * the total last; and while the shown figures still give a suppressed cell back through several
 * lines at once, one more cell next to it is suppressed. Lines are taken rows first, then the
 * columns' totals, then the columns, then the rows' totals; ties go to the first cell in {@link
 * Position}'s order, so the same table always gives the same result. Cells already suppressed in
 * the table given stay suppressed, which is how linked tables are kept consistent.
 */
public final class Suppression {
  public static final int DEFAULT_THRESHOLD = 5;

  private final int threshold;

  private Suppression(int threshold) {
    if (threshold < 2) {
      throw new IllegalArgumentException(
          "under a threshold of 2 people nothing would be suppressed: " + threshold);
    }
    this.threshold = threshold;
  }

  /** Cells under 5 people. */
  public static Suppression standard() {
    return new Suppression(DEFAULT_THRESHOLD);
  }

  public static Suppression withThreshold(int threshold) {
    return new Suppression(threshold);
  }

  /** The fewest people a published cell may count or be computed from. */
  public int threshold() {
    return threshold;
  }

  public StatisticalTable apply(StatisticalTable table) {
    Map<Position, CellState> states = new TreeMap<>();
    for (Position p : table.positions()) {
      Cell cell = table.cell(p).orElseThrow();
      states.put(p, isSmall(cell) ? CellState.SUPPRESSED_PRIMARY : cell.state());
    }
    List<Line> lines = Line.of(table);
    Optional<Position> next;
    while ((next = complement(table, lines, states)).isPresent()) {
      states.put(next.get(), CellState.SUPPRESSED_SECONDARY);
    }
    return table.withStates(states);
  }

  /**
   * Breakdowns of one population by different rows (by age, by sex...) under the same columns:
   * their columns' totals and grand total are the same figures, published with each, so a total
   * suppressed in one table is suppressed in all of them, until no table asks for more.
   */
  public List<StatisticalTable> applyTogether(List<StatisticalTable> breakdowns) {
    requireSharedTotals(breakdowns);
    Map<Position, CellState> shared = Map.of();
    while (true) {
      Map<Position, CellState> forced = shared;
      List<StatisticalTable> suppressed =
          breakdowns.stream().map(t -> apply(t.withStates(forced))).toList();
      Map<Position, CellState> next = new TreeMap<>();
      for (StatisticalTable table : suppressed) {
        for (Position p : table.suppressedPositions()) {
          if (p.row() == Position.TOTAL) {
            next.putIfAbsent(p, CellState.SUPPRESSED_SECONDARY);
          }
        }
      }
      if (next.keySet().equals(shared.keySet())) {
        return suppressed;
      }
      shared = next;
    }
  }

  private static void requireSharedTotals(List<StatisticalTable> breakdowns) {
    if (breakdowns.isEmpty()) {
      throw new IllegalArgumentException("no breakdown to suppress");
    }
    StatisticalTable first = breakdowns.get(0);
    for (StatisticalTable table : breakdowns) {
      if (!table.hasColumnTotals()
          || table.columns() != first.columns()
          || table.grandTotal().isPresent() != first.grandTotal().isPresent()) {
        throw new IllegalArgumentException(
            "breakdowns suppressed together have the same columns and their totals");
      }
      for (int c = 0; c < first.columns(); c++) {
        Position total = Position.of(Position.TOTAL, c);
        if (table.cell(total).orElseThrow().people() != first.cell(total).orElseThrow().people()) {
          throw new IllegalArgumentException(
              table.title() + " and " + first.title() + " differ in the total of column " + c);
        }
      }
    }
  }

  private boolean isSmall(Cell cell) {
    return cell.people() > 0 && cell.people() < threshold;
  }

  private static Optional<Position> complement(
      StatisticalTable table, List<Line> lines, Map<Position, CellState> states) {
    for (Line line : lines) {
      long suppressed =
          line.totalAndMembers().stream().filter(p -> states.get(p).suppressed()).count();
      if (suppressed != 1) {
        continue;
      }
      Optional<Position> candidate = candidate(table, line, states);
      if (candidate.isPresent()) {
        return candidate;
      }
    }
    Set<Position> suppressed =
        states.entrySet().stream()
            .filter(e -> e.getValue().suppressed())
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    for (Position given : Recoverability.recoverable(lines, suppressed)) {
      Optional<Position> candidate = complementNextTo(given, table, lines, states);
      if (candidate.isPresent()) {
        return candidate;
      }
    }
    return Optional.empty();
  }

  /**
   * A line with one suppressed cell has a candidate unless that cell is a zero a linked table had
   * suppressed: a suppressed cell that is not zero has a total that is not, or (if it is the total)
   * another cell that is not.
   */
  private static Optional<Position> candidate(
      StatisticalTable table, Line line, Map<Position, CellState> states) {
    return smallestShownNonZero(table, line.members(), states)
        .or(() -> smallestShownNonZero(table, List.of(line.total()), states));
  }

  /** The smallest cell of the first line through a recoverable one, or of the whole table. */
  private static Optional<Position> complementNextTo(
      Position given, StatisticalTable table, List<Line> lines, Map<Position, CellState> states) {
    return lines.stream()
        .filter(line -> line.totalAndMembers().contains(given))
        .map(line -> candidate(table, line, states))
        .flatMap(Optional::stream)
        .findFirst()
        .or(() -> smallestShownNonZero(table, table.positions(), states));
  }

  private static Optional<Position> smallestShownNonZero(
      StatisticalTable table, List<Position> positions, Map<Position, CellState> states) {
    return positions.stream()
        .filter(p -> !states.get(p).suppressed())
        .filter(p -> table.cell(p).orElseThrow().people() > 0)
        .min(
            Comparator.comparingLong((Position p) -> table.cell(p).orElseThrow().people())
                .thenComparing(Comparator.naturalOrder()));
  }
}
