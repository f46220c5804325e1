package fr.aiguillage.ui.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import elemental.json.JsonArray;
import elemental.json.JsonObject;
import fr.aiguillage.statistics.projection.DelayFigures;
import fr.aiguillage.statistics.projection.Figures.IndicatorFigures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NationalComparisonTest {
  @Test
  void theDelayFromTheClaimComparesWithDreesNewestFigureFirst() {
    assertThat(NationalComparison.anchors(Indicators.DELAY_FROM_CLAIM))
        .first()
        .satisfies(a -> assertThat(a.year()).isEqualTo(2023));
    assertThat(NationalComparison.text(Indicators.DELAY_FROM_CLAIM))
        .hasValueSatisfying(t -> assertThat(t).startsWith("79 jours (2023, DREES, OARSA"));
    assertThat(NationalComparison.text(Indicators.ORIENTED)).isEmpty();
    assertThat(NationalComparison.text(Indicators.DELAY_FROM_RIGHTS)).isEmpty();
  }

  @Test
  void theDepartementsMeanOverThePeriodIsWeightedByThePeopleOriented() {
    IndicatorFigures f = IndicatorsTest.delays();
    // October: 3 people, 22.5 days on average; November: nobody
    assertThat(NationalComparison.periodMean(List.of(delay(3, 22.5), delay(1, 100.0))))
        .contains(41.9);
    assertThat(NationalComparison.periodMean(List.of(delay(0, null)))).isEmpty();
    assertThat(NationalComparison.forDepartement(f))
        .hasValueSatisfying(
            t ->
                assertThat(t)
                    .startsWith("79 jours (2023, DREES, OARSA")
                    .endsWith(
                        "Le département sur la période : 22,5 jours en moyenne (3 personnes"
                            + " orientées)."));
  }

  @Test
  void theDelayChartCarriesTheNationalReferenceLineWithItsYear() {
    IndicatorFigures f = IndicatorsTest.delays();
    JsonObject option =
        ChartOptions.withNationalReference(
            ChartOptions.delays(f.months()), f.id(), f.months().size());
    JsonArray series = option.getArray("series");
    JsonObject reference = series.getObject(series.length() - 1);
    assertThat(reference.getString("name")).isEqualTo("Repère national 2023 : 79 j");
    assertThat(reference.getArray("data").toJson()).isEqualTo("[79,79]");
    JsonObject none =
        ChartOptions.withNationalReference(
            ChartOptions.delays(f.months()), Indicators.DELAY_FROM_RIGHTS, 2);
    assertThat(none.getArray("series").length()).isEqualTo(series.length() - 1);
  }

  private static DelayFigures delay(long reached, Double mean) {
    return new DelayFigures(reached, mean, null, null, Map.of(), 0, 0, 0, 0);
  }
}
