package fr.aiguillage.statistics.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DelayFiguresTest {
  @Test
  void aCohortsDelaysAreThoseComputedByHand() {
    // ten people decided: 5, 10, 10, 20, 30, 31, 40, 44, 46, 100 days; two still waiting
    TreeMap<Integer, Long> days = new TreeMap<>();
    for (int d : new int[] {5, 10, 10, 20, 30, 31, 40, 44, 46, 100}) {
      days.merge(d, 1L, Long::sum);
    }
    DelayFigures f = DelayFigures.of(days, 2, 1, 3, 0);
    assertThat(f.reached()).isEqualTo(10);
    // (5 + 10 + 10 + 20 + 30 + 31 + 40 + 44 + 46 + 100) / 10 = 336 / 10
    assertThat(f.mean()).isCloseTo(33.6, within(1e-9));
    // nearest rank: the 5th of 10 for the median, the 9th for the 90th percentile
    assertThat(f.median()).isEqualTo(30);
    assertThat(f.p90()).isEqualTo(46);
    // shares among the 12 of the cohort not set apart: ≤ 15 days 3, ≤ 30 5, ≤ 42 7, ≤ 45 8
    assertThat(f.shareWithin().get(15)).isCloseTo(3 / 12.0, within(1e-9));
    assertThat(f.shareWithin().get(30)).isCloseTo(5 / 12.0, within(1e-9));
    assertThat(f.shareWithin().get(42)).isCloseTo(7 / 12.0, within(1e-9));
    assertThat(f.shareWithin().get(45)).isCloseTo(8 / 12.0, within(1e-9));
    assertThat(f.left()).isEqualTo(1);
    assertThat(f.unknownStart()).isEqualTo(3);
  }

  @Test
  void nobodyDecidedGivesNoFigureButTheShares() {
    DelayFigures f = DelayFigures.of(new TreeMap<>(), 4, 0, 0, 0);
    assertThat(f.mean()).isNull();
    assertThat(f.median()).isNull();
    assertThat(f.shareWithin().get(30)).isZero();
    assertThat(DelayFigures.of(new TreeMap<>(), 0, 0, 0, 0).shareWithin().get(30)).isNull();
  }
}
