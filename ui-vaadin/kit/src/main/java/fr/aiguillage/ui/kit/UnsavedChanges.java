package fr.aiguillage.ui.kit;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * The guard of a page whose changes are not saved yet: before they are lost (leaving the page,
 * showing something else), it asks whether to abandon them or go on editing.
 */
public final class UnsavedChanges {
  private final String dialogId;
  private final String what;

  /**
   * @param dialogId the question's id, for the tests
   * @param what what is not saved, as a sentence ("Les règles ont été modifiées et pas
   *     enregistrées.")
   */
  public UnsavedChanges(String dialogId, String what) {
    this.dialogId = dialogId;
    this.what = what;
  }

  /** Holds a navigation away while there are changes, until the user has answered. */
  public void guard(BeforeLeaveEvent event, boolean changed) {
    if (changed) {
      BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
      confirm(leave::proceed, () -> {});
    }
  }

  /** Asks: {@code discard} runs when the changes are given up, {@code keep} otherwise. */
  public void confirm(Runnable discard, Runnable keep) {
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setId(dialogId);
    dialog.setHeader("Modifications non enregistrées");
    dialog.setText(question());
    dialog.setCancelable(true);
    dialog.setCancelText("Continuer à modifier");
    dialog.setConfirmText("Abandonner les modifications");
    dialog.setConfirmButtonTheme("error primary");
    dialog.addConfirmListener(e -> discard.run());
    dialog.addCancelListener(e -> keep.run());
    dialog.open();
  }

  String question() {
    return what + " Voulez-vous abandonner ces modifications ?";
  }
}
