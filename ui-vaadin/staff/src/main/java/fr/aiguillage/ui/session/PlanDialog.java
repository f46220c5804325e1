package fr.aiguillage.ui.session;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fr.aiguillage.session.SessionRequests;
import fr.aiguillage.session.SessionView;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.ui.kit.FieldErrors;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.ServiceCalls;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * "Planifier une session": what, when, where, for which territory, how many, who is there; once or
 * every N weeks. The service's refusals go back onto the fields they name.
 */
class PlanDialog extends Dialog {
  static final String DEFAULT_KIND = "Information collective droits et devoirs";

  final TextField kind = new TextField("Type de session");
  final DatePicker day = new DatePicker("Date");
  final TimePicker time = new TimePicker("Heure de début");
  final IntegerField duration = new IntegerField("Durée (minutes)");
  final TextField address = new TextField("Adresse");
  final TextField room = new TextField("Salle");
  final TextField video = new TextField("Ou lien de visioconférence");
  final ComboBox<Choice> territory = new ComboBox<>("Territoire");
  final IntegerField capacity = new IntegerField("Nombre de places");
  final TextField staff = new TextField("Agents présents (noms séparés par des virgules)");
  final MultiSelectComboBox<Choice> structures = new MultiSelectComboBox<>("Structures présentes");
  final IntegerField everyWeeks = new IntegerField("Répéter toutes les … semaines");
  final IntegerField occurrences = new IntegerField("Nombre de sessions");
  private final Paragraph alert = FieldErrors.alert("plan-alert", "form-alert");
  private final Map<String, HasValidation> fields = new LinkedHashMap<>();

  PlanDialog(
      List<Choice> territories,
      List<Choice> directory,
      Function<SessionRequests.Plan, List<SessionView.Summary>> plan,
      Consumer<List<SessionView.Summary>> planned,
      Runnable refresh) {
    setHeaderTitle("Planifier une session");
    setId("plan-dialog");
    kind.setId("plan-kind");
    kind.setValue(DEFAULT_KIND);
    kind.setMaxLength(120);
    day.setId("plan-day");
    day.setLocale(java.util.Locale.FRANCE);
    day.setMin(LocalDate.now(Formats.PARIS));
    time.setId("plan-time");
    time.setLocale(java.util.Locale.FRANCE);
    time.setStep(Duration.ofMinutes(15));
    duration.setId("plan-duration");
    duration.setValue(120);
    duration.setMin(15);
    duration.setMax(480);
    duration.setStepButtonsVisible(true);
    address.setId("plan-address");
    address.setMaxLength(300);
    room.setId("plan-room");
    room.setMaxLength(100);
    video.setId("plan-video");
    video.setMaxLength(500);
    territory.setId("plan-territory");
    territory.setItems(territories);
    territory.setItemLabelGenerator(Choice::name);
    territory.setClearButtonVisible(true);
    territory.setHelperText("Vide : tout le département");
    capacity.setId("plan-capacity");
    capacity.setValue(20);
    capacity.setMin(1);
    capacity.setMax(200);
    capacity.setStepButtonsVisible(true);
    staff.setId("plan-staff");
    staff.setMaxLength(500);
    structures.setId("plan-structures");
    structures.setItems(directory);
    structures.setItemLabelGenerator(Choice::name);
    everyWeeks.setId("plan-every-weeks");
    everyWeeks.setMin(1);
    everyWeeks.setMax(52);
    everyWeeks.setHelperText("2 : une semaine sur deux");
    occurrences.setId("plan-occurrences");
    occurrences.setValue(1);
    occurrences.setMin(1);
    occurrences.setMax(12);
    fields.put("kind", kind);
    fields.put("startsAt", day);
    fields.put("durationMinutes", duration);
    fields.put("address", address);
    fields.put("room", room);
    fields.put("videoUrl", video);
    fields.put("place", address);
    fields.put("territoryId", territory);
    fields.put("capacity", capacity);
    fields.put("staff", staff);
    fields.put("structureIds", structures);
    fields.put("everyWeeks", everyWeeks);
    fields.put("occurrences", occurrences);

    FormLayout form =
        new FormLayout(
            kind,
            day,
            time,
            duration,
            address,
            room,
            video,
            territory,
            capacity,
            staff,
            structures,
            everyWeeks,
            occurrences);
    form.setColspan(kind, 2);
    form.setColspan(video, 2);
    form.setColspan(staff, 2);
    form.setColspan(structures, 2);
    add(alert, form);

    Button save =
        new Button(
            "Planifier",
            e -> {
              FieldErrors.clear(alert, fields);
              ServiceCalls.fromDialog(
                  this, () -> plan.apply(request()), this::refuse, planned, refresh);
            });
    save.setId("plan-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Annuler", e -> close());
    cancel.setId("plan-cancel");
    getFooter().add(cancel, save);
    setWidth("min(52em, 95vw)");
  }

  SessionRequests.Plan request() {
    OffsetDateTime startsAt = null;
    if (day.getValue() != null) {
      LocalTime at = time.getValue() == null ? LocalTime.of(9, 0) : time.getValue();
      startsAt = day.getValue().atTime(at).atZone(Formats.PARIS).toOffsetDateTime();
    }
    return new SessionRequests.Plan(
        blank(kind.getValue()),
        startsAt,
        duration.getValue(),
        blank(address.getValue()),
        blank(room.getValue()),
        blank(video.getValue()),
        territory.getValue() == null ? null : territory.getValue().id().toString(),
        capacity.getValue(),
        names(staff.getValue()),
        structures.getValue().stream().map(c -> c.id().toString()).toList(),
        everyWeeks.getValue(),
        occurrences.getValue());
  }

  void refuse(List<FieldError> errors) {
    FieldErrors.show(
        errors.stream().map(PlanDialog::onField).toList(),
        alert,
        fields,
        "La session n'a pas été planifiée");
  }

  /** "staff[2]" is said on the staff field, "place.videoUrl" on the video link. */
  static FieldError onField(FieldError e) {
    String f = e.field() == null ? "" : e.field().replaceFirst("\\[.*$", "");
    f = f.startsWith("place.") ? f.substring("place.".length()) : f;
    return new FieldError(f, e.message());
  }

  private static List<String> names(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
