package fr.aiguillage.contract;

import fr.aiguillage.questionnaire.BarrierLevel;
import java.util.List;

/**
 * What the diagnostic suggests for the plan: for each barrier rated strong or medium (strong
 * first), the catalogue actions of its thématiques; and, beside them, what the person said they
 * expect and need first, in their own words.
 */
public record ActionProposals(List<BarrierActions> barriers, String expectations, String needs) {
  /** A barrier of the diagnostic and the actions that answer it (possibly none). */
  public record BarrierActions(
      String questionCode, String label, BarrierLevel level, List<CatalogueAction> actions) {
    public BarrierActions {
      actions = List.copyOf(actions);
    }
  }

  public ActionProposals {
    barriers = List.copyOf(barriers);
  }

  /** Every proposed action once, in the order of the barriers. */
  public List<CatalogueAction> distinctActions() {
    return barriers.stream().flatMap(b -> b.actions().stream()).distinct().toList();
  }
}
