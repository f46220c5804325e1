package fr.aiguillage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The typed name matches the document's whatever the case, accents, hyphens or word order. */
class TypedNameTest {
  @ParameterizedTest
  @CsvSource({
    "marie helene dupont",
    "MARIE-HÉLÈNE DUPONT",
    "Dupont Marie-Hélène",
    "  dupont   marie hélène ",
    "Mariehelene Dupont",
    "Marie-Hélène  Dupont."
  })
  void looseMatchesAreAccepted(String typed) {
    assertThat(TypedName.matches(typed, "Marie-Hélène DUPONT")).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "Marie Dupont",
    "Marie-Hélène Dupond",
    "Marie-Hélène Dupont Martin",
    "Dupont",
    "'  '"
  })
  void aMissingAddedOrMisspeltWordIsRefused(String typed) {
    assertThat(TypedName.matches(typed, "Marie-Hélène DUPONT")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"awa ndiaye", "NDIAYE AWA", "n'diaye awa", "Awa N Diaye"})
  void anApostropheNeedNotBeTyped(String typed) {
    assertThat(TypedName.matches(typed, "N'Diaye Awa")).isTrue();
  }
}
