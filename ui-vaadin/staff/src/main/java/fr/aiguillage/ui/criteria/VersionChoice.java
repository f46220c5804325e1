package fr.aiguillage.ui.criteria;

import fr.aiguillage.criteria.CriteriaVersionView;
import java.util.List;
import java.util.Optional;

/** Which version the page shows first, and how versions are found in the list. */
final class VersionChoice {
  private VersionChoice() {}

  /**
   * An administrator lands on the draft being prepared, if any; everyone else on the rules in
   * force.
   */
  static CriteriaVersionView initial(
      List<CriteriaVersionView> versions, CriteriaVersionView inForce, boolean admin) {
    Optional<CriteriaVersionView> draft = admin ? draft(versions) : Optional.empty();
    return draft.or(() -> find(versions, inForce.version())).orElse(inForce);
  }

  static Optional<CriteriaVersionView> draft(List<CriteriaVersionView> versions) {
    return versions.stream().filter(VersionLabels::isDraft).findFirst();
  }

  static Optional<CriteriaVersionView> find(List<CriteriaVersionView> versions, int version) {
    return versions.stream().filter(v -> v.version() == version).findFirst();
  }
}
