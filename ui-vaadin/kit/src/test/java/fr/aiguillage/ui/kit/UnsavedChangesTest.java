package fr.aiguillage.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsavedChangesTest {
  @Test
  void asksAboutWhatWasNotSaved() {
    assertThat(
            new UnsavedChanges(
                    "unsaved-dialog", "Les règles ont été modifiées et pas enregistrées.")
                .question())
        .isEqualTo(
            "Les règles ont été modifiées et pas enregistrées. Voulez-vous abandonner ces"
                + " modifications ?");
  }
}
