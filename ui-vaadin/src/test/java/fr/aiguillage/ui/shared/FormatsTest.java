package fr.aiguillage.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(Formats.day(null)).as("a missing date is blank").isEmpty();
  }
}
