package fr.aiguillage.ui.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.vocabulary.Pathway;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadTextsTest {
  @Test
  void capacityReadsAsOccupiedPlaces() {
    assertThat(LoadTexts.capacity(120, 40)).isEqualTo("40 / 120 places occupées");
    assertThat(LoadTexts.capacity(10, 1)).isEqualTo("1 / 10 place occupée");
    assertThat(LoadTexts.capacity(10, 0)).isEqualTo("0 / 10 place occupée");
    assertThat(LoadTexts.capacity(null, 7)).isEqualTo("non renseignée");
  }

  @Test
  void caseloadReadsAsLoadOverMaximum() {
    assertThat(LoadTexts.caseload(35, 60)).isEqualTo("35 / 60");
  }

  @Test
  void percentIsRoundedAndBounded() {
    assertThat(LoadTexts.percent(40, 120)).hasValue(33);
    assertThat(LoadTexts.percent(35, 60)).hasValue(58);
    assertThat(LoadTexts.percent(0, 60)).hasValue(0);
    assertThat(LoadTexts.percent(80, 60)).hasValue(100);
    assertThat(LoadTexts.percent(-3, 60)).hasValue(0);
    assertThat(LoadTexts.percent(5, null)).isEmpty();
    assertThat(LoadTexts.percent(5, 0)).isEmpty();
  }

  @Test
  void warningFromNinetyPercent() {
    assertThat(LoadTexts.warning(53, 60)).isFalse(); // 88 %
    assertThat(LoadTexts.warning(54, 60)).isTrue(); // 90 % exactly
    assertThat(LoadTexts.warning(60, 60)).isTrue();
    assertThat(LoadTexts.warning(89, 100)).isFalse();
    assertThat(LoadTexts.warning(90, 100)).isTrue();
    assertThat(LoadTexts.warning(40, 120)).isFalse();
    assertThat(LoadTexts.warning(40, null)).isFalse();
    assertThat(LoadTexts.warning(0, 0)).isTrue();
  }

  @Test
  void placesLeftOrFull() {
    assertThat(LoadTexts.placesLeft(12, false)).isEqualTo("12 places restantes");
    assertThat(LoadTexts.placesLeft(1, false)).isEqualTo("1 place restante");
    assertThat(LoadTexts.placesLeft(0, true)).isEqualTo("complet");
    assertThat(LoadTexts.placesLeft(0, false)).isEqualTo("complet");
    assertThat(LoadTexts.placesLeft(null, false)).isEqualTo("places non renseignées");
  }

  @Test
  void pathwaysReadAsLabelsInOrder() {
    assertThat(LoadTexts.pathways(List.of("SOCIAL", "PROFESSIONAL")))
        .isEqualTo(Pathway.PROFESSIONAL.label() + ", " + Pathway.SOCIAL.label());
    assertThat(LoadTexts.pathways(List.of("AUTRE"))).isEqualTo("AUTRE");
    assertThat(LoadTexts.pathways(List.of())).isEmpty();
    assertThat(LoadTexts.pathways(null)).isEmpty();
  }

  @Test
  void structuresAreCounted() {
    assertThat(DirectoryView.count(0)).isEqualTo("Aucune structure");
    assertThat(DirectoryView.count(1)).isEqualTo("1 structure");
    assertThat(DirectoryView.count(12)).isEqualTo("12 structures");
  }
}
