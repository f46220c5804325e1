package fr.aiguillage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguillage.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Who is followed from the CNAF's flow, and who leaves (REFERENCE §6.2–6.3). */
class CafScopeRuleTest {
  static final CafScopeRule WEBRSA = CafScopeRule.WEBRSA;

  @Test
  void webrsasRuleFollowsTheClaimantAndSpouseSubjectToRightsAndDutiesWhoseRightIsOpen() {
    assertThat(WEBRSA.decide("DEM", true, 2, null).followed()).isTrue();
    assertThat(WEBRSA.decide("CJT", true, 3, null).followed()).isTrue();
    assertThat(WEBRSA.decide("CJT", true, 4, "44").followed()).isTrue();
    assertThat(WEBRSA.decide("ENF", true, 2, null))
        .isEqualTo(
            new CafScopeRule.Decision(
                false, "Enfant ou autre personne du foyer : jamais suivi(e).", null));
    assertThat(WEBRSA.decide("AUT", true, 2, null).followed()).isFalse();
  }

  @Test
  void aClosedRightOrTheEndOfRightsAndDutiesIsAnExitOtherStatesAreOnlyOutOfScope() {
    assertThat(WEBRSA.decide("DEM", true, 5, null).exitReason())
        .isEqualTo("Droit au RSA clos (état 5).");
    assertThat(WEBRSA.decide("DEM", true, 6, null).exitReason())
        .isEqualTo("Droit au RSA clos (état 6).");
    assertThat(WEBRSA.decide("CJT", false, 2, null).exitReason())
        .isEqualTo("N'est plus soumis(e) aux droits et devoirs.");
    CafScopeRule.Decision refused = WEBRSA.decide("DEM", true, 1, null);
    assertThat(refused.followed()).isFalse();
    assertThat(refused.exitReason()).isNull();
    assertThat(refused.why())
        .isEqualTo("État du droit 1 (droit refusé) hors du champ du département.");
  }

  @Test
  void aDepartementMayKeepState4OnlyForSomeSuspensionReasons() {
    // data.insertion's choice: state 4 only for reasons 05, 44, 70, 01, 06, 35, 36
    CafScopeRule r = CafScopeRule.parse("2, 3,4", "05,44,70,01,06,35,36");
    assertThat(r.decide("DEM", true, 4, "44").followed()).isTrue();
    CafScopeRule.Decision out = r.decide("DEM", true, 4, "AB");
    assertThat(out.followed()).isFalse();
    assertThat(out.exitReason()).isNull();
    assertThat(out.why())
        .isEqualTo(
            "Versement suspendu pour le motif AB, hors du champ du département (motifs suivis :"
                + " 01, 05, 06, 35, 36, 44, 70).");
    assertThat(r.statesText()).isEqualTo("2,3,4");
    assertThat(r.reasonsText()).isEqualTo("01,05,06,35,36,44,70");
  }

  @Test
  void aRuleFollowingAClosedRightOrWrittenWronglyIsRefusedOnItsField() {
    assertThatThrownBy(() -> CafScopeRule.parse("2,5", ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("état 5 ou 6");
    assertThatThrownBy(() -> CafScopeRule.parse("deux", ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("de 0 à 4");
    assertThatThrownBy(() -> CafScopeRule.parse("2", "5;44"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("deux lettres ou chiffres");
  }
}
