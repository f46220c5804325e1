package fr.aiguillage.ui.diagnostic;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import fr.aiguillage.diagnostic.DiagnosticDetails;
import java.util.List;

/**
 * "Synthèse et suite": the synthesis (required), the next steps, the actions, the person's
 * agreement to share them, and "Terminer le diagnostic" after a confirmation.
 */
class ClosingPanel extends Section {
  /** What "Terminer" hands to the view. */
  interface Completion {
    void complete(String synthesis, String nextSteps, List<String> actions);
  }

  private final TextArea synthesis = new TextArea("Synthèse");
  private final TextArea nextSteps = new TextArea("Prochaines étapes");
  private final ActionList actions = new ActionList();
  private final Button complete = new Button("Terminer le diagnostic");
  private final SharingConsent sharing;

  ClosingPanel(Completion onComplete, SharingConsent.Agreement onShare) {
    sharing = new SharingConsent(onShare);
    setId("closing");
    H2 title = new H2("Synthèse et suite");
    title.setId("closing-title");
    getElement().setAttribute("aria-labelledby", "closing-title");
    synthesis.setId("synthesis");
    synthesis.setRequired(true);
    synthesis.setManualValidation(true);
    synthesis.setMaxLength(8000);
    synthesis.setWidthFull();
    synthesis.setMinHeight("8em");
    synthesis.setHelperText("Obligatoire pour terminer : la situation et le parcours retenu.");
    nextSteps.setId("next-steps");
    nextSteps.setMaxLength(8000);
    nextSteps.setWidthFull();
    complete.setId("complete");
    complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    complete.addClickListener(click -> confirm(onComplete));
    Div actionsBlock = new Div(new H3("Actions"), actions);
    Div sharingBlock = new Div(new H3("Partage avec la structure"), sharing);
    Div buttons = new Div(complete);
    buttons.addClassName("form-actions");
    add(title, synthesis, nextSteps, actionsBlock, sharingBlock, buttons);
  }

  void show(DiagnosticDetails d) {
    synthesis.setValue(d.synthesis() == null ? "" : d.synthesis());
    nextSteps.setValue(d.nextSteps() == null ? "" : d.nextSteps());
    actions.show(d.actions());
    sharing.show(d);
    synthesis.setInvalid(false);
  }

  void setReadOnly(boolean readOnly) {
    synthesis.setReadOnly(readOnly);
    nextSteps.setReadOnly(readOnly);
    actions.setReadOnly(readOnly);
    complete.setVisible(!readOnly);
  }

  /** The service refused the synthesis: say why on the field. */
  void refuseSynthesis(String message) {
    synthesis.setErrorMessage(message);
    synthesis.setInvalid(true);
    synthesis.focus();
  }

  private void confirm(Completion onComplete) {
    if (synthesis.getValue().isBlank()) {
      refuseSynthesis("La synthèse est obligatoire pour terminer le diagnostic.");
      return;
    }
    synthesis.setInvalid(false);
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setId("complete-dialog");
    dialog.setHeader("Terminer le diagnostic ?");
    dialog.setText(
        "Les réponses non enregistrées le seront d'abord. La proposition des critères en vigueur"
            + " sera enregistrée avec le diagnostic, qui ne pourra plus être modifié.");
    dialog.setCancelable(true);
    dialog.setCancelText("Continuer le diagnostic");
    dialog.setConfirmText("Terminer");
    dialog.addConfirmListener(
        e -> onComplete.complete(synthesis.getValue(), nextSteps.getValue(), actions.values()));
    dialog.open();
  }
}
