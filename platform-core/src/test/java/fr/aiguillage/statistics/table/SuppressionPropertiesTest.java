package fr.aiguillage.statistics.table;

import static fr.aiguillage.statistics.table.Position.TOTAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A thousand random tables (seeded), each checked against what the secret promises. Whether a
 * suppressed cell comes back is judged here by a different route than {@link Suppression}'s
 * algebra: rows and columns are the nodes of a graph whose edges are the suppressed cells; a cell
 * comes back exactly when its edge is a bridge (no loop of suppressed cells goes through it). Nodes
 * without a published total say nothing, so they are merged into one free node.
 */
class SuppressionPropertiesTest {
  private static final int TABLES = 1_000;

  @Test
  void aThousandRandomTablesKeepTheSecret() {
    Random random = new Random(20261207L);
    Suppression suppression = Suppression.standard();
    int withSecondary = 0;
    for (int i = 0; i < TABLES; i++) {
      StatisticalTable given = randomTable(random);
      StatisticalTable table = suppression.apply(given);
      String which = "table " + i + ": " + given;

      for (Position p : table.positions()) {
        Cell cell = table.cell(p).orElseThrow();
        if (cell.people() == 0) {
          assertThat(cell.suppressed()).as("a zero is shown, %s at %s", which, p).isFalse();
        } else if (cell.people() < 5) {
          assertThat(cell.state()).as("%s at %s", which, p).isEqualTo(CellState.SUPPRESSED_PRIMARY);
        } else {
          assertThat(cell.state())
              .as("%s at %s", which, p)
              .isNotEqualTo(CellState.SUPPRESSED_PRIMARY);
        }
      }
      SuppressionTest.assertLinesHold(table);
      assertThat(bridges(table)).as("cells given back, %s", which).isEmpty();
      assertThat(suppression.apply(given)).as("same table, same result").isEqualTo(table);
      assertThat(suppression.apply(table)).as("suppressing again changes nothing").isEqualTo(table);
      if (table.suppressedPositions().stream()
          .anyMatch(p -> table.cell(p).orElseThrow().state() == CellState.SUPPRESSED_SECONDARY)) {
        withSecondary++;
      }
    }
    assertThat(withSecondary).as("tables that needed a secondary suppression").isGreaterThan(300);
  }

  @Test
  void theGraphSeesTheCellsATableWouldGiveBack() {
    // the two rectangles joined by (0,2) of SuppressionTest, with its primaries only
    long[][] counts = {{1, 2, 3, 50}, {4, 1, 60, 70}, {80, 90, 2, 3}, {100, 110, 4, 1}};
    StatisticalTable primariesOnly =
        SuppressionTest.counts(counts)
            .withAllTotals()
            .build()
            .withStates(
                Map.of(
                    Position.of(0, 0), CellState.SUPPRESSED_PRIMARY,
                    Position.of(0, 1), CellState.SUPPRESSED_PRIMARY,
                    Position.of(0, 2), CellState.SUPPRESSED_PRIMARY,
                    Position.of(1, 0), CellState.SUPPRESSED_PRIMARY,
                    Position.of(1, 1), CellState.SUPPRESSED_PRIMARY,
                    Position.of(2, 2), CellState.SUPPRESSED_PRIMARY,
                    Position.of(2, 3), CellState.SUPPRESSED_PRIMARY,
                    Position.of(3, 2), CellState.SUPPRESSED_PRIMARY,
                    Position.of(3, 3), CellState.SUPPRESSED_PRIMARY,
                    Position.of(TOTAL, 0), CellState.SUPPRESSED_PRIMARY));

    assertThat(bridges(primariesOnly))
        .containsExactlyInAnyOrder(Position.of(0, 2), Position.of(TOTAL, 0));
    assertThat(
            Recoverability.recoverable(Line.of(primariesOnly), primariesOnly.suppressedPositions()))
        .containsExactly(Position.of(0, 2), Position.of(TOTAL, 0));
  }

  private static StatisticalTable randomTable(Random random) {
    int rows = 1 + random.nextInt(6);
    int columns = 1 + random.nextInt(6);
    TableBuilder builder = SuppressionTest.counts(randomCounts(random, rows, columns));
    return switch (random.nextInt(4)) {
      case 0 -> builder.withAllTotals().build();
      case 1 -> builder.withRowTotals().build();
      case 2 -> builder.withColumnTotals().build();
      default -> rows > 1 && columns > 1 ? builder.build() : builder.withAllTotals().build();
    };
  }

  private static long[][] randomCounts(Random random, int rows, int columns) {
    long[][] counts = new long[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        int kind = random.nextInt(10);
        counts[r][c] = kind < 2 ? 0 : kind < 5 ? 1 + random.nextInt(4) : 5 + random.nextInt(120);
      }
    }
    return counts;
  }

  /** The suppressed cells that are bridges of the graph of suppressed cells. */
  static Set<Position> bridges(StatisticalTable table) {
    List<Position> edges = new ArrayList<>(table.suppressedPositions());
    Set<Position> bridges = new HashSet<>();
    for (Position edge : edges) {
      String from = rowNode(table, edge.row());
      String to = columnNode(table, edge.column());
      if (!connectedWithout(table, edges, edge, from, to)) {
        bridges.add(edge);
      }
    }
    return bridges;
  }

  private static boolean connectedWithout(
      StatisticalTable table, List<Position> edges, Position removed, String from, String to) {
    if (from.equals(to)) {
      return true;
    }
    Map<String, List<String>> next = new HashMap<>();
    for (Position edge : edges) {
      if (edge.equals(removed)) {
        continue;
      }
      String a = rowNode(table, edge.row());
      String b = columnNode(table, edge.column());
      next.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
      next.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
    }
    Set<String> seen = new HashSet<>(List.of(from));
    Deque<String> queue = new ArrayDeque<>(List.of(from));
    while (!queue.isEmpty()) {
      for (String n : next.getOrDefault(queue.poll(), List.of())) {
        if (n.equals(to)) {
          return true;
        }
        if (seen.add(n)) {
          queue.add(n);
        }
      }
    }
    return false;
  }

  /** A row is a node of its own when its cells add up to a published total. */
  private static String rowNode(StatisticalTable table, int row) {
    if (row == TOTAL) {
      return table.grandTotal().isPresent() ? "the totals' row" : "free";
    }
    return table.hasRowTotals() ? "row " + row : "free";
  }

  private static String columnNode(StatisticalTable table, int column) {
    if (column == TOTAL) {
      return table.grandTotal().isPresent() ? "the totals' column" : "free";
    }
    return table.hasColumnTotals() ? "column " + column : "free";
  }
}
