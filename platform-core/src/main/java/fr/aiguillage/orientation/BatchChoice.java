package fr.aiguillage.orientation;

import fr.aiguillage.directory.Placement;
import fr.aiguillage.vocabulary.Pathway;
import fr.aiguillage.vocabulary.StructureKind;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * What a batch decision does with one orientation: a simple case (at the proposal, with no in-depth
 * review asked) takes the proposal with the best-placed structure that has places and its first
 * referent with room; any other is left for a closer look, with the reason.
 */
sealed interface BatchChoice {
  record Decide(Decision decision) implements BatchChoice {}

  record Skip(String reason) implements BatchChoice {}

  /**
   * @param ranking the directory's structures for a pathway (and the proposal's kind of structure),
   *     the best placed first
   */
  static BatchChoice of(
      Orientation o,
      BiFunction<Pathway, Optional<StructureKind>, List<Placement.RankedStructure>> ranking) {
    Optional<String> why = o.whyNotSimple();
    if (why.isPresent()) {
      return new Skip(why.get());
    }
    Pathway pathway = o.proposedPathway().orElseThrow();
    Optional<Placement.RankedStructure> best =
        ranking.apply(pathway, kind(o.proposedTarget())).stream()
            .filter(s -> !s.full())
            .findFirst();
    if (best.isEmpty()) {
      return new Skip("Aucune structure avec des places ne prend le " + pathway.label() + ".");
    }
    UUID referent =
        best.get().referents().stream()
            .filter(r -> !r.full())
            .map(Placement.RankedReferent::id)
            .findFirst()
            .orElse(null);
    return new Decide(new Decision(pathway, best.get().id(), referent, null));
  }

  private static Optional<StructureKind> kind(String target) {
    if (target == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(StructureKind.valueOf(target));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
