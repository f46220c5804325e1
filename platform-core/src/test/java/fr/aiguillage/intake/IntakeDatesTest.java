package fr.aiguillage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntakeDatesTest {
  private static Optional<LocalDate> strict(String v, String pattern) {
    try {
      return Optional.of(
          LocalDate.parse(
              v, DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  @Test
  void theUsualShapesReadAsTheStrictFormatsDoImpossibleDatesIncluded() {
    Random r = new Random(15);
    for (int i = 0; i < 50_000; i++) {
      int y = 1890 + r.nextInt(150);
      int m = r.nextInt(14);
      int d = r.nextInt(33);
      String french = String.format("%02d/%02d/%04d", d, m, y);
      String iso = String.format("%04d-%02d-%02d", y, m, d);
      check(french, strict(french, "d/M/uuuu"));
      check(iso, strict(iso, "uuuu-MM-dd"));
    }
  }

  private static void check(String v, Optional<LocalDate> expected) {
    if (expected.isPresent()) {
      assertThat(IntakeDates.parse(v)).as(v).isEqualTo(expected);
    } else {
      assertThatThrownBy(() -> IntakeDates.parse(v))
          .as(v)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("illisible");
    }
  }

  @Test
  void otherShapesStillRead() {
    assertThat(IntakeDates.parse("1/3/2025")).contains(LocalDate.of(2025, 3, 1));
    assertThat(IntakeDates.parse("01.03.2025")).contains(LocalDate.of(2025, 3, 1));
    assertThat(IntakeDates.parse("01-03-2025")).contains(LocalDate.of(2025, 3, 1));
    assertThat(IntakeDates.parse("20250301")).contains(LocalDate.of(2025, 3, 1));
    assertThat(IntakeDates.parse("45717")).contains(LocalDate.of(2025, 3, 1));
    assertThat(IntakeDates.parse("2025-03-01T10:00:00")).contains(LocalDate.of(2025, 3, 1));
    assertThat(IntakeDates.parse("  ")).isEmpty();
    assertThatThrownBy(() -> IntakeDates.parse("0a/03/2025"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IntakeDates.parse("12345-03-0"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
