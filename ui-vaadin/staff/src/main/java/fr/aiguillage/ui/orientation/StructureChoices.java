package fr.aiguillage.ui.orientation;

import fr.aiguillage.directory.Placement.RankedStructure;
import fr.aiguillage.directory.StructureSummary;
import fr.aiguillage.vocabulary.Pathway;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where a person can be oriented for a pathway: the structures of the directory that take it, the
 * ranked placements of the proposal first (when the pathway is the proposed one), then the others
 * by name. Also names the structure and referent of a decision.
 */
final class StructureChoices {
  private final List<StructureSummary> directory;
  private final List<RankedStructure> placements;
  private final Pathway placementsFor;

  /** {@code placements} are ranked for {@code placementsFor} (null when there are none). */
  StructureChoices(
      List<StructureSummary> directory, List<RankedStructure> placements, Pathway placementsFor) {
    this.directory = List.copyOf(directory);
    this.placements = placementsFor == null ? List.of() : List.copyOf(placements);
    this.placementsFor = placementsFor;
  }

  static StructureChoices none() {
    return new StructureChoices(List.of(), List.of(), null);
  }

  List<StructureChoice> taking(Pathway pathway) {
    if (pathway == null) {
      return List.of();
    }
    Set<UUID> taking = new HashSet<>();
    directory.stream()
        .filter(s -> s.pathways() != null && s.pathways().contains(pathway.name()))
        .forEach(s -> taking.add(s.id()));
    List<StructureChoice> choices = new ArrayList<>();
    Set<UUID> listed = new HashSet<>();
    if (pathway == placementsFor) {
      for (RankedStructure s : placements) {
        if (taking.contains(s.id()) && listed.add(s.id())) {
          choices.add(StructureChoice.suggested(s));
        }
      }
    }
    directory.stream()
        .filter(s -> taking.contains(s.id()) && !listed.contains(s.id()))
        .sorted(Comparator.comparing(StructureSummary::name, String.CASE_INSENSITIVE_ORDER))
        .forEach(s -> choices.add(StructureChoice.of(s, pathway)));
    return choices;
  }

  /** The first suggested structure that is not full, to preselect. */
  static Optional<StructureChoice> preferred(List<StructureChoice> choices) {
    return choices.stream().filter(c -> c.suggested() && !c.full()).findFirst();
  }

  String structureName(UUID id) {
    return directory.stream()
        .filter(s -> s.id().equals(id))
        .map(StructureSummary::name)
        .findFirst()
        .orElse(id == null ? "" : "structure hors annuaire");
  }

  String referentName(UUID id) {
    return directory.stream()
        .flatMap(s -> s.referents().stream())
        .filter(r -> Objects.equals(r.id(), id))
        .map(StructureSummary.ReferentView::name)
        .findFirst()
        .orElse(id == null ? "pas encore désigné" : "référent hors annuaire");
  }
}
