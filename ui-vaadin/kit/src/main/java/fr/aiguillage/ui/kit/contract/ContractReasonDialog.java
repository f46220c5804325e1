package fr.aiguillage.ui.kit.contract;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fr.aiguillage.shared.Limits;
import java.util.function.BiConsumer;

/**
 * Asks the reason of a step that needs one (cancel, end early, back to draft) before it is taken; a
 * refusal on the reason comes back onto its field. Ids are {@code prefix}-dialog, -reason, -confirm
 * and -close.
 */
class ContractReasonDialog extends Dialog {
  private final TextArea reason = new TextArea();

  ContractReasonDialog(
      String prefix,
      String title,
      String explanation,
      String confirmText,
      boolean required,
      BiConsumer<ContractReasonDialog, String> onConfirm) {
    setId(prefix + "-dialog");
    setHeaderTitle(title);
    Paragraph help = new Paragraph(explanation);
    reason.setId(prefix + "-reason");
    reason.setLabel(required ? "Motif" : "Motif (facultatif)");
    reason.setRequiredIndicatorVisible(required);
    reason.setManualValidation(true);
    reason.setMaxLength(Limits.REASON);
    reason.setWidth("min(32em, 80vw)");
    add(help, reason);
    Button confirm =
        new Button(
            confirmText,
            e -> {
              if (required && reason.getValue().isBlank()) {
                refuse("Indiquez le motif.");
                return;
              }
              reason.setInvalid(false);
              onConfirm.accept(this, reason.getValue().strip());
            });
    confirm.setId(prefix + "-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button close = new Button("Fermer sans rien changer", e -> close());
    close.setId(prefix + "-close");
    getFooter().add(close, confirm);
  }

  void refuse(String message) {
    reason.setErrorMessage(message);
    reason.setInvalid(true);
    reason.focus();
  }

  void ask() {
    reason.clear();
    reason.setInvalid(false);
    open();
  }
}
