package fr.aiguillage.ui.criteria;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before changes to the rules that are not saved are thrown away. */
final class UnsavedChanges {
  private UnsavedChanges() {}

  static void confirm(Runnable discard, Runnable keep) {
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setId("unsaved-dialog");
    dialog.setHeader("Modifications non enregistrées");
    dialog.setText(
        "Les règles ont été modifiées et pas enregistrées. Voulez-vous abandonner ces"
            + " modifications ?");
    dialog.setCancelable(true);
    dialog.setCancelText("Continuer à modifier");
    dialog.setConfirmText("Abandonner les modifications");
    dialog.setConfirmButtonTheme("error primary");
    dialog.addConfirmListener(e -> discard.run());
    dialog.addCancelListener(e -> keep.run());
    dialog.open();
  }
}
