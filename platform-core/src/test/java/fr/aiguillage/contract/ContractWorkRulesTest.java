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
    assertThat(payload.actionCategories())
        .as("the signed plan's DREES categories")
        .containsExactly("JOB_SEARCH");
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

  @Test
  void everyContractEventCarriesThePlansCategoriesOnceEachInDreesOrder() {
    ActionPlan plan =
        new ActionPlan(
            List.of(
                new Objective(
                    "Se loger",
                    List.of(
                        action(ActionCategory.HOUSING, 5), action(ActionCategory.JOB_SEARCH, 5))),
                new Objective(
                    "Se déplacer",
                    List.of(
                        action(ActionCategory.MOBILITY, 3), action(ActionCategory.JOB_SEARCH, 2)))),
            15,
            null);
    Contract c =
        Contract.draft(
            ContractFixtures.PERSON,
            ContractFixtures.PERSON_NAME,
            ContractFixtures.ORIENTATION,
            ContractFixtures.publishedTemplate(),
            ContractFixtures.AUTHOR,
            ContractFixtures.sixMonths(),
            plan,
            "referent-08",
            ContractFixtures.NOW);

    ContractChanged drafted = ContractChanged.of(c, c.opening(), "08");

    assertThat(drafted.actionCategories()).containsExactly("JOB_SEARCH", "MOBILITY", "HOUSING");
    assertThat(fr.aiguillage.testing.PayloadJson.of(drafted).path("actionCategories"))
        .extracting(com.fasterxml.jackson.databind.JsonNode::asText)
        .containsExactly("JOB_SEARCH", "MOBILITY", "HOUSING");
    assertThat(ContractChanged.of(ContractFixtures.draft(), c.opening(), "08").actionCategories())
        .containsExactly("JOB_SEARCH");
    assertThat(ContractChanged.categories(ActionPlan.empty()))
        .as("a plan still to write: no category")
        .isEmpty();
  }

  private static PlannedAction action(ActionCategory category, int hours) {
    return new PlannedAction(
        null,
        category.label(),
        category,
        ActionParty.PERSON,
        null,
        ContractFixtures.START.plusMonths(2),
        hours);
  }
}
