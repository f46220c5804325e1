package fr.aiguillage.ui.criteria;

import fr.aiguillage.criteria.CriteriaVersionDetails;
import java.util.List;
import java.util.Optional;

/** Which version the page shows first, and how versions are found in the list. */
final class VersionChoice {
  private VersionChoice() {}

  /**
   * An administrator lands on the draft being prepared, if any; everyone else on the rules in
   * force.
   */
  static CriteriaVersionDetails initial(
      List<CriteriaVersionDetails> versions, CriteriaVersionDetails inForce, boolean admin) {
    Optional<CriteriaVersionDetails> draft = admin ? draft(versions) : Optional.empty();
    return draft.or(() -> find(versions, inForce.version())).orElse(inForce);
  }

  static Optional<CriteriaVersionDetails> draft(List<CriteriaVersionDetails> versions) {
    return versions.stream().filter(VersionLabels::isDraft).findFirst();
  }

  static Optional<CriteriaVersionDetails> find(List<CriteriaVersionDetails> versions, int version) {
    return versions.stream().filter(v -> v.version() == version).findFirst();
  }
}
