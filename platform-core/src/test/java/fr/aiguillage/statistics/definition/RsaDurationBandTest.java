package fr.aiguillage.statistics.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Time in the RSA from the claim: each band starts on its anniversary, in calendar months. */
class RsaDurationBandTest {
  static final LocalDate CLAIM = LocalDate.of(2020, 3, 15);

  @Test
  void eachBandStartsOnItsAnniversary() {
    assertThat(RsaDurationBand.of(CLAIM, CLAIM)).isEqualTo(RsaDurationBand.UNDER_6_MONTHS);
    assertThat(RsaDurationBand.of(CLAIM, LocalDate.of(2020, 9, 14)))
        .isEqualTo(RsaDurationBand.UNDER_6_MONTHS);
    assertThat(RsaDurationBand.of(CLAIM, LocalDate.of(2020, 9, 15)))
        .isEqualTo(RsaDurationBand.FROM_6_TO_12_MONTHS);
    assertThat(RsaDurationBand.of(CLAIM, LocalDate.of(2021, 3, 14)))
        .isEqualTo(RsaDurationBand.FROM_6_TO_12_MONTHS);
    assertThat(RsaDurationBand.of(CLAIM, LocalDate.of(2021, 3, 15)))
        .isEqualTo(RsaDurationBand.FROM_1_TO_2_YEARS);
    assertThat(RsaDurationBand.of(CLAIM, LocalDate.of(2022, 3, 14)))
        .isEqualTo(RsaDurationBand.FROM_1_TO_2_YEARS);
    assertThat(RsaDurationBand.of(CLAIM, LocalDate.of(2022, 3, 15)))
        .isEqualTo(RsaDurationBand.FROM_2_TO_5_YEARS);
    assertThat(RsaDurationBand.of(CLAIM, LocalDate.of(2025, 3, 14)))
        .isEqualTo(RsaDurationBand.FROM_2_TO_5_YEARS);
    assertThat(RsaDurationBand.of(CLAIM, LocalDate.of(2025, 3, 15)))
        .isEqualTo(RsaDurationBand.FROM_5_YEARS);
  }

  @Test
  void aClaimOnTheLastDayOfAMonthIsSixMonthsOldOnTheLastDayOfTheSixthMonth() {
    LocalDate claim = LocalDate.of(2024, 8, 31);
    assertThat(RsaDurationBand.of(claim, LocalDate.of(2025, 2, 27)))
        .isEqualTo(RsaDurationBand.UNDER_6_MONTHS);
    assertThat(RsaDurationBand.of(claim, LocalDate.of(2025, 2, 28)))
        .isEqualTo(RsaDurationBand.FROM_6_TO_12_MONTHS);
  }

  @Test
  void anUnknownOrLaterClaimIsUnknown() {
    assertThat(RsaDurationBand.of(null, CLAIM)).isEqualTo(RsaDurationBand.UNKNOWN);
    assertThat(RsaDurationBand.of(CLAIM, null)).isEqualTo(RsaDurationBand.UNKNOWN);
    assertThat(RsaDurationBand.of(CLAIM, CLAIM.minusDays(1))).isEqualTo(RsaDurationBand.UNKNOWN);
  }
}
