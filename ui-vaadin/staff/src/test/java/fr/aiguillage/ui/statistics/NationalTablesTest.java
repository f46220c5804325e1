package fr.aiguillage.ui.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import elemental.json.JsonObject;
import fr.aiguillage.statistics.table.Cell;
import fr.aiguillage.statistics.table.Publication;
import fr.aiguillage.statistics.table.StatisticalTable;
import fr.aiguillage.statistics.table.Suppression;
import java.util.List;
import org.junit.jupiter.api.Test;

class NationalTablesTest {
  /** As NationalFigures lays it out: a row a département, a column a month, the nation's totals. */
  static StatisticalTable people() {
    return StatisticalTable.builder("Premières orientations", Indicators.ORIENTED, "Définition.")
        .columns("2026-10", "2026-11")
        .row("08 — Ardennes", 3, 12)
        .row("59 — Nord", 40, 0)
        .row("62 — Pas-de-Calais", 25, 9)
        .withColumnTotals()
        .build();
  }

  static Publication suppressed(StatisticalTable... tables) {
    return Publication.suppressed("t", "p", "s", Suppression.standard(), List.of(tables));
  }

  @Test
  void aMaskedCellShowsTheSecretAndItsComplementToo() {
    StatisticalTable t = suppressed(people()).tables().get(0);
    List<List<String>> rows = NationalTables.rows(t, d -> true);
    // 3 is under 5; October's column would give it back from its total, so 25 is masked with it
    assertThat(rows.get(0)).containsExactly("08 — Ardennes", "s", "12");
    assertThat(rows.get(1)).containsExactly("59 — Nord", "40", "0");
    assertThat(rows.get(2)).containsExactly("62 — Pas-de-Calais", "s", "9");
    assertThat(rows.get(3)).containsExactly(NationalTables.NATION, "68", "21");
    assertThat(NationalTables.headers(t))
        .containsExactly("Département", "octobre 2026", "novembre 2026");
  }

  @Test
  void oneDepartementKeepsTheNationRow() {
    StatisticalTable t = suppressed(people()).tables().get(0);
    List<List<String>> rows = NationalTables.rows(t, "59 — Nord"::equals);
    assertThat(rows).extracting(r -> r.get(0)).containsExactly("59 — Nord", NationalTables.NATION);
  }

  @Test
  void theChartDrawsNoMaskedFigure() {
    StatisticalTable t = suppressed(people()).tables().get(0);
    List<ChartOptions.Line> lines = NationalTables.lines(t, d -> true);
    assertThat(lines.get(0).values()).containsExactly(null, 12.0);
    assertThat(NationalTables.nation(t).values()).containsExactly(68.0, 21.0);
    JsonObject option =
        ChartOptions.national(t.columnLabels(), NationalTables.nation(t), lines, false);
    String json = option.toJson();
    assertThat(json).contains("\"Ensemble des départements\"", "\"08 — Ardennes\"");
    assertThat(option.getArray("series").getObject(1).getArray("data").toJson())
        .isEqualTo("[null,12]");
    assertThat(json).doesNotContain("3.0");
  }

  @Test
  void meansReadWithADecimalCommaAndNothingOverNobody() {
    StatisticalTable means =
        StatisticalTable.builder("Délai moyen", Indicators.DELAY_FROM_CLAIM, "Définition.")
            .columns("2026-10", "2026-11")
            .row("08 — Ardennes", Cell.measure(81.25, 12), Cell.measureOverNobody())
            .row("59 — Nord", Cell.measure(60, 2), Cell.measureOverNobody())
            .columnTotals(Cell.measure(78.2, 14), Cell.measureOverNobody())
            .build();
    List<List<String>> rows = NationalTables.rows(suppressed(means).tables().get(0), d -> true);
    assertThat(rows.get(0)).containsExactly("08 — Ardennes", "s", "///");
    assertThat(rows.get(1)).containsExactly("59 — Nord", "s", "///");
    assertThat(rows.get(2)).containsExactly(NationalTables.NATION, "78,2", "///");
  }

  @Test
  void theNationsSharesWithinEachThresholdSideBySide() {
    StatisticalTable within15 =
        StatisticalTable.builder(
                "Délai — part dans les 15 jours", Indicators.DELAY_FROM_CLAIM, "Définition.")
            .columns("2026-10", "2026-11")
            .row("08 — Ardennes", Cell.measure(0.5, 12), Cell.measureOverNobody())
            .row("59 — Nord", Cell.measure(0.25, 20), Cell.measureOverNobody())
            .columnTotals(Cell.measure(0.34375, 32), Cell.measureOverNobody())
            .build();
    StatisticalTable within45 =
        StatisticalTable.builder(
                "Délai — part dans les 45 jours", Indicators.DELAY_FROM_CLAIM, "Définition.")
            .columns("2026-10", "2026-11")
            .row("08 — Ardennes", Cell.measure(1, 12), Cell.measureOverNobody())
            .row("59 — Nord", Cell.measure(0.9, 20), Cell.measureOverNobody())
            .columnTotals(Cell.measure(0.9375, 32), Cell.measureOverNobody())
            .build();
    List<List<String>> rows =
        NationalTables.nationWithin(suppressed(people(), within15, within45).tables());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).containsExactly("Sous 15 jours", "34,4 %", "///");
    assertThat(rows.get(1)).containsExactly("Sous 45 jours", "93,8 %", "///");
  }
}
