package fr.aiguillage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeskContractsTest {
  static final LocalDate DUE = LocalDate.of(2027, 3, 1);

  @Test
  void theHoursAskedAreSpreadOverTheProposedActions() {
    ActionPlan proposed =
        new ActionPlan(
            List.of(
                new Objective(
                    "Lever le frein : mobilité",
                    List.of(action("Permis de conduire"), action("Aide au transport")))),
            ActionPlan.DEFAULT_WEEKLY_HOURS,
            null);
    ActionPlan plan = DeskContracts.withHours(proposed, DUE);
    assertThat(plan.actions()).extracting(PlannedAction::hoursPerWeek).containsExactly(8, 8);
    assertThat(plan.unfinished()).as("it can be signed").isEmpty();
  }

  @Test
  void withoutProposalTheFirstStepsWithTheReferentCarryTheHours() {
    ActionPlan plan = DeskContracts.withHours(ActionPlan.empty(), DUE);
    assertThat(plan.actions()).hasSize(1);
    assertThat(plan.plannedWeeklyHours()).isEqualTo(ActionPlan.DEFAULT_WEEKLY_HOURS);
    assertThat(plan.unfinished()).isEmpty();
  }

  private static PlannedAction action(String label) {
    return new PlannedAction(
        null, label, ActionCategory.MOBILITY, ActionParty.PERSON, null, DUE, 0);
  }
}
