package fr.aiguillage.orientation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguillage.orientation.PartnerReferrals.ReasonChoice;
import fr.aiguillage.orientation.PartnerReferrals.ReasonSetting;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusalReasonRulesTest {
  @Test
  void everyFaultOfTheListIsReportedAtOnceWithItsPlace() {
    List<ReasonSetting> list =
        List.of(
            new ReasonSetting("COMPLET", "Plus de place", true),
            new ReasonSetting("COMPLET", "ok", true),
            new ReasonSetting("AUTRE", "Autre motif", false));

    assertThatThrownBy(() -> RefusalReasonRules.check(list))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("reasons[1].code", "reasons[1].label", "reasons[2].active"));
  }

  @Test
  void anEmptyListIsRefused() {
    assertThatThrownBy(() -> RefusalReasonRules.check(List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("au moins un motif");
  }

  @Test
  void aPartnersChoiceIsReadAgainstTheReasonsInUse() {
    List<ReasonChoice> offered =
        List.of(new ReasonChoice("COMPLET", "Plus de place"), new ReasonChoice("AUTRE", "Autre"));

    assertThat(RefusalReasonRules.chosen(" COMPLET ", offered)).isEqualTo(offered.get(0));
    assertThatThrownBy(() -> RefusalReasonRules.chosen("RETIRE", offered))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        new FieldError(
                            "reason",
                            "Choisissez le motif du refus dans la liste : COMPLET, AUTRE.")));
  }
}
