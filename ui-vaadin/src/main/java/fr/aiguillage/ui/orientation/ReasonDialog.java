package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;

/**
 * Asks for the reason of a step (exit from the RSA, back to the diagnostic); the panel calls the
 * service, then closes the dialog or brings the refusal back onto the field.
 */
class ReasonDialog extends Dialog {
  private final TextArea reason = new TextArea();

  /** Ids are {@code prefix}-dialog, -reason, -confirm and -cancel. */
  ReasonDialog(
      String prefix,
      String title,
      String explanation,
      String label,
      String confirmText,
      BiConsumer<ReasonDialog, String> onConfirm) {
    setId(prefix + "-dialog");
    setHeaderTitle(title);
    reason.setId(prefix + "-reason");
    reason.setLabel(label);
    reason.setRequiredIndicatorVisible(true);
    reason.setManualValidation(true);
    reason.setMaxLength(2000);
    reason.setWidthFull();
    add(new Paragraph(explanation), reason);
    Button confirm = new Button(confirmText, click -> confirm(onConfirm));
    confirm.setId(prefix + "-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Annuler", click -> close());
    cancel.setId(prefix + "-cancel");
    getFooter().add(cancel, confirm);
    setWidth("min(40rem, 95vw)");
    addOpenedChangeListener(
        opened -> {
          if (opened.isOpened()) {
            reason.focus();
          }
        });
  }

  /** The service refused: say why on the field. */
  void refuse(String message) {
    reason.setErrorMessage(message);
    reason.setInvalid(true);
    reason.focus();
  }

  private void confirm(BiConsumer<ReasonDialog, String> onConfirm) {
    if (reason.getValue().isBlank()) {
      refuse("Indiquez le motif.");
      return;
    }
    reason.setInvalid(false);
    onConfirm.accept(this, reason.getValue().strip());
  }
}
