package fr.aiguillage.statistics.table;

import static fr.aiguillage.statistics.table.Position.TOTAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked examples of the statistical secret. Lines are read in {@link Suppression}'s order:
 * rows top to bottom, the columns' totals, columns left to right, the rows' totals; after each
 * suppression the reading starts again from the first line.
 */
class SuppressionTest {
  private final Suppression suppression = Suppression.standard();

  @Test
  void aSmallCellTakesThreeOthersToCloseARectangle() {
    //        A   B    C |  T
    // r0    20  30   40 |  90
    // r1    10   3   25 |  38
    // r2    15  12   50 |  77
    // T     45  45  115 | 205
    // primary (1,1)=3. Row 1 has it alone: smallest other, (1,0)=10. Column 0 has (1,0) alone:
    // (0,0)=20 or (2,0)=15 -> (2,0). Row 2 has (2,0) alone: (2,1)=12 or (2,2)=50 -> (2,1).
    // Column 1 now holds (1,1) and (2,1): every line has 0 or 2.
    StatisticalTable table =
        suppression.apply(
            counts(new long[][] {{20, 30, 40}, {10, 3, 25}, {15, 12, 50}}).withAllTotals().build());

    assertThat(table.suppressedPositions()).containsExactly(at(1, 0), at(1, 1), at(2, 0), at(2, 1));
    assertThat(table.cell(at(1, 1)).orElseThrow().state()).isEqualTo(CellState.SUPPRESSED_PRIMARY);
    assertThat(table.cell(at(2, 1)).orElseThrow().state())
        .isEqualTo(CellState.SUPPRESSED_SECONDARY);
    assertLinesHold(table);
  }

  @Test
  void twoSmallCellsInOneRowProtectEachOtherThereButNotInTheirColumns() {
    //        A   B    C |  T
    // r0     2   3   40 |  45
    // r1    10  20   30 |  60
    // r2    12  25   35 |  72
    // T     24  48  105 | 177
    // primaries (0,0)=2 and (0,1)=3: row 0 holds two. Column 0 has (0,0) alone: (1,0)=10.
    // Row 1 has (1,0) alone: (1,1)=20 or (1,2)=30 -> (1,1), which column 1 pairs with (0,1).
    StatisticalTable table =
        suppression.apply(
            counts(new long[][] {{2, 3, 40}, {10, 20, 30}, {12, 25, 35}}).withAllTotals().build());

    assertThat(table.suppressedPositions()).containsExactly(at(0, 0), at(0, 1), at(1, 0), at(1, 1));
    assertLinesHold(table);
  }

  @Test
  void aComplementCanLeaveAnotherColumnWithOneSuppressedCellAndTheCascadeGoesOn() {
    //        A   B    C |  T
    // r0     1   6   50 |  57
    // r1    30  40    7 |  77
    // r2    40   8   60 | 108
    // T     71  54  117 | 242
    // primary (0,0)=1. Row 0: (0,1)=6 -- which leaves column 1 with one.
    // Column 0 (first in order): (1,0)=30 rather than (2,0)=40. Row 1: (1,2)=7 rather than 40.
    // Column 1 holds (0,1) alone: (2,1)=8. Row 2 holds (2,1) alone: (2,0)=40 rather than 60.
    // Column 2 holds (1,2) alone: (0,2)=50 rather than 60. Rows: 3, 2, 2; columns: 3, 2, 2.
    StatisticalTable table =
        suppression.apply(
            counts(new long[][] {{1, 6, 50}, {30, 40, 7}, {40, 8, 60}}).withAllTotals().build());

    assertThat(table.suppressedPositions())
        .containsExactly(at(0, 0), at(0, 1), at(0, 2), at(1, 0), at(1, 2), at(2, 0), at(2, 1));
    assertLinesHold(table);
  }

  @Test
  void aOneDimensionalTableWithItsTotalLosesTheNextSmallestCell() {
    // moins de 25 ans 12 | 25-29 ans 3 | 30-39 ans 40 | 40-49 ans 8 | total 63
    // primary: 3. The column has it alone: the smallest other non-zero cell, 8, goes too.
    StatisticalTable table =
        suppression.apply(
            StatisticalTable.builder(
                    "Par âge", "t1-age", "Personnes soumises aux droits et devoirs")
                .columns("Effectif")
                .row("moins de 25 ans", 12)
                .row("25-29 ans", 3)
                .row("30-39 ans", 40)
                .row("40-49 ans", 8)
                .withColumnTotals()
                .build());

    assertThat(table.suppressedPositions()).containsExactly(at(1, 0), at(3, 0));
    assertLinesHold(table);
  }

  @Test
  void zerosAreShownAndNeverChosenAsComplements() {
    //        A   B   C |  T
    // r0     0   0   0 |  0
    // r1    10   2  30 | 42
    // r2     0   0   0 |  0
    // r3    20   9  25 | 54
    // T     30  11  55 | 96
    // primary (1,1)=2. Row 1: (1,0)=10. Column 0: (0,0) and (2,0) are zeros, so (3,0)=20.
    // Row 3: (3,1)=9 rather than 25, which column 1 pairs with (1,1).
    StatisticalTable table =
        suppression.apply(
            counts(new long[][] {{0, 0, 0}, {10, 2, 30}, {0, 0, 0}, {20, 9, 25}})
                .withAllTotals()
                .build());

    assertThat(table.suppressedPositions()).containsExactly(at(1, 0), at(1, 1), at(3, 0), at(3, 1));
    assertThat(table.cells().get(0)).allMatch(c -> c.state() == CellState.SHOWN);
    assertThat(table.cell(at(0, TOTAL)).orElseThrow().state()).isEqualTo(CellState.SHOWN);
    assertLinesHold(table);
  }

  @Test
  void aCellAloneInItsRowTakesItsTotalAlong() {
    //        A   B |  T
    // r0     3   0 |  3
    // r1    10  20 | 30
    // T     13  20 | 33
    // primaries (0,0)=3 and its row's total 3. Column 0 holds (0,0) alone: (1,0)=10.
    // Row 1 holds (1,0) alone: (1,1)=20 before the total. Column 1 holds (1,1) alone and its
    // other cell is a zero: its total 20 goes. The columns' totals hold (T,1) alone: (T,0)=13.
    // The rows' totals hold (0,T) alone: (1,T)=30. Only the zero and the grand total are left,
    // and the grand total alone gives nothing back.
    StatisticalTable table =
        suppression.apply(counts(new long[][] {{3, 0}, {10, 20}}).withAllTotals().build());

    assertThat(table.suppressedPositions())
        .containsExactly(
            at(0, 0), at(0, TOTAL), at(1, 0), at(1, 1), at(1, TOTAL), at(TOTAL, 0), at(TOTAL, 1));
    assertLinesHold(table);
  }

  @Test
  void aMeasureOverThreePeopleIsSuppressedAndSoIsTheNextSmallestGroup() {
    // mean delay, days (people): professionnel 45.2 (30) | social 80.0 (3) | socio-pro 60.5 (12)
    // all 53.1 (45). The total's mean times 45 is the sum of each mean times its people, so the
    // measure over 3 people would come back from the others: the one over 12 goes too.
    StatisticalTable table =
        suppression.apply(
            StatisticalTable.builder(
                    "Délai moyen", "delai-orientation", "Jours de la demande à l'orientation")
                .columns("Délai moyen (jours)")
                .row("Professionnel", Cell.measure(45.2, 30))
                .row("Social", Cell.measure(80.0, 3))
                .row("Socioprofessionnel", Cell.measure(60.5, 12))
                .columnTotals(Cell.measure(53.1, 45))
                .build());

    assertThat(table.suppressedPositions()).containsExactly(at(1, 0), at(2, 0));
    assertThat(table.cell(at(1, 0)).orElseThrow().state()).isEqualTo(CellState.SUPPRESSED_PRIMARY);
    assertLinesHold(table);
  }

  @Test
  void aMeasureOverNobodyHasNothingToHide() {
    StatisticalTable table =
        suppression.apply(
            StatisticalTable.builder("Délai", "delai", "Jours")
                .columns("Délai moyen (jours)")
                .row("Professionnel", Cell.measure(45.2, 30))
                .row("Social", Cell.measureOverNobody())
                .build());

    assertThat(table.suppressedPositions()).isEmpty();
    assertLinesHold(table);
  }

  @Test
  void whenEveryCellIsUnderFiveOnlyTheTotalsThatAreNotGiveSomethingAway() {
    //        A  B | T
    // r0     1  2 | 3
    // r1     3  4 | 7
    // T      4  6 | 10
    // primaries: the four cells, (0,T)=3 and (T,0)=4. The columns' totals hold (T,0) alone:
    // (T,1)=6. The rows' totals hold (0,T) alone: (1,T)=7. Only the grand total is shown.
    StatisticalTable table =
        suppression.apply(counts(new long[][] {{1, 2}, {3, 4}}).withAllTotals().build());

    assertThat(table.suppressedPositions())
        .containsExactly(
            at(0, 0),
            at(0, 1),
            at(0, TOTAL),
            at(1, 0),
            at(1, 1),
            at(1, TOTAL),
            at(TOTAL, 0),
            at(TOTAL, 1));
    assertThat(table.grandTotal().orElseThrow().state()).isEqualTo(CellState.SHOWN);
    assertLinesHold(table);
  }

  @Test
  void aOneDimensionalTableOfSmallCellsKeepsOnlyItsZeros() {
    // 1 | 2 | 0 | 1 | total 4: every non-zero figure is under 5, the total too.
    StatisticalTable table =
        suppression.apply(
            StatisticalTable.builder("Par sexe", "t1-sexe", "Personnes")
                .columns("Effectif")
                .row("Femme", 1)
                .row("Homme", 2)
                .row("Non renseigné", 0)
                .row("Autre", 1)
                .withColumnTotals()
                .build());

    assertThat(table.suppressedPositions())
        .containsExactly(at(0, 0), at(1, 0), at(3, 0), at(TOTAL, 0));
    assertLinesHold(table);
  }

  @Test
  void twoRectanglesJoinedByOneCellWouldGiveThatCellBack() {
    //        A    B    C    D |   T
    // r0     1    2    3   50 |  56
    // r1     4    1   60   70 | 135
    // r2    80   90    2    3 | 175
    // r3   100  110    4    1 | 215
    // T    185  203   69  124 | 581
    // Every line holds 0, 2 or 3 primaries, yet (0,2) comes back: rows 0 and 1 leave 6 + 5 for
    // their suppressed cells, columns 0 and 1 leave 5 + 3 for theirs, which are the same cells
    // but (0,2): 6 + 5 - 5 - 3 = 3. One more cell next to it, in row 0: (0,3)=50, makes
    // (0,2) part of a loop (0,2) (2,2) (2,3) (0,3), and nothing comes back.
    long[][] counts = {{1, 2, 3, 50}, {4, 1, 60, 70}, {80, 90, 2, 3}, {100, 110, 4, 1}};
    StatisticalTable table = suppression.apply(counts(counts).withAllTotals().build());

    assertThat(table.suppressedPositions())
        .containsExactly(
            at(0, 0), at(0, 1), at(0, 2), at(0, 3), at(1, 0), at(1, 1), at(2, 2), at(2, 3),
            at(3, 2), at(3, 3));
    assertThat(table.cell(at(0, 3)).orElseThrow().state())
        .isEqualTo(CellState.SUPPRESSED_SECONDARY);
    assertLinesHold(table);
  }

  @Test
  void aTableWithoutTotalsOnlyLosesItsSmallCells() {
    StatisticalTable table = suppression.apply(counts(new long[][] {{1, 20}, {30, 40}}).build());

    assertThat(table.suppressedPositions()).containsExactly(at(0, 0));
    assertLinesHold(table);
  }

  @Test
  void cellsAlreadySuppressedStayAndCountAsSuppressed() {
    // A linked table masked the total of 63: the column then holds one suppressed figure, and
    // its smallest cell, 8, goes with it.
    StatisticalTable given =
        StatisticalTable.builder("Par âge", "t1-age", "Personnes")
            .columns("Effectif")
            .row("moins de 25 ans", 12)
            .row("25-29 ans", 40)
            .row("30-39 ans", 8)
            .columnTotals(new Cell(new Figure.Count(60), CellState.SUPPRESSED_SECONDARY))
            .build();

    StatisticalTable table = suppression.apply(given);

    assertThat(table.suppressedPositions()).containsExactly(at(2, 0), at(TOTAL, 0));
    assertLinesHold(table);
  }

  @Test
  void suppressingTwiceChangesNothing() {
    StatisticalTable once =
        suppression.apply(
            counts(new long[][] {{1, 6, 50}, {30, 40, 7}, {40, 8, 60}}).withAllTotals().build());

    assertThat(suppression.apply(once)).isEqualTo(once);
  }

  @Test
  void anotherThresholdMovesTheLine() {
    StatisticalTable table =
        Suppression.withThreshold(11).apply(counts(new long[][] {{10, 11}, {30, 40}}).build());

    assertThat(table.suppressedPositions()).containsExactly(at(0, 0));
    assertLinesHold(table);
  }

  @Test
  void aSuppressedCellPublishesNoFigure() {
    StatisticalTable table =
        suppression.apply(
            counts(new long[][] {{20, 30, 40}, {10, 3, 25}, {15, 12, 50}}).withAllTotals().build());

    assertThat(table.cell(at(1, 1)).orElseThrow().published()).isEmpty();
    assertThat(table.cell(at(2, 1)).orElseThrow().published()).isEmpty();
    assertThat(table.cell(at(0, 0)).orElseThrow().published()).contains(new Figure.Count(20));
  }

  @Test
  void aThresholdUnderTwoWouldSuppressNothingAndIsRefused() {
    assertThatThrownBy(() -> Suppression.withThreshold(1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void totalsThatDoNotAddUpAreRefused() {
    assertThatThrownBy(
            () ->
                StatisticalTable.builder("T", "t", "d")
                    .columns("A")
                    .row("r0", 3)
                    .row("r1", 4)
                    .columnTotals(Cell.count(8))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("adds up to 7");
  }

  static TableBuilder counts(long[][] counts) {
    TableBuilder builder =
        StatisticalTable.builder("Tableau", "test", "Personnes comptées pour le test");
    String[] columns = new String[counts[0].length];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = "colonne " + c;
    }
    builder.columns(columns);
    for (int r = 0; r < counts.length; r++) {
      builder.row("ligne " + r, counts[r]);
    }
    return builder;
  }

  static Position at(int row, int column) {
    return Position.of(row, column);
  }

  /**
   * Every line whose total is shown holds no suppressed cell or at least two; and a suppressed
   * total is never alone in its line either, or its cells would add up to it.
   */
  static void assertLinesHold(StatisticalTable table) {
    for (Line line : Line.of(table)) {
      List<Position> suppressed =
          line.totalAndMembers().stream()
              .filter(p -> table.cell(p).orElseThrow().suppressed())
              .toList();
      assertThat(suppressed.size())
          .as("suppressed cells of the line of %s: %s", line.total(), suppressed)
          .isNotEqualTo(1);
    }
  }
}
