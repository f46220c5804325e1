package fr.aiguillage.statistics.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Age bands on exact birthdays, from a birth month, and never guessed. */
class AgeBandTest {
  static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

  @Test
  void theBandChangesOnTheBirthdayItself() {
    LocalDate born = LocalDate.of(2000, 6, 15);
    assertThat(AgeBand.ofBirthDate(born, LocalDate.of(2025, 6, 14))).isEqualTo(AgeBand.UNDER_25);
    assertThat(AgeBand.ofBirthDate(born, LocalDate.of(2025, 6, 15)))
        .isEqualTo(AgeBand.FROM_25_TO_29);
    assertThat(AgeBand.ofBirthDate(LocalDate.of(1995, 12, 31), END_2025))
        .as("30 on the reference day")
        .isEqualTo(AgeBand.FROM_30_TO_39);
    assertThat(AgeBand.ofBirthDate(LocalDate.of(1986, 1, 1), END_2025))
        .isEqualTo(AgeBand.FROM_30_TO_39);
    assertThat(AgeBand.ofBirthDate(LocalDate.of(1985, 12, 31), END_2025))
        .isEqualTo(AgeBand.FROM_40_TO_49);
    assertThat(AgeBand.ofBirthDate(LocalDate.of(1966, 1, 1), END_2025))
        .as("59")
        .isEqualTo(AgeBand.FROM_50_TO_59);
    assertThat(AgeBand.ofBirthDate(LocalDate.of(1965, 12, 31), END_2025))
        .isEqualTo(AgeBand.FROM_60);
  }

  @Test
  void aLeapDayBirthdayCountsOnTheFirstOfMarchInOtherYears() {
    LocalDate born = LocalDate.of(2000, 2, 29);
    assertThat(AgeBand.ofBirthDate(born, LocalDate.of(2025, 2, 28))).isEqualTo(AgeBand.UNDER_25);
    assertThat(AgeBand.ofBirthDate(born, LocalDate.of(2025, 3, 1)))
        .isEqualTo(AgeBand.FROM_25_TO_29);
  }

  @Test
  void fromTheYearAndMonthTheAgeCountsFromTheFirstOfTheMonth() {
    assertThat(AgeBand.of(2000, 6, LocalDate.of(2025, 5, 31))).isEqualTo(AgeBand.UNDER_25);
    assertThat(AgeBand.of(2000, 6, LocalDate.of(2025, 6, 1))).isEqualTo(AgeBand.FROM_25_TO_29);
  }

  @Test
  void withoutTheMonthTheBandIsGivenOnlyIfEveryMonthLeadsToIt() {
    assertThat(AgeBand.of(1990, null, END_2025))
        .as("35 whatever the month")
        .isEqualTo(AgeBand.FROM_30_TO_39);
    assertThat(AgeBand.of(1995, null, LocalDate.of(2025, 6, 30)))
        .as("29 or 30 depending on the month")
        .isEqualTo(AgeBand.UNKNOWN);
    assertThat(AgeBand.of(1995, 0, END_2025))
        .as("month 0: unknown, as in a NIR")
        .isEqualTo(AgeBand.FROM_30_TO_39);
    assertThat(AgeBand.of(1995, 42, LocalDate.of(2025, 6, 30))).isEqualTo(AgeBand.UNKNOWN);
  }

  @Test
  void unknownIsUnknown() {
    assertThat(AgeBand.of(null, 5, END_2025)).isEqualTo(AgeBand.UNKNOWN);
    assertThat(AgeBand.of(1990, 5, null)).isEqualTo(AgeBand.UNKNOWN);
    assertThat(AgeBand.ofBirthDate(null, END_2025)).isEqualTo(AgeBand.UNKNOWN);
    assertThat(AgeBand.of(2030, 1, END_2025)).as("born after the date").isEqualTo(AgeBand.UNKNOWN);
    assertThat(AgeBand.UNKNOWN.label()).isEqualTo("Inconnu");
  }
}
