package fr.aiguillage.ui.directory;

import fr.aiguillage.directory.ReferentDraft;
import fr.aiguillage.directory.Referents;
import fr.aiguillage.directory.Referents.ReferentLine;
import fr.aiguillage.directory.StructureSummary;
import fr.aiguillage.directory.StructureSummary.ReferentView;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.ui.kit.FieldErrors;
import fr.aiguillage.ui.kit.Notices;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens the referent dialog for a département administrator and sends what it gives to the service,
 * which checks the rights again; the view then reads the directory again.
 */
class ReferentEditor {
  /** After a save, or a refusal that may come from a stale page: what to read again and select. */
  interface Saved {
    /**
     * @param structureId the structure to show
     * @param referentId the referent to select, or {@code null}
     */
    void saved(UUID structureId, UUID referentId);
  }

  static final String NOT_SAVED = "Le référent n'a pas été enregistré";

  private final Referents referents;
  private final Map<UUID, String> territories;
  private final Saved onSaved;
  private final Runnable onClosed;

  /**
   * @param territories the département's territory names by id, kept up to date by the view
   * @param onSaved reads the directory again
   * @param onClosed gives the focus back to the page once the dialog is closed
   */
  ReferentEditor(
      Referents referents, Map<UUID, String> territories, Saved onSaved, Runnable onClosed) {
    this.referents = referents;
    this.territories = territories;
    this.onSaved = onSaved;
    this.onClosed = onClosed;
  }

  void add(StructureSummary structure) {
    open(structure, null);
  }

  void edit(StructureSummary structure, ReferentView referent) {
    Optional<ReferentLine> line;
    try {
      line = referents.list().stream().filter(r -> r.id().equals(referent.id())).findFirst();
    } catch (AccessDeniedException e) {
      Notices.error(e.getMessage());
      return;
    }
    if (line.isEmpty()) {
      Notices.error("Le référent " + referent.name() + " n'est plus dans l'annuaire.");
      onSaved.saved(structure.id(), null);
      return;
    }
    open(structure, line.get());
  }

  private void open(StructureSummary structure, ReferentLine shown) {
    ReferentDialog dialog =
        new ReferentDialog(
            structure, shown, territories, (d, draft) -> save(d, structure, shown, draft));
    dialog.addOpenedChangeListener(
        change -> {
          if (!change.isOpened()) {
            onClosed.run();
          }
        });
    dialog.open();
  }

  private void save(
      ReferentDialog dialog, StructureSummary structure, ReferentLine shown, ReferentDraft draft) {
    try {
      ReferentLine saved =
          shown == null ? referents.register(draft) : referents.update(shown.id(), draft);
      Notices.success(success(saved, shown == null, structure.name()));
      onSaved.saved(structure.id(), saved.id());
      dialog.close();
    } catch (InvalidInputException e) {
      refuse(dialog, e.errors());
    } catch (ConflictException e) {
      refuse(dialog, List.of(new FieldError(e.field(), e.getMessage())));
    } catch (AccessDeniedException | NotFoundException e) {
      Notices.error(e.getMessage());
      onSaved.saved(structure.id(), null);
      dialog.close();
    }
  }

  private static void refuse(ReferentDialog dialog, List<FieldError> errors) {
    List<String> unplaced = dialog.refuse(errors);
    Notices.error(summary(errors, unplaced));
  }

  /** "Le référent n'a pas été enregistré : 2 champs à corriger.", then what has no field. */
  static String summary(List<FieldError> errors, List<String> unplaced) {
    int fields =
        (int)
            errors.stream()
                .map(FieldError::field)
                .filter(ReferentForm.FIELDS::contains)
                .distinct()
                .count();
    return FieldErrors.summary(NOT_SAVED, fields, unplaced);
  }

  static String success(ReferentLine saved, boolean added, String structureName) {
    String who = saved.firstName() + " " + saved.lastName();
    return added
        ? who + " est ajouté(e) aux référents de « " + structureName + " »."
        : "Les informations de " + who + " sont enregistrées.";
  }
}
