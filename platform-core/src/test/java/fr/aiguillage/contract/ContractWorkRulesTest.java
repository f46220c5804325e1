package fr.aiguillage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.contract.Signature.Signer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules of the contract services that need no container: the plan proposed from the diagnostic,
 * which steps leave as events and with what, and how a contact is shown half hidden.
 */
class ContractWorkRulesTest {
  @Test
  void eachBarrierWithActionsBecomesAnObjectiveForThePersonByTheReview() {
    ActionProposals proposals =
        ActionProposerTest.propose(
            Map.of(
                "barrier_mobility",
                "STRONG",
                "barrier_health",
                "MEDIUM",
                "barrier_other",
                "STRONG"));
    LocalDate review = LocalDate.of(2027, 3, 1);
    ActionPlan plan = ContractWork.proposedPlan(proposals, review);
    assertThat(plan.objectives())
        .extracting(Objective::title)
        .as("a barrier without catalogue actions proposes no empty objective")
        .containsExactly(
            "Lever le frein : Vos déplacements (permis, transport, véhicule)",
            "Lever le frein : Votre santé");
    assertThat(plan.actions())
        .extracting(PlannedAction::catalogueCode)
        .containsExactly("permis", "bus", "soins", "psy");
    assertThat(plan.actions())
        .allSatisfy(
            a -> {
              assertThat(a.who()).isEqualTo(ActionParty.PERSON);
              assertThat(a.dueBy()).isEqualTo(review);
              assertThat(a.hoursPerWeek()).isZero();
            });
    assertThat(plan.requiredWeeklyHours()).isEqualTo(ActionPlan.DEFAULT_WEEKLY_HOURS);
    assertThat(plan.unfinished())
        .as("the hours are the referent's and the person's to set before signing")
        .isNotEmpty();
  }

  @Test
  void noDiagnosticProposesAnEmptyPlan() {
    ActionPlan plan =
        ContractWork.proposedPlan(new ActionProposals(List.of(), null, null), LocalDate.now());
    assertThat(plan.objectives()).isEmpty();
  }

  @Test
  void theStepsThatLeaveAsEventsAndTheSignedOneCarriesTheHash() {
    Contract c = ContractFixtures.draft();
    assertThat(ContractChanged.type(c.opening())).isEqualTo("contract.drafted");
    ContractTransition edit =
        c.editDraft(
            ContractFixtures.sixMonths(),
            ContractFixtures.finishedPlan(),
            "r",
            ContractFixtures.NOW);
    assertThat(ContractChanged.type(edit)).as("an edit stays in the history").isNull();

    Contract submitted = ContractFixtures.submitted();
    String hash = ContractFixtures.hash(submitted);
    ContractTransition referent =
        submitted.signInPerson(
            Signer.REFERENT,
            ContractFixtures.REFERENT,
            ContractFixtures.consent(submitted, ContractFixtures.REFERENT_NAME),
            "r",
            ContractFixtures.NOW);
    assertThat(ContractChanged.type(referent))
        .as("one signature is not the signed contract")
        .isNull();
    ContractTransition person =
        submitted.signInPerson(
            Signer.PERSON,
            ContractFixtures.PERSON,
            ContractFixtures.consent(submitted, submitted.personName()),
            "r",
            ContractFixtures.NOW);
    assertThat(ContractChanged.type(person)).isEqualTo("contract.signed");
    ContractChanged payload = ContractChanged.of(submitted, person, "08");
    assertThat(payload.documentSha256()).isEqualTo(hash);
    assertThat(payload.to()).isEqualTo("SIGNED");
    assertThat(payload.partnerOrganisation()).isNull();
    assertThat(payload.toString())
        .as("no name leaves in an event")
        .doesNotContain(submitted.personName())
        .doesNotContain(ContractFixtures.REFERENT_NAME);
  }

  @Test
  void aContactIsShownHalfHidden() {
    assertThat(RemoteSignatures.masked("06 12 34 56 78")).isEqualTo("06 •• •• •• 78");
    assertThat(RemoteSignatures.masked("elise.dupont@exemple.fr")).isEqualTo("e•••@exemple.fr");
    assertThat(RemoteSignatures.masked("12")).isEqualTo("••");
  }
}
