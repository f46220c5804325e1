package fr.aiguillage.ui.criteria;

import fr.aiguillage.criteria.CriteriaVersionDetails;
import java.util.Optional;

/**
 * What the page lets the caller do with the version shown. Only an administrator edits, and only a
 * draft (or a copy about to become one); a published version is never changed in place. The
 * services check the role again.
 *
 * @param copying the rules of a non-draft version were copied into the editor, not saved yet
 * @param dirty the editor holds changes that are not saved
 * @param existingDraft the draft already stored, which saving a copy replaces
 */
record EditorState(
    boolean admin,
    CriteriaVersionDetails shown,
    boolean copying,
    boolean dirty,
    Optional<CriteriaVersionDetails> existingDraft) {

  boolean editable() {
    return admin && (VersionLabels.isDraft(shown) || copying);
  }

  boolean canCopy() {
    return admin && !VersionLabels.isDraft(shown) && !copying;
  }

  boolean canSave() {
    return editable();
  }

  /** "Publier" is shown for a stored draft, and pressable once its changes are saved. */
  boolean publishVisible() {
    return admin && VersionLabels.isDraft(shown) && !copying;
  }

  boolean canPublish() {
    return publishVisible() && !dirty;
  }

  String status() {
    if (!admin) {
      return "Lecture seule : seul un administrateur du département modifie les critères. Le banc"
          + " d'essai est ouvert à tous.";
    }
    if (copying) {
      String replaced =
          existingDraft
              .map(
                  d ->
                      " L'enregistrer remplacera le brouillon existant (version "
                          + d.version()
                          + ").")
              .orElse("");
      return "Nouveau brouillon à partir "
          + VersionLabels.ofName(shown)
          + ", pas encore enregistré."
          + replaced;
    }
    if (VersionLabels.isDraft(shown)) {
      return dirty
          ? "Modifications non enregistrées : enregistrez le brouillon avant de le publier."
          : "Brouillon enregistré : vous pouvez le modifier, le tester ou le publier.";
    }
    return "Une version publiée ne se modifie pas : créez un brouillon à partir d'elle pour la"
        + " faire évoluer.";
  }
}
