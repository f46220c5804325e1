package fr.aiguillage.directory;

import fr.aiguillage.vocabulary.Pathway;
import fr.aiguillage.vocabulary.StructureKind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Ranks where a person could go for a proposed pathway: structures of the proposed kind that take
 * this pathway, in the person's territory first, then by places left; within each, referents of the
 * person's territory first, then the least loaded; full referents and structures come last,
 * flagged.
 */
public final class Placement {
  private Placement() {}

  public record RankedReferent(
      UUID id,
      String name,
      String email,
      int caseload,
      int maxCaseload,
      boolean sameTerritory,
      boolean full) {}

  public record RankedStructure(
      UUID id,
      String name,
      StructureKind kind,
      boolean sameTerritory,
      Integer capacity,
      Integer placesLeft,
      boolean full,
      List<RankedReferent> referents) {}

  public static List<RankedStructure> rank(
      List<Structure> structures,
      List<Referent> referents,
      Pathway pathway,
      Optional<StructureKind> kind,
      UUID territoryId) {
    List<Structure> taking = structures.stream().filter(s -> s.takes(pathway)).toList();
    List<Structure> ofKind =
        kind.map(k -> taking.stream().filter(s -> s.kind() == k).toList()).orElse(taking);
    List<Structure> candidates = ofKind.isEmpty() ? taking : ofKind;
    return candidates.stream()
        .map(s -> ranked(s, referents, pathway, territoryId))
        .sorted(
            Comparator.comparing(RankedStructure::full)
                .thenComparing(r -> !r.sameTerritory())
                .thenComparing(r -> r.placesLeft() == null ? Integer.MIN_VALUE : -r.placesLeft())
                .thenComparing(RankedStructure::name))
        .toList();
  }

  private static RankedStructure ranked(
      Structure s, List<Referent> referents, Pathway pathway, UUID territoryId) {
    List<RankedReferent> people =
        referents.stream()
            .filter(r -> r.structureId().equals(s.id()) && r.takes(pathway))
            .map(
                r ->
                    new RankedReferent(
                        r.id(),
                        r.name(),
                        r.email(),
                        r.currentCaseload(),
                        r.maxCaseload(),
                        territoryId != null && territoryId.equals(r.territoryId()),
                        r.full()))
            .sorted(
                Comparator.comparing(RankedReferent::full)
                    .thenComparing(r -> !r.sameTerritory())
                    .thenComparingDouble(r -> (double) r.caseload() / Math.max(1, r.maxCaseload()))
                    .thenComparing(RankedReferent::name))
            .toList();
    Integer left = s.capacityLeft().orElse(null);
    return new RankedStructure(
        s.id(),
        s.name(),
        s.kind(),
        territoryId != null && territoryId.equals(s.territoryId()),
        s.capacity(),
        left,
        left != null && left == 0,
        people);
  }
}
