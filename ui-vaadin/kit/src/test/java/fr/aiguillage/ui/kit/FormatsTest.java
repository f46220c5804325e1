package fr.aiguillage.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void countsPeopleInFrench() {
    assertThat(Formats.people(0)).as("no one").isEqualTo("Aucune personne");
    assertThat(Formats.people(1)).as("singular").isEqualTo("1 personne");
    assertThat(Formats.people(1234))
        .as("thousands separated by a no-break space")
        .isEqualTo("1\u00a0234 personnes");
  }

  @Test
  void showsDaysAsDayMonthYear() {
    assertThat(Formats.day(LocalDate.of(2024, 3, 7))).isEqualTo("07/03/2024");
    assertThat(Formats.day((LocalDate) null)).as("a missing date is blank").isEmpty();
  }

  @Test
  void showsInstantsInParisTime() {
    Instant winter = Instant.parse("2025-03-12T13:05:00Z");
    assertThat(Formats.day(winter)).isEqualTo("12/03/2025");
    assertThat(Formats.at(winter)).as("UTC+1 in March").isEqualTo("12/03/2025 à 14h05");
    assertThat(Formats.stamp(winter)).isEqualTo("12/03/2025 14:05");
    assertThat(Formats.hours(winter, winter.plusSeconds(45 * 60))).isEqualTo("14h05–14h50");
    assertThat(Formats.at(Instant.parse("2025-07-01T08:00:00Z")))
        .as("UTC+2 in summer")
        .isEqualTo("01/07/2025 à 10h00");
    assertThat(Formats.at(null)).isEmpty();
    assertThat(Formats.stamp(null)).isEmpty();
    assertThat(Formats.day((Instant) null)).isEmpty();
  }

  @Test
  void takesTheParisDayOfAnInstant() {
    assertThat(Formats.parisDay(Instant.parse("2025-03-11T23:30:00Z")))
        .as("already the 12th in Paris")
        .isEqualTo(LocalDate.of(2025, 3, 12));
  }

  @Test
  void namesWeeksAcrossMonthsAndYears() {
    assertThat(Formats.week(LocalDate.of(2026, 11, 23)))
        .isEqualTo("Semaine du 23 au 29 novembre 2026");
    assertThat(Formats.week(LocalDate.of(2026, 11, 30)))
        .isEqualTo("Semaine du 30 novembre au 6 décembre 2026");
    assertThat(Formats.week(LocalDate.of(2026, 12, 28)))
        .isEqualTo("Semaine du 28 décembre 2026 au 3 janvier 2027");
    assertThat(Formats.weekday(LocalDate.of(2026, 12, 1))).isEqualTo("mardi 1er décembre");
  }
}
