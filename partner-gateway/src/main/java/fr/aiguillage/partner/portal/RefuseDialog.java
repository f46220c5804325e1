package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fr.aiguillage.orientation.PartnerReferrals.ReasonChoice;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.ui.kit.FieldErrors;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Refusing a referral: a reason from the list and, for "Autre", the partner's own words. The view
 * calls the service, then closes the dialog or brings the refusals back onto the fields.
 */
class RefuseDialog extends Dialog {
  static final String OTHER = "AUTRE";

  private final Select<ChoiceOption> reason = new Select<>();
  private final TextArea text = new TextArea("Précisions");
  private final Paragraph alert = FieldErrors.alert("refuse-errors", "portal-alert");
  private final Map<String, HasValidation> fields = Map.of("reason", reason, "text", text);

  RefuseDialog(BiConsumer<String, String> onConfirm) {
    setId("refuse-dialog");
    setHeaderTitle("Refuser l'orientation");
    reason.setId("refuse-reason");
    reason.setLabel("Motif");
    reason.setItemLabelGenerator(ChoiceOption::label);
    reason.setRequiredIndicatorVisible(true);
    reason.setManualValidation(true);
    reason.setPlaceholder("Choisissez un motif");
    reason.setWidthFull();
    reason.addValueChangeListener(
        e -> {
          reason.setInvalid(false);
          boolean other = e.getValue() != null && OTHER.equals(e.getValue().value());
          text.setRequiredIndicatorVisible(other);
          if (!other) {
            text.setInvalid(false);
          }
        });
    text.setId("refuse-text");
    text.setHelperText("Obligatoires pour le motif « Autre » ; le département les lira.");
    text.setManualValidation(true);
    text.setMaxLength(2000);
    text.setWidthFull();
    text.addValueChangeListener(e -> text.setInvalid(false));
    Paragraph explanation =
        new Paragraph(
            "Le département est informé de votre refus et de son motif, et oriente la personne"
                + " ailleurs.");
    add(explanation, alert, reason, text);
    Button confirm =
        new Button(
            "Confirmer le refus",
            click -> {
              ChoiceOption chosen = reason.getValue();
              if (chosen == null) {
                showErrors(List.of(new FieldError("reason", "Choisissez le motif du refus.")));
                return;
              }
              onConfirm.accept(chosen.value(), text.getValue());
            });
    confirm.setId("refuse-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    Button cancel = new Button("Annuler", click -> close());
    cancel.setId("refuse-cancel");
    getFooter().add(cancel, confirm);
    setWidth("min(40rem, 95vw)");
    addOpenedChangeListener(
        opened -> {
          if (opened.isOpened()) {
            reason.focus();
          }
        });
  }

  /** Opens the dialog with the reasons of the list, nothing chosen or written. */
  void open(List<ReasonChoice> reasons) {
    reason.setItems(reasons.stream().map(r -> new ChoiceOption(r.code(), r.label())).toList());
    reason.clear();
    text.clear();
    text.setRequiredIndicatorVisible(false);
    FieldErrors.clear(alert, fields);
    open();
  }

  void showErrors(List<FieldError> errors) {
    FieldErrors.show(errors, alert, fields, "Le refus n'a pas été enregistré");
  }
}
