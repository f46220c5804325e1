package fr.aiguillage.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsTest {
  @Test
  void everyReferralStatusHasOneFrenchLabelAndAnUnknownCodeIsShownAsItIs() {
    assertThat(Labels.referralStatus("PENDING")).isEqualTo("En attente de réponse");
    assertThat(Labels.referralStatus("EXPIRED")).isEqualTo("Expirée faute de réponse");
    assertThat(Labels.referralStatus("WITHDRAWN")).isEqualTo("Retirée par le département");
    assertThat(Labels.referralStatus("NEW_CODE")).isEqualTo("NEW_CODE");
    assertThat(Labels.referralStatus(null)).isEmpty();
  }
}
