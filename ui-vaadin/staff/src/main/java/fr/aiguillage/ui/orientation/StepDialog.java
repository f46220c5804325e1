package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks one thing before a step; the panel calls the service, then closes the dialog or brings the
 * refusal back onto its field. Ids are {@code prefix}-dialog, -confirm and -cancel.
 */
abstract class StepDialog extends Dialog implements OrientationPresenter.Asking {
  private final Button confirmButton;

  StepDialog(String prefix, String title, String explanation, String confirmText) {
    setId(prefix + "-dialog");
    setHeaderTitle(title);
    add(new Paragraph(explanation));
    confirmButton = new Button(confirmText, click -> confirm());
    confirmButton.setId(prefix + "-confirm");
    confirmButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Annuler", click -> close());
    cancel.setId(prefix + "-cancel");
    getFooter().add(cancel, confirmButton);
    setWidth("min(40rem, 95vw)");
    addOpenedChangeListener(
        opened -> {
          if (opened.isOpened()) {
            focusField();
          }
        });
  }

  /** Nothing to confirm: the dialog only says why, and is closed with "Annuler". */
  void withoutConfirm() {
    confirmButton.setVisible(false);
  }

  /** The service refused: say why on the field. */
  public abstract void refuse(String message);

  /** Checks the answer, then hands it to the panel. */
  abstract void confirm();

  /** Puts the keyboard on the field when the dialog opens. */
  abstract void focusField();
}
