package fr.aiguillage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommunesTest {
  @Test
  void knowsCurrentCommunesArrondissementsAndCorsica() {
    assertThat(Communes.find("08105"))
        .get()
        .extracting(Communes.Commune::name)
        .isEqualTo("Charleville-Mézières");
    assertThat(Communes.find("75101"))
        .get()
        .extracting(Communes.Commune::kind)
        .isEqualTo(Communes.Kind.ARRONDISSEMENT);
    assertThat(Communes.find("2a004"))
        .get()
        .extracting(Communes.Commune::name)
        .isEqualTo("Ajaccio");
    assertThat(Communes.find("97411"))
        .get()
        .extracting(Communes.Commune::departement)
        .isEqualTo("974");
    assertThat(Communes.size()).isGreaterThan(34_000);
  }

  @Test
  void acceptsAConsistentPair() {
    assertThat(Communes.problem("08105", "08000")).isEmpty();
    assertThat(Communes.problem("2A004", "20090")).isEmpty();
    assertThat(Communes.problem("08105", "")).isEmpty();
  }

  @Test
  void refusesUnknownShapeFormerCodeAndWrongPostalCode() {
    assertThat(Communes.problem("08999", "08000"))
        .get()
        .asString()
        .contains("« 08999 » inconnu du code officiel géographique");
    assertThat(Communes.problem("8105", null)).get().asString().contains("invalide");
    assertThat(Communes.problem("08447", null))
        .get()
        .asString()
        .contains("ancienne commune")
        .contains("08105");
    assertThat(Communes.problem("08105", "08200"))
        .get()
        .asString()
        .isEqualTo(
            "Le code postal 08200 ne correspond pas à Charleville-Mézières (08105) : code postal 08000.");
  }
}
