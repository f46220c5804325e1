package fr.aiguillage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simplified contract's plan at a session's desk (ADR 0017 §7). */
class DeskContractsTest {
  static final LocalDate START = LocalDate.of(2027, 1, 12);

  @Test
  void theFirstStepIsTheAccompanimentThenTheDiagnosticsObjectivesAndNoHoursAreInvented() {
    ActionPlan proposed =
        new ActionPlan(
            List.of(
                new Objective(
                    "Lever le frein : mobilité",
                    List.of(action("Permis de conduire"), action("Aide au transport")))),
            ActionPlan.DEFAULT_WEEKLY_HOURS,
            null);
    ActionPlan plan = DeskContracts.plan(proposed, "PLIE des Ardennes", START);
    assertThat(plan.objectives())
        .extracting(Objective::title)
        .containsExactly(
            "Démarrer l'accompagnement avec PLIE des Ardennes", "Lever le frein : mobilité");
    assertThat(plan.actions().get(0).dueBy()).isEqualTo(START.plusDays(30));
    assertThat(plan.plannedWeeklyHours()).isZero();
    assertThat(plan.requiredWeeklyHours()).isZero();
    assertThat(plan.exemptionReason()).contains("premier rendez-vous");
    assertThat(plan.unfinished()).as("it can be signed").isEmpty();
  }

  @Test
  void withoutProposalTheFirstStepAlone() {
    ActionPlan plan = DeskContracts.plan(ActionPlan.empty(), "Service insertion", START);
    assertThat(plan.actions()).hasSize(1);
    assertThat(plan.unfinished()).isEmpty();
  }

  private static PlannedAction action(String label) {
    return new PlannedAction(
        null, label, ActionCategory.MOBILITY, ActionParty.PERSON, null, START, 0);
  }
}
