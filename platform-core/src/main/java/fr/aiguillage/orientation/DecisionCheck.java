package fr.aiguillage.orientation;

import fr.aiguillage.directory.Referent;
import fr.aiguillage.directory.Structure;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What an agent's decision must hold before the orientation takes it, every refusal at once: a
 * pathway, a structure of the directory that takes it, a referent of that structure, a reason of
 * bounded length — required when the decision departs from the proposal.
 */
final class DecisionCheck {
  private DecisionCheck() {}

  /**
   * @param structure the chosen structure as the directory has it (empty: not in the directory)
   * @param referents the directory's referents, read only if a referent is chosen
   */
  static void check(
      Orientation o,
      Decision d,
      Optional<Structure> structure,
      Supplier<List<Referent>> referents) {
    if (d == null || d.pathway() == null) {
      throw new InvalidInputException("pathway", "Choisissez le parcours.");
    }
    List<FieldError> errors = new ArrayList<>();
    if (d.structureId() == null) {
      errors.add(new FieldError("structureId", "Choisissez la structure référente."));
    } else if (structure.isEmpty()) {
      errors.add(new FieldError("structureId", "Cette structure n'est pas dans votre annuaire."));
    } else if (!structure.get().takes(d.pathway())) {
      errors.add(
          new FieldError(
              "structureId",
              "« " + structure.get().name() + " » ne prend pas le " + d.pathway().label() + "."));
    }
    if (d.referentId() != null
        && d.structureId() != null
        && structure.isPresent()
        && referents.get().stream()
            .noneMatch(
                r -> r.id().equals(d.referentId()) && r.structureId().equals(d.structureId()))) {
      errors.add(new FieldError("referentId", "Ce référent n'appartient pas à cette structure."));
    }
    String reason = Text.blankToNull(d.reason());
    if (reason != null && reason.length() > Limits.REASON) {
      errors.add(
          new FieldError(
              "reason", "Au plus " + Limits.REASON + " caractères (ici " + reason.length() + ")."));
    }
    o.missingReason(d).ifPresent(errors::add);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
