package fr.aiguillage.statistics.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

  @Test
  void forbiddenCharactersBecomeDashesAndApostrophesLeaveTheEnds() {
    assertThat(SheetNames.sanitized("'T2 : contrats [CER] / PPAE'"))
        .isEqualTo("T2 - contrats -CER- - PPAE");
    assertThat(SheetNames.sanitized(" \t ")).isEqualTo("Tableau");
  }

  @Test
  void namesAreCutAt31CharactersAndNeverRepeatWhateverTheCase() {
    SheetNames names = new SheetNames();

    assertThat(names.next("Répartition par organisme référent unique"))
        .isEqualTo("Répartition par organisme référ")
        .hasSize(31);
    assertThat(names.next("RÉPARTITION PAR ORGANISME RÉFÉRENT"))
        .isEqualTo("RÉPARTITION PAR ORGANISME R (2)");
    assertThat(names.next("History")).isEqualTo("History (2)");
  }

  @Test
  void aCutNeverSplitsACharacter() {
    String name = new SheetNames().next("Délais d'orientation en jours 📅 et plus");

    assertThat(name).isEqualTo("Délais d'orientation en jours");
  }
}
