package fr.aiguillage.contract;

import fr.aiguillage.shared.Limits;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An objective of the plan and the actions that lead to it (its stages, in order). */
public record Objective(
    @Size(max = Limits.LABEL) String title,
    @Size(max = ActionPlan.MAX_ACTIONS) List<PlannedAction> actions) {
  public Objective {
    actions = actions == null ? List.of() : List.copyOf(actions);
  }

  public int hoursPerWeek() {
    return actions.stream().mapToInt(PlannedAction::hoursPerWeek).sum();
  }
}
