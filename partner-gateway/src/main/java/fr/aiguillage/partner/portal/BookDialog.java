package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import fr.aiguillage.appointment.SlotDetails;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.ui.kit.FieldErrors;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Booking the first appointment of an accepted referral on one of its structure's free slots. The
 * block calls the service, then closes the dialog or brings the refusal back onto the field.
 */
class BookDialog extends Dialog {
  private final FreeSlots slots = new FreeSlots("book-slot", "Créneaux libres");
  private final Paragraph alert = FieldErrors.alert("book-errors", "portal-alert");
  private final Button confirm;

  BookDialog(Consumer<UUID> onConfirm) {
    setId("book-dialog");
    setHeaderTitle("Fixer le premier rendez-vous");
    Paragraph explanation =
        new Paragraph(
            "Choisissez l'un des créneaux libres de la structure pour les quatre semaines à venir."
                + " La personne reçoit sa convocation dès que le rendez-vous est fixé.");
    add(explanation, alert, slots);
    confirm =
        new Button(
            "Confirmer le rendez-vous",
            click -> {
              SlotDetails chosen = slots.value();
              if (chosen == null) {
                showErrors(List.of(new FieldError("slotId", "Choisissez un créneau libre.")));
                return;
              }
              onConfirm.accept(chosen.id());
            });
    confirm.setId("book-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Annuler", click -> close());
    cancel.setId("book-cancel");
    getFooter().add(cancel, confirm);
    setWidth("min(44rem, 95vw)");
    addOpenedChangeListener(
        opened -> {
          if (opened.isOpened()) {
            slots.focus();
          }
        });
  }

  /** Opens the dialog with these free slots, none chosen. */
  void open(List<SlotDetails> free) {
    slots.setSlots(free);
    confirm.setEnabled(!free.isEmpty());
    FieldErrors.clear(alert, Map.of("slotId", slots.field()));
    open();
  }

  void showErrors(List<FieldError> errors) {
    FieldErrors.show(
        errors, alert, Map.of("slotId", slots.field()), "Le rendez-vous n'a pas été fixé");
  }
}
