package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fr.aiguillage.appointment.Modality;
import fr.aiguillage.appointment.SlotInput;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.ui.kit.FieldErrors;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.FrenchDates;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Publishing slots for one of the organisation's structures: one, or one on each chosen weekday
 * until a last day. The view calls the service, then closes the dialog or brings the refusals back
 * onto the fields.
 */
class PublishDialog extends Dialog {
  static final int DEFAULT_MINUTES = 45;

  private final StructureSelect structure =
      new StructureSelect("publish-structure", "Structure", false);
  private final DatePicker day = FrenchDates.checkedByForm("Jour");
  private final TimePicker start = FrenchDates.time("Heure de début");
  private final IntegerField duration = new IntegerField("Durée (minutes)");
  private final Select<Modality> modality = new Select<>();
  private final TextField location = new TextField("Adresse ou lien");
  private final CheckboxGroup<DayOfWeek> repeat = new CheckboxGroup<>();
  private final DatePicker until = FrenchDates.checkedByForm("Jusqu'au");
  private final Paragraph alert = FieldErrors.alert("publish-errors", "portal-alert");
  private final Map<String, HasValidation> fields;

  PublishDialog(Consumer<SlotInput> onConfirm) {
    setId("publish-dialog");
    setHeaderTitle("Publier des créneaux");
    fields =
        Map.of(
            "structureId", structure,
            "date", day,
            "start", start,
            "durationMinutes", duration,
            "modality", modality,
            "location", location,
            "repeatOn", repeat,
            "repeatUntil", until);
    day.setId("publish-day");
    day.setRequiredIndicatorVisible(true);
    day.addValueChangeListener(e -> until.setMin(e.getValue()));
    start.setId("publish-start");
    start.setRequiredIndicatorVisible(true);
    duration.setId("publish-duration");
    duration.setMin(10);
    duration.setMax(480);
    duration.setStep(5);
    duration.setStepButtonsVisible(true);
    duration.setRequiredIndicatorVisible(true);
    duration.setManualValidation(true);
    duration.addValueChangeListener(e -> duration.setInvalid(false));
    modality.setId("publish-modality");
    modality.setLabel("Modalité");
    modality.setItems(Modality.values());
    modality.setItemLabelGenerator(Modality::label);
    modality.setRequiredIndicatorVisible(true);
    modality.setManualValidation(true);
    modality.addValueChangeListener(
        e -> {
          modality.setInvalid(false);
          location.setRequiredIndicatorVisible(e.getValue() == Modality.PHYSIQUE);
        });
    location.setId("publish-location");
    location.setHelperText("Adresse pour un rendez-vous sur place, lien pour une visioconférence");
    location.setMaxLength(300);
    location.setManualValidation(true);
    location.addValueChangeListener(e -> location.setInvalid(false));
    repeat.setId("publish-repeat");
    repeat.setLabel("Répéter chaque semaine le");
    repeat.setItems(DayOfWeek.values());
    repeat.setItemLabelGenerator(Formats::weekday);
    repeat.setHelperText(
        "Laissez vide pour un seul créneau. Sinon, un créneau chacun de ces jours, du « Jour »"
            + " au « Jusqu'au » inclus.");
    repeat.setManualValidation(true);
    repeat.addValueChangeListener(
        e -> {
          repeat.setInvalid(false);
          boolean repeated = !e.getValue().isEmpty();
          until.setEnabled(repeated);
          until.setRequiredIndicatorVisible(repeated);
        });
    until.setId("publish-until");
    until.setHelperText("26 semaines au plus après le premier jour");
    FormLayout form = new FormLayout(structure, day, start, duration, modality, location);
    form.setColspan(structure, 2);
    form.setColspan(location, 2);
    form.add(repeat, 2);
    form.add(until);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    Paragraph explanation =
        new Paragraph(
            "Les créneaux sont à l'heure de Paris. Un créneau identique déjà publié n'est pas"
                + " doublé.");
    explanation.addClassName("secondary");
    add(explanation, alert, form);
    Button confirm =
        new Button(
            "Publier",
            click -> {
              List<FieldError> missing = missing();
              if (!missing.isEmpty()) {
                showErrors(missing);
                return;
              }
              onConfirm.accept(input());
            });
    confirm.setId("publish-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Annuler", click -> close());
    cancel.setId("publish-cancel");
    getFooter().add(cancel, confirm);
    setWidth("min(48rem, 95vw)");
    addOpenedChangeListener(
        opened -> {
          if (opened.isOpened()) {
            structure.focus();
          }
        });
  }

  /**
   * Opens the dialog with the organisation's structures (that one chosen, or the only one), on that
   * day, with the usual duration, on site, once.
   */
  void open(List<StructureOption> structures, UUID chosen, LocalDate firstDay, LocalDate today) {
    structure.setItems(structures);
    structure.choose(chosen == null && structures.size() == 1 ? structures.get(0).id() : chosen);
    day.setMin(today);
    day.setValue(firstDay);
    start.clear();
    duration.setValue(DEFAULT_MINUTES);
    modality.setValue(Modality.PHYSIQUE);
    location.clear();
    repeat.clear();
    until.clear();
    until.setEnabled(false);
    FieldErrors.clear(alert, fields);
    open();
  }

  void showErrors(List<FieldError> errors) {
    FieldErrors.show(errors, alert, fields, "Les créneaux n'ont pas été publiés");
  }

  /** What must be filled in before the service is asked; it checks the rest. */
  private List<FieldError> missing() {
    List<FieldError> missing = new ArrayList<>();
    if (structure.getValue() == null) {
      missing.add(new FieldError("structureId", "Choisissez la structure."));
    }
    if (day.getValue() == null) {
      missing.add(new FieldError("date", "Indiquez le jour (jj/mm/aaaa)."));
    }
    if (start.getValue() == null) {
      missing.add(new FieldError("start", "Indiquez l'heure de début (hh:mm)."));
    }
    if (duration.getValue() == null) {
      missing.add(new FieldError("durationMinutes", "Indiquez la durée en minutes."));
    }
    if (modality.getValue() == null) {
      missing.add(new FieldError("modality", "Choisissez la modalité."));
    }
    return missing;
  }

  private SlotInput input() {
    List<DayOfWeek> days = repeat.getValue().stream().sorted().toList();
    return new SlotInput(
        structure.structureId(),
        null,
        day.getValue(),
        start.getValue(),
        duration.getValue(),
        modality.getValue().name(),
        location.getValue(),
        days,
        days.isEmpty() ? null : until.getValue());
  }
}
