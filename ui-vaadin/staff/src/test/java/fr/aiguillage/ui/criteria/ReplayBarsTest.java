package fr.aiguillage.ui.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeTable;
import fr.aiguillage.criteria.ReplayReport;
import fr.aiguillage.vocabulary.Pathway;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReplayBarsTest {
  static final String NBSP = "\u00a0";

  static Map<Pathway, Long> counts(long professional, long socioProfessional, long social) {
    Map<Pathway, Long> m = new EnumMap<>(Pathway.class);
    m.put(Pathway.PROFESSIONAL, professional);
    m.put(Pathway.SOCIO_PROFESSIONAL, socioProfessional);
    m.put(Pathway.SOCIAL, social);
    return m;
  }

  static ReplayReport.Change change(int i) {
    return new ReplayReport.Change(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "DUPONT Marie " + i,
        Pathway.PROFESSIONAL,
        "R1",
        Pathway.SOCIAL,
        "R4",
        "Des freins forts de santé.");
  }

  static ReplayReport report(int baseline, long changed, List<ReplayReport.Change> changes) {
    return new ReplayReport(
        baseline,
        "version 4",
        1242,
        counts(1242, 0, 0),
        counts(900, 300, 42),
        changed,
        changes,
        843);
  }

  @Test
  void widthsArePercentagesOfTheLargestCount() {
    List<ReplayBars.Bar> bars = ReplayBars.bars(counts(1000, 500, 0), counts(800, 600, 100));
    assertThat(bars).hasSize(6);
    assertThat(bars).extracting(ReplayBars.Bar::percent).containsExactly(100, 80, 50, 60, 0, 10);
    assertThat(bars.get(0).pathway()).isEqualTo(Pathway.PROFESSIONAL);
    assertThat(bars.get(0).after()).isFalse();
    assertThat(bars.get(1).after()).isTrue();
  }

  @Test
  void aSmallCountStillShowsAndNothingGivesNoWidth() {
    assertThat(ReplayBars.percent(1, 100_000)).isEqualTo(1);
    assertThat(ReplayBars.percent(0, 100)).isZero();
    assertThat(ReplayBars.percent(5, 5)).isEqualTo(100);
    assertThat(ReplayBars.percent(2, 3)).isEqualTo(67);
  }

  @Test
  void zeroTotalGivesEmptyBarsWithoutDividingByZero() {
    List<ReplayBars.Bar> bars = ReplayBars.bars(Map.of(), new EnumMap<>(Pathway.class));
    assertThat(ReplayBars.max(Map.of(), Map.of())).isZero();
    assertThat(bars).hasSize(6).allSatisfy(b -> assertThat(b.percent()).isZero());
    assertThat(bars.get(0).label()).isEqualTo("Parcours emploi, avant : 0");
  }

  @Test
  void eachBarSaysItsPathwaySideAndNumber() {
    List<ReplayBars.Bar> bars = ReplayBars.bars(counts(1242, 3, 0), counts(1000, 245, 0));
    assertThat(bars.get(0).label()).isEqualTo("Parcours emploi, avant : 1" + NBSP + "242");
    assertThat(bars.get(1).label()).isEqualTo("Parcours emploi, après : 1" + NBSP + "000");
    assertThat(bars.get(3).label()).isEqualTo("Parcours global (socio-professionnel), après : 245");
    assertThat(bars.get(0).number()).isEqualTo("1" + NBSP + "242");
  }

  @Test
  void theSummaryCountsInFrench() {
    assertThat(ReplayBars.summary(report(3, 37, List.of())))
        .isEqualTo(
            "1"
                + NBSP
                + "242 diagnostics rejoués en 0,8 s ; 37 propositions changeraient (par rapport à"
                + " la version en vigueur 3)");
    ReplayReport one =
        new ReplayReport(0, "version 1", 1, Map.of(), Map.of(), 1, List.of(change(1)), 12);
    assertThat(ReplayBars.summary(one))
        .isEqualTo(
            "1 diagnostic rejoué en 0,0 s ; 1 proposition changerait (par rapport au socle"
                + " national en vigueur)");
    assertThat(ReplayBars.seconds(12_345)).isEqualTo("12,3 s");
  }

  @Test
  void saysWhenNotEveryChangeIsListed() {
    List<ReplayReport.Change> listed = new ArrayList<>();
    for (int i = 0; i < ReplayReport.MAX_LISTED; i++) {
      listed.add(change(i));
    }
    assertThat(ReplayBars.truncated(report(3, 1500, listed)))
        .isEqualTo("Les 1" + NBSP + "000 premiers sont listés.");
    assertThat(ReplayBars.truncated(report(3, 1, List.of(change(1))))).isEmpty();
  }

  @Test
  void namesAProposalWithItsRule() {
    assertThat(ReplayBars.proposal(Pathway.SOCIAL, "R4"))
        .isEqualTo("Parcours social (remobilisation) (R4)");
    assertThat(ReplayBars.proposal(Pathway.PROFESSIONAL, "")).isEqualTo("Parcours emploi");
  }

  @Test
  void theChartWritesEveryNumberAndTheTableRepeatsThem() {
    ReplayChart chart = new ReplayChart();
    chart.show(counts(1242, 0, 0), counts(900, 300, 42));
    Component bars = Find.byId(chart, "replay-chart", Component.class);
    String text = bars.getElement().getTextRecursively();
    assertThat(text)
        .contains("Parcours emploi, avant : 1" + NBSP + "242")
        .contains("Parcours social (remobilisation), après : 42");
    assertThat(
            Find.all(bars)
                .filter(c -> c.getClassNames().contains("replay-bar-before"))
                .map(c -> c.getStyle().get("width")))
        .containsExactly("100%", "0%", "0%");
    NativeTable table = Find.byId(chart, "replay-table", NativeTable.class);
    assertThat(table.getBody().getRowCount()).isEqualTo(3);
    assertThat(table.getElement().getTextRecursively()).contains("Parcours emploi", "900", "42");
    chart.show(counts(1, 1, 1), counts(1, 1, 1));
    assertThat(Find.all(chart).filter(c -> "replay-table".equals(c.getId().orElse(null))))
        .hasSize(1);
  }

  @Test
  void thePanelShowsSummaryChangesAndTheNote() {
    ReplayPanel panel = new ReplayPanel(() -> {});
    assertThat(Find.byId(panel, "replay", Component.class)).isNotNull();
    assertThat(Find.byId(panel, "replay-result", Component.class).isVisible()).isFalse();
    List<ReplayReport.Change> listed = List.of(change(1), change(2));
    panel.show(report(3, 5, listed));
    assertThat(Find.byId(panel, "replay-result", Component.class).isVisible()).isTrue();
    assertThat(Find.byId(panel, "replay-summary", Component.class).getElement().getText())
        .startsWith("1" + NBSP + "242 diagnostics rejoués");
    Component note = Find.byId(panel, "replay-truncated", Component.class);
    assertThat(note.isVisible()).isTrue();
    @SuppressWarnings("unchecked")
    Grid<ReplayReport.Change> grid = Find.byId(panel, "replay-changes", Grid.class);
    assertThat(grid.getColumns())
        .extracting(Grid.Column::getKey)
        .containsExactly("name", "before", "after", "why");
    assertThat(grid.getGenericDataView().getItems()).hasSize(2);
    panel.clear();
    assertThat(Find.byId(panel, "replay-result", Component.class).isVisible()).isFalse();
  }
}
