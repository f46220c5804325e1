package fr.aiguillage.ui.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import elemental.json.JsonObject;
import fr.aiguillage.statistics.projection.DelayFigures;
import fr.aiguillage.statistics.projection.Figures.IndicatorFigures;
import fr.aiguillage.statistics.projection.Figures.Month;
import fr.aiguillage.statistics.table.Publication;
import fr.aiguillage.statistics.table.TableCsv;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorsTest {
  static final String DEFINITION = "Délai entre la demande et la décision. Source : Aiguillage.";

  static IndicatorFigures delays() {
    Map<Integer, Double> within = new LinkedHashMap<>();
    within.put(15, 0.25);
    within.put(30, 0.5);
    within.put(42, 0.75);
    within.put(45, 0.75);
    Map<Integer, Double> none = new LinkedHashMap<>();
    List.of(15, 30, 42, 45).forEach(t -> none.put(t, null));
    return new IndicatorFigures(
        Indicators.DELAY_FROM_CLAIM,
        "Délai depuis la demande",
        DEFINITION,
        true,
        "2026-10",
        "2026-11",
        null,
        List.of(
            new Month(
                "2026-10",
                5,
                Map.of("PROFESSIONAL", 3L, "en-attente", 1L, "sortis", 1L),
                new DelayFigures(3, 22.5, 20, 44, within, 1, 1, 0, 0)),
            new Month(
                "2026-11", 0, Map.of(), new DelayFigures(0, null, null, null, none, 0, 0, 0, 0))));
  }

  @Test
  void aDelaysTableReadsInFrenchWithDashesForNobody() {
    List<List<String>> rows = Indicators.rows(delays());
    assertThat(rows.get(0))
        .containsExactly(
            "octobre 2026", "3", "22,5", "20", "44", "25 %", "50 %", "75 %", "75 %", "1", "1", "0");
    assertThat(rows.get(1)).startsWith("novembre 2026", "0", "—", "—", "—", "—");
    assertThat(Indicators.headers(delays())).hasSize(rows.get(0).size());
  }

  @Test
  void theOrientedTableHasOneColumnAPathwayAndItsTotal() {
    IndicatorFigures oriented =
        new IndicatorFigures(
            Indicators.ORIENTED,
            "Orientés",
            DEFINITION,
            true,
            "2026-10",
            "2026-10",
            null,
            List.of(new Month("2026-10", 4, Map.of("PROFESSIONAL", 3L, "SOCIAL", 1L), null)));
    assertThat(Indicators.headers(oriented))
        .containsExactly(
            "Mois",
            "Parcours emploi",
            "Parcours global (socio-professionnel)",
            "Parcours social (remobilisation)",
            "Total");
    assertThat(Indicators.rows(oriented).get(0))
        .containsExactly("octobre 2026", "3", "0", "1", "4");
    JsonObject option = ChartOptions.byPathway(oriented.months(), Indicators.pathways(oriented));
    assertThat(option.getArray("series").length()).isEqualTo(3);
    assertThat(option.getArray("series").getObject(0).getString("stack")).isEqualTo("parcours");
  }

  @Test
  void theCsvCarriesTheDefinitionAndTheFiguresUnsuppressed() {
    IndicatorFigures f = delays();
    byte[] csv =
        TableCsv.bytes(
            Publication.unsuppressed(
                "Statistiques",
                "octobre 2026",
                "Aiguillage",
                List.of(Indicators.table(f, "Délai depuis la demande"))));
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text)
        .contains(
            DEFINITION,
            "Part sous 15 jours (%)",
            "2026-10;3;22,5;20,0;44,0;25,0;50,0;75,0;75,0;1;1;0");
  }

  @Test
  void aDelayChartHasFourShareBarsOnTheRightAndThreeLines() {
    JsonObject option = ChartOptions.delays(delays().months());
    assertThat(option.getArray("series").length()).isEqualTo(7);
    assertThat(option.getArray("series").getObject(0).getNumber("yAxisIndex")).isEqualTo(1);
    assertThat(option.getArray("series").getObject(4).getString("name")).isEqualTo("Moyenne");
    assertThat(option.getArray("series").getObject(0).getArray("data").getNumber(0)).isEqualTo(25);
  }
}
