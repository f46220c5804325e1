package fr.aiguillage.ui.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.aiguillage.settings.TenantSettings.Settings;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.ui.kit.FieldErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The département's delays and coordination address as its administrator types them. It knows no
 * service: it shows settings, reads them back, and puts the service's refusals on the fields.
 */
class SettingsForm extends FormLayout {
  static final String TARGET = "orientationTargetDays";
  static final String ANSWER = "referralAnswerDays";
  static final String REMINDER = "referralReminderDays";
  static final String EMAIL = "coordinationEmail";
  static final String CONTRACT = "contractTargetDays";

  /** The settings' fields this form shows; a refusal on another one is said otherwise. */
  static final Set<String> FIELDS = Set.of(TARGET, ANSWER, REMINDER, EMAIL, CONTRACT);

  static final String TARGET_MISSING = "Saisissez un nombre de jours de 1 à 365.";
  static final String ANSWER_MISSING = "Saisissez un nombre de jours de 1 à 90.";
  static final String REMINDER_MISSING = "Saisissez un nombre de jours de 0 à 89.";

  private final IntegerField target = new IntegerField("Délai cible d'orientation");
  private final IntegerField answer = new IntegerField("Délai de réponse des structures");
  private final IntegerField reminder = new IntegerField("Relance avant l'échéance");
  private final EmailField email = new EmailField("Adresse de la coordination");
  private final IntegerField contract = new IntegerField("Délai cible du contrat");
  private final Map<String, HasValidation> byField = new LinkedHashMap<>();

  SettingsForm() {
    setId("settings-form");
    target.setId("settings-target");
    answer.setId("settings-answer");
    reminder.setId("settings-reminder");
    email.setId("settings-coordination-email");
    contract.setId("settings-contract-target");
    days(
        target,
        1,
        365,
        "Depuis l'entrée dans les droits et devoirs (à défaut, la demande de RSA). 42 jours ="
            + " 6 semaines, le délai légal.");
    days(answer, 1, 90, "Au-delà, l'orientation adressée expire et revient à la coordination.");
    days(reminder, 0, 89, "Nombre de jours avant l'échéance où la structure est relancée.");
    days(
        contract,
        1,
        30,
        "Depuis la notification de l'orientation. Laisser vide : le mois légal (décret"
            + " 2024-1244).");
    contract.setRequiredIndicatorVisible(false);
    email.setHelperText(
        "Reçoit un courriel quand une structure n'a pas répondu à temps. Laisser vide : le suivi"
            + " des délais seul.");
    email.setMaxLength(254);
    email.setClearButtonVisible(true);
    email.setAutocomplete(Autocomplete.EMAIL);
    email.setManualValidation(true);
    byField.put(TARGET, target);
    byField.put(ANSWER, answer);
    byField.put(REMINDER, reminder);
    byField.put(EMAIL, email);
    byField.put(CONTRACT, contract);
    add(target, answer, reminder, email, contract);
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    setMaxWidth("60em");
  }

  private static void days(IntegerField field, int min, int max, String helper) {
    field.setMin(min);
    field.setMax(max);
    field.setStepButtonsVisible(true);
    field.setRequiredIndicatorVisible(true);
    // The service's French messages are the ones shown; the field does not add its own.
    field.setManualValidation(true);
    field.setHelperText(helper);
    Span unit = new Span("jours");
    field.setSuffixComponent(unit);
  }

  void fill(Settings shown) {
    target.setValue(shown.orientationTargetDays());
    answer.setValue(shown.referralAnswerDays());
    reminder.setValue(shown.referralReminderDays());
    email.setValue(shown.coordinationEmail() == null ? "" : shown.coordinationEmail());
    contract.setValue(shown.contractTargetDays());
    clearErrors();
  }

  /** Administrators only change the settings; the others read them. */
  void setEditable(boolean editable) {
    for (IntegerField days : List.of(target, answer, reminder)) {
      days.setReadOnly(!editable);
      days.setRequiredIndicatorVisible(editable);
      days.setStepButtonsVisible(editable);
    }
    contract.setReadOnly(!editable);
    contract.setStepButtonsVisible(editable);
    email.setReadOnly(!editable);
    email.setClearButtonVisible(editable);
  }

  /**
   * The typed settings, or empty when a number of days is missing or unreadable (the service takes
   * whole numbers only); then the fields concerned say so.
   */
  Optional<Settings> read() {
    clearErrors();
    List<FieldError> missing = new ArrayList<>();
    if (target.getValue() == null) {
      missing.add(new FieldError(TARGET, TARGET_MISSING));
    }
    if (answer.getValue() == null) {
      missing.add(new FieldError(ANSWER, ANSWER_MISSING));
    }
    if (reminder.getValue() == null) {
      missing.add(new FieldError(REMINDER, REMINDER_MISSING));
    }
    if (!missing.isEmpty()) {
      showErrors(missing);
      return Optional.empty();
    }
    String typed = email.getValue().strip();
    return Optional.of(
        new Settings(
            target.getValue(),
            answer.getValue(),
            reminder.getValue(),
            typed.isEmpty() ? null : typed,
            contract.getValue()));
  }

  /**
   * Puts each refusal on its field, focuses the first one, and returns the messages that have no
   * field here, for the caller to show otherwise.
   */
  List<String> showErrors(List<FieldError> errors) {
    clearErrors();
    return FieldErrors.place(errors, byField::get);
  }

  private void clearErrors() {
    FieldErrors.clear(byField.values());
  }
}
