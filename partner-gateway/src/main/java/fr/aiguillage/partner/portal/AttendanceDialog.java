package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import fr.aiguillage.appointment.AppointmentDetails;
import fr.aiguillage.appointment.Appointments;
import fr.aiguillage.appointment.Slots;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.ui.kit.FieldErrors;
import fr.aiguillage.ui.kit.Notices;
import fr.aiguillage.ui.kit.ServiceCalls;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Recording whether the person came to an appointment that has begun, from the referral's page or
 * from the calendar; the first appointment held starts the accompaniment.
 */
class AttendanceDialog extends Dialog {
  static final String SEEN = "SEEN";
  static final Map<String, String> OUTCOMES = outcomes();

  private final Appointments appointments;
  private final Runnable onRecorded;
  private final RadioButtonGroup<String> outcome = new RadioButtonGroup<>();
  private final Paragraph about = new Paragraph();
  private final Paragraph alert = FieldErrors.alert("attendance-errors", "portal-alert");
  private UUID appointmentId;

  AttendanceDialog(Appointments appointments, Runnable onRecorded) {
    this.appointments = appointments;
    this.onRecorded = onRecorded;
    setId("attendance-dialog");
    setHeaderTitle("Noter la présence");
    about.setId("attendance-about");
    outcome.setId("attendance-outcome");
    outcome.setLabel("La personne est-elle venue ?");
    outcome.setItems(OUTCOMES.keySet());
    outcome.setItemLabelGenerator(OUTCOMES::get);
    outcome.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    outcome.setRequiredIndicatorVisible(true);
    outcome.setManualValidation(true);
    outcome.addValueChangeListener(e -> outcome.setInvalid(false));
    Paragraph explanation =
        new Paragraph(
            "Si la personne est venue, son accompagnement commence. Absente, l'orientation reste"
                + " acceptée : fixez un autre rendez-vous.");
    explanation.addClassName("secondary");
    add(about, explanation, alert, outcome);
    Button confirm = new Button("Enregistrer", click -> record());
    confirm.setId("attendance-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Annuler", click -> close());
    cancel.setId("attendance-cancel");
    getFooter().add(cancel, confirm);
    setWidth("min(40rem, 95vw)");
    addOpenedChangeListener(
        opened -> {
          if (opened.isOpened()) {
            RadioFocus.on(outcome);
          }
        });
  }

  /** Opens the dialog for one appointment, nothing chosen. */
  void open(UUID appointmentId, String personName, Instant startsAt) {
    this.appointmentId = appointmentId;
    String who = personName == null || personName.isBlank() ? "la personne" : personName;
    about.setText("Rendez-vous de " + who + " le " + Slots.when(startsAt) + ".");
    outcome.clear();
    FieldErrors.clear(alert, Map.of("outcome", outcome));
    open();
  }

  /** "Présence enregistrée : Venu(e). L'accompagnement commence." */
  static String notice(AppointmentDetails a) {
    return "Présence enregistrée : "
        + a.statusLabel()
        + "."
        + (SEEN.equals(a.status()) ? " L'accompagnement commence." : "");
  }

  private void record() {
    String chosen = outcome.getValue();
    if (chosen == null) {
      showErrors(List.of(new FieldError("outcome", "Indiquez si la personne est venue.")));
      return;
    }
    ServiceCalls.fromDialog(
        this,
        () -> appointments.attendance(appointmentId, chosen),
        this::showErrors,
        recorded -> {
          Notices.success(notice(recorded));
          onRecorded.run();
        },
        onRecorded);
  }

  private void showErrors(List<FieldError> errors) {
    FieldErrors.show(
        errors, alert, Map.of("outcome", outcome), "La présence n'a pas été enregistrée");
  }

  private static Map<String, String> outcomes() {
    Map<String, String> outcomes = new LinkedHashMap<>();
    outcomes.put(SEEN, "Venue au rendez-vous");
    outcomes.put("EXCUSED", "Absente, excusée");
    outcomes.put("NO_SHOW", "Absente sans prévenir");
    return Collections.unmodifiableMap(outcomes);
  }
}
