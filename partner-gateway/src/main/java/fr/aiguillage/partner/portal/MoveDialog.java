package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fr.aiguillage.appointment.SlotDetails;
import fr.aiguillage.appointment.Slots;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.ui.kit.FieldErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Moving a booked appointment to another free slot of the same structure, with the reason. The
 * block calls the service, then closes the dialog or brings the refusals back onto the fields.
 */
class MoveDialog extends Dialog {
  private final Paragraph current = new Paragraph();
  private final FreeSlots slots = new FreeSlots("move-slot", "Nouveau créneau");
  private final TextArea reason = new TextArea("Motif du déplacement");
  private final Paragraph alert = FieldErrors.alert("move-errors", "portal-alert");
  private final Map<String, HasValidation> fields;
  private final Button confirm;

  MoveDialog(BiConsumer<UUID, String> onConfirm) {
    setId("move-dialog");
    setHeaderTitle("Déplacer le rendez-vous");
    fields = Map.of("slotId", slots.field(), "reason", reason);
    current.setId("move-current");
    reason.setId("move-reason");
    reason.setRequiredIndicatorVisible(true);
    reason.setManualValidation(true);
    reason.setMaxLength(500);
    reason.setHelperText("500 caractères au plus ; il est gardé avec le rendez-vous.");
    reason.setWidthFull();
    reason.addValueChangeListener(e -> reason.setInvalid(false));
    Paragraph explanation =
        new Paragraph("L'ancien créneau redevient libre ; la personne est informée du nouveau.");
    explanation.addClassName("secondary");
    add(current, explanation, alert, slots, reason);
    confirm =
        new Button(
            "Déplacer le rendez-vous",
            click -> {
              SlotDetails chosen = slots.value();
              List<FieldError> missing = new ArrayList<>();
              if (chosen == null) {
                missing.add(new FieldError("slotId", "Choisissez le nouveau créneau."));
              }
              if (reason.getValue().isBlank()) {
                missing.add(new FieldError("reason", "Dites pourquoi le rendez-vous est déplacé."));
              }
              if (!missing.isEmpty()) {
                showErrors(missing);
                return;
              }
              onConfirm.accept(chosen.id(), reason.getValue());
            });
    confirm.setId("move-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Annuler", click -> close());
    cancel.setId("move-cancel");
    getFooter().add(cancel, confirm);
    setWidth("min(44rem, 95vw)");
    addOpenedChangeListener(
        opened -> {
          if (opened.isOpened()) {
            slots.focus();
          }
        });
  }

  /** Opens the dialog for the appointment starting then, with these free slots, nothing chosen. */
  void open(Instant startsAt, List<SlotDetails> free) {
    current.setText("Rendez-vous actuel : " + Slots.when(startsAt) + ".");
    slots.setSlots(free);
    reason.clear();
    confirm.setEnabled(!free.isEmpty());
    FieldErrors.clear(alert, fields);
    open();
  }

  void showErrors(List<FieldError> errors) {
    FieldErrors.show(errors, alert, fields, "Le rendez-vous n'a pas été déplacé");
  }
}
