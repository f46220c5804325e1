package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fr.aiguillage.appointment.Slots;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.ui.kit.FieldErrors;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Cancelling a booked appointment, with the reason. The block calls the service, then closes the
 * dialog or brings the refusal back onto the field.
 */
class CancelAppointmentDialog extends Dialog {
  private final Paragraph current = new Paragraph();
  private final TextArea reason = new TextArea("Motif de l'annulation");
  private final Paragraph alert = FieldErrors.alert("cancel-appointment-errors", "portal-alert");

  CancelAppointmentDialog(Consumer<String> onConfirm) {
    setId("cancel-appointment-dialog");
    setHeaderTitle("Annuler le rendez-vous");
    current.setId("cancel-appointment-current");
    reason.setId("cancel-appointment-reason");
    reason.setRequiredIndicatorVisible(true);
    reason.setManualValidation(true);
    reason.setMaxLength(500);
    reason.setHelperText("500 caractères au plus ; il est gardé avec le rendez-vous.");
    reason.setWidthFull();
    reason.addValueChangeListener(e -> reason.setInvalid(false));
    Paragraph explanation =
        new Paragraph(
            "Le créneau redevient libre et la personne est informée de l'annulation. Vous pourrez"
                + " fixer un autre rendez-vous.");
    explanation.addClassName("secondary");
    add(current, explanation, alert, reason);
    Button confirm =
        new Button(
            "Annuler le rendez-vous",
            click -> {
              if (reason.getValue().isBlank()) {
                showErrors(
                    List.of(new FieldError("reason", "Dites pourquoi le rendez-vous est annulé.")));
                return;
              }
              onConfirm.accept(reason.getValue());
            });
    confirm.setId("cancel-appointment-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    Button back = new Button("Ne pas annuler", click -> close());
    back.setId("cancel-appointment-back");
    getFooter().add(back, confirm);
    setWidth("min(40rem, 95vw)");
    addOpenedChangeListener(
        opened -> {
          if (opened.isOpened()) {
            reason.focus();
          }
        });
  }

  /** Opens the dialog for the appointment starting then, no reason written. */
  void open(Instant startsAt) {
    current.setText("Rendez-vous du " + Slots.when(startsAt) + ".");
    reason.clear();
    FieldErrors.clear(alert, Map.of("reason", reason));
    open();
  }

  void showErrors(List<FieldError> errors) {
    FieldErrors.show(errors, alert, Map.of("reason", reason), "Le rendez-vous n'a pas été annulé");
  }
}
