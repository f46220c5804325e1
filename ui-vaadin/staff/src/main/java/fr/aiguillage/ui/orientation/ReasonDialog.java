package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;

/**
 * Asks for the reason of a step (exit from the RSA, back to the diagnostic, a cancelled
 * appointment).
 */
class ReasonDialog extends StepDialog {
  private final TextArea reason = new TextArea();
  private final BiConsumer<ReasonDialog, String> onConfirm;

  /** Ids are {@code prefix}-dialog, -reason, -confirm and -cancel. */
  ReasonDialog(
      String prefix,
      String title,
      String explanation,
      String label,
      String confirmText,
      BiConsumer<ReasonDialog, String> onConfirm) {
    super(prefix, title, explanation, confirmText);
    this.onConfirm = onConfirm;
    reason.setId(prefix + "-reason");
    reason.setLabel(label);
    reason.setRequiredIndicatorVisible(true);
    reason.setManualValidation(true);
    reason.setMaxLength(2000);
    reason.setWidthFull();
    add(reason);
  }

  @Override
  public void refuse(String message) {
    reason.setErrorMessage(message);
    reason.setInvalid(true);
    reason.focus();
  }

  @Override
  void confirm() {
    if (reason.getValue().isBlank()) {
      refuse("Indiquez le motif.");
      return;
    }
    reason.setInvalid(false);
    onConfirm.accept(this, reason.getValue().strip());
  }

  @Override
  void focusField() {
    reason.focus();
  }
}
