package fr.aiguillage.ui.kit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.shared.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractFieldPathsTest {
  @Test
  void thePlanAndTermPrefixesAreDropped() {
    assertThat(ContractFieldPaths.path("plan.objectives[0].actions[1].hoursPerWeek"))
        .isEqualTo("objectives[0].actions[1].hoursPerWeek");
    assertThat(ContractFieldPaths.path("term.reviewOn")).isEqualTo("reviewOn");
    assertThat(ContractFieldPaths.path("requiredWeeklyHours")).isEqualTo("requiredWeeklyHours");
    assertThat(ContractFieldPaths.path(null)).isEmpty();
  }

  @Test
  void theMessagesAreKept() {
    assertThat(
            ContractFieldPaths.normalised(
                List.of(new FieldError("plan.exemptionReason", "Indiquez le motif."))))
        .containsExactly(new FieldError("exemptionReason", "Indiquez le motif."));
  }
}
