package fr.aiguillage.ui.orientation;

import fr.aiguillage.directory.Placement.RankedStructure;
import fr.aiguillage.directory.StructureSummary;
import fr.aiguillage.ui.directory.LoadTexts;
import fr.aiguillage.vocabulary.Pathway;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * A structure as a choice in the decision form: its label says its kind and places left, and
 * whether it is suggested (ranked for the proposal); its referents are those taking the pathway.
 */
record StructureChoice(
    UUID id,
    String name,
    String label,
    boolean suggested,
    boolean full,
    List<ReferentChoice> referents)
    implements Serializable {
  static final String SUGGESTED = "suggérée";

  static StructureChoice suggested(RankedStructure s) {
    String label =
        s.name()
            + " — "
            + (s.kind() == null ? "" : s.kind().label() + ", ")
            + LoadTexts.placesLeft(s.placesLeft(), s.full())
            + (s.sameTerritory() ? ", même territoire" : "")
            + " ("
            + SUGGESTED
            + ")";
    return new StructureChoice(
        s.id(),
        s.name(),
        label,
        true,
        s.full(),
        s.referents().stream().map(ReferentChoice::of).toList());
  }

  static StructureChoice of(StructureSummary s, Pathway pathway) {
    Integer left = s.capacity() == null ? null : Math.max(0, s.capacity() - s.currentLoad());
    boolean full = left != null && left == 0;
    String label =
        s.name()
            + " — "
            + (s.kind() == null ? "" : s.kind().label() + ", ")
            + LoadTexts.placesLeft(left, full);
    List<ReferentChoice> referents =
        s.referents().stream()
            .filter(r -> r.pathways().isEmpty() || r.pathways().contains(pathway.name()))
            .map(ReferentChoice::of)
            .toList();
    return new StructureChoice(s.id(), s.name(), label, false, full, referents);
  }
}
