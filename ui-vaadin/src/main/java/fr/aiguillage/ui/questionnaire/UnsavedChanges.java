package fr.aiguillage.ui.questionnaire;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before changes to the questionnaire that are not saved are thrown away. */
final class UnsavedChanges {
  private UnsavedChanges() {}

  static void confirm(Runnable discard, Runnable keep) {
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setId("questionnaire-unsaved-dialog");
    dialog.setHeader("Modifications non enregistrées");
    dialog.setText(
        "Le questionnaire a été modifié et la nouvelle version n'est pas enregistrée. Voulez-vous"
            + " abandonner ces modifications ?");
    dialog.setCancelable(true);
    dialog.setCancelText("Continuer à modifier");
    dialog.setConfirmText("Abandonner les modifications");
    dialog.setConfirmButtonTheme("error primary");
    dialog.addConfirmListener(e -> discard.run());
    dialog.addCancelListener(e -> keep.run());
    dialog.open();
  }
}
