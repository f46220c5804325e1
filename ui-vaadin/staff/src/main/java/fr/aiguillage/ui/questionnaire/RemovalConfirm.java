package fr.aiguillage.ui.questionnaire;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before a section is retired with the questions it holds. */
final class RemovalConfirm {
  private RemovalConfirm() {}

  static void section(String title, int questions, Runnable remove) {
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setId("remove-section-dialog");
    dialog.setHeader("Retirer la section « " + title + " » ?");
    dialog.setText(
        (questions == 1
                ? "Sa question sera retirée avec elle."
                : "Ses " + questions + " questions seront retirées avec elle.")
            + " Rien n'est enregistré avant « Enregistrer une nouvelle version ».");
    dialog.setCancelable(true);
    dialog.setCancelText("Garder la section");
    dialog.setConfirmText("Retirer la section");
    dialog.setConfirmButtonTheme("error primary");
    dialog.addConfirmListener(e -> remove.run());
    dialog.open();
  }
}
