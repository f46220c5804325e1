package fr.aiguillage.statistics.table;

import static fr.aiguillage.statistics.table.Position.TOTAL;
import static fr.aiguillage.statistics.table.SuppressionTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables that publish the same totals: suppressed together, or derived from one another. */
class LinkedTablesTest {
  private final Suppression suppression = Suppression.standard();

  //           A    B |  T
  // r0        3   10 | 13
  // r1       20    0 | 20
  // T        23   10 | 33
  // primary (0,0)=3. Row 0: (0,1)=10. Column 0: (1,0)=20. Row 1: its other cell is a zero, so
  // its total 20. Column 1: a zero again, so its total 10. The columns' totals: (T,0)=23.
  // The rows' totals: (0,T)=13. Only the zero and the grand total are shown.
  private final StatisticalTable byAge =
      StatisticalTable.builder("Par âge", "t1", "Personnes orientées")
          .columns("France Travail", "Autre")
          .row("Moins de 25 ans", 3, 10)
          .row("25 ans ou plus", 20, 0)
          .withAllTotals()
          .build();

  //           A    B |  T
  // f        12    6 | 18
  // h        11    4 | 15
  // T        23   10 | 33
  // alone: primary (1,1)=4. Row h: (1,0)=11. Column 0: (0,0)=12. Row f: (0,1)=6. The
  // columns' totals 23 and 10 stay shown -- and give back what the table by age hides: its
  // column 1 holds 10 = (0,1) + 0, so (0,1)=10 and then (0,0) = 13 - 10 = 3.
  private final StatisticalTable bySex =
      StatisticalTable.builder("Par sexe", "t1", "Personnes orientées")
          .columns("France Travail", "Autre")
          .row("Femme", 12, 6)
          .row("Homme", 11, 4)
          .withAllTotals()
          .build();

  @Test
  void apartEachTableKeepsItsSecretButNotTheOther() {
    assertThat(suppression.apply(byAge).suppressedPositions())
        .containsExactly(
            at(0, 0), at(0, 1), at(0, TOTAL), at(1, 0), at(1, TOTAL), at(TOTAL, 0), at(TOTAL, 1));
    assertThat(suppression.apply(bySex).suppressedPositions())
        .containsExactly(at(0, 0), at(0, 1), at(1, 0), at(1, 1));
  }

  @Test
  void togetherTheSharedTotalsAreMaskedInBoth() {
    // First round: as apart; the table by age masks (T,0) and (T,1). Second round: both tables
    // start again with these two masked.
    // By age: primary (0,0)=3; row 0: (0,1)=10; columns 0 and 1 then hold a cell and their
    // total each, the columns' totals hold two: (0,0) (0,1) (T,1) (T,0) make a loop, done.
    // By sex: primary (1,1)=4; row h: (1,0)=11; again each column holds a cell and its total:
    // (1,0) (1,1) (T,1) (T,0) make a loop, done. No table masks another shared total.
    // Read together, the two tables still leave one unknown free: (0,0) by age = a, then
    // (0,1) = 13 - a, columns' totals 20 + a and 13 - a, and by sex (1,0) = a + 8, (1,1) = 7 - a.
    List<StatisticalTable> tables = suppression.applyTogether(List.of(byAge, bySex));

    assertThat(tables.get(0).suppressedPositions())
        .containsExactly(at(0, 0), at(0, 1), at(TOTAL, 0), at(TOTAL, 1));
    assertThat(tables.get(1).suppressedPositions())
        .containsExactly(at(1, 0), at(1, 1), at(TOTAL, 0), at(TOTAL, 1));
    assertThat(tables.get(1).cell(at(TOTAL, 0)).orElseThrow().state())
        .isEqualTo(CellState.SUPPRESSED_SECONDARY);
    tables.forEach(SuppressionTest::assertLinesHold);
    tables.forEach(t -> assertThat(SuppressionPropertiesTest.bridges(t)).isEmpty());
  }

  @Test
  void aPublicationKeepsTablesSuppressedTogetherAsTheyAre() {
    List<StatisticalTable> tables = suppression.applyTogether(List.of(byAge, bySex));

    Publication publication =
        Publication.suppressed("T1", "2025", "Aiguillage", suppression, tables);

    assertThat(publication.tables()).isEqualTo(tables);
  }

  @Test
  void breakdownsOfDifferentPopulationsAreNotSuppressedTogether() {
    StatisticalTable other =
        StatisticalTable.builder("Autre", "t1", "Personnes")
            .columns("France Travail", "Autre")
            .row("Femme", 12, 7)
            .row("Homme", 11, 4)
            .withAllTotals()
            .build();

    assertThatThrownBy(() -> suppression.applyTogether(List.of(bySex, other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("total of column 1");
  }

  @Test
  void theTotalsPublishedAloneCarryTheStatesOfTheBreakdown() {
    // the first table of SuppressionTest: rows' totals 90, 38, 77 and 205, all shown; and the
    // one by age above: 13 and 20 masked, 33 shown.
    StatisticalTable shown =
        suppression
            .apply(
                SuppressionTest.counts(new long[][] {{20, 30, 40}, {10, 3, 25}, {15, 12, 50}})
                    .withAllTotals()
                    .build())
            .rowTotalsTable("Total par tranche d'âge", "Effectif");
    StatisticalTable masked =
        suppression.apply(byAge).rowTotalsTable("Total par tranche d'âge", "Effectif");

    assertThat(shown.rowLabels()).containsExactly("ligne 0", "ligne 1", "ligne 2");
    assertThat(shown.suppressedPositions()).isEmpty();
    assertThat(shown.cell(at(TOTAL, 0)).orElseThrow().people()).isEqualTo(205);
    assertThat(masked.suppressedPositions()).containsExactly(at(0, 0), at(1, 0));
    assertThat(suppression.apply(masked)).as("already safe as it is").isEqualTo(masked);
  }
}
