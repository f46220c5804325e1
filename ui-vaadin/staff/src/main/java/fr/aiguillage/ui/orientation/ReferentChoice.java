package fr.aiguillage.ui.orientation;

import fr.aiguillage.directory.Placement.RankedReferent;
import fr.aiguillage.directory.StructureSummary.ReferentView;
import fr.aiguillage.ui.directory.LoadTexts;
import java.io.Serializable;
import java.util.UUID;

/** A referent as a choice in the decision form, with their caseload in the label. */
record ReferentChoice(UUID id, String label) implements Serializable {

  static ReferentChoice of(RankedReferent r) {
    return new ReferentChoice(r.id(), label(r.name(), r.caseload(), r.maxCaseload(), r.full()));
  }

  static ReferentChoice of(ReferentView r) {
    return new ReferentChoice(
        r.id(), label(r.name(), r.caseload(), r.maxCaseload(), r.caseload() >= r.maxCaseload()));
  }

  /** "Claire Martin — charge 35 / 60", with ", complet" when full. */
  static String label(String name, int caseload, int max, boolean full) {
    return name
        + " — charge "
        + LoadTexts.caseload(caseload, max)
        + (full ? ", " + LoadTexts.FULL : "");
  }
}
