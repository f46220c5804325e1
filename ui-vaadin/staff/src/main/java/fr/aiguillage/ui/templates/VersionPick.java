package fr.aiguillage.ui.templates;

import fr.aiguillage.contract.TemplateSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Which version the page opens first. */
final class VersionPick {
  private VersionPick() {}

  /**
   * An administrator lands on a draft being prepared, if any; everyone on a version in force;
   * otherwise the newest version of the first kind that has one.
   */
  static Optional<UUID> initial(List<TemplateSummary> kinds, boolean admin) {
    List<TemplateSummary.Version> all = kinds.stream().flatMap(k -> k.versions().stream()).toList();
    Optional<TemplateSummary.Version> draft =
        admin
            ? all.stream().filter(v -> TemplateLabels.isDraft(v.status())).findFirst()
            : Optional.empty();
    return draft
        .or(() -> all.stream().filter(TemplateSummary.Version::inForce).findFirst())
        .or(() -> all.stream().max(Comparator.comparing(TemplateSummary.Version::version)))
        .map(TemplateSummary.Version::id);
  }
}
