package fr.aiguillage.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.shared.FieldError;
import org.junit.jupiter.api.Test;

class PlanDialogTest {
  @Test
  void aRefusalOnOneOfTheStaffIsSaidOnTheStaffField() {
    assertThat(PlanDialog.onField(new FieldError("staff[2]", "Trop long.")).field())
        .isEqualTo("staff");
  }

  @Test
  void aRefusalOnTheVideoLinkIsSaidOnTheVideoField() {
    FieldError e = PlanDialog.onField(new FieldError("place.videoUrl", "Lien invalide."));
    assertThat(e.field()).isEqualTo("videoUrl");
    assertThat(e.message()).isEqualTo("Lien invalide.");
  }

  @Test
  void otherFieldsAreKept() {
    assertThat(PlanDialog.onField(new FieldError("startsAt", "Date passée.")).field())
        .isEqualTo("startsAt");
  }
}
