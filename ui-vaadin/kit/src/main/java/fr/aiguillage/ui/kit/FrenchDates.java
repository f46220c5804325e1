package fr.aiguillage.ui.kit;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Date and time pickers in French: month and day names, weeks from Monday, typed as jj/mm/aaaa and
 * hh:mm.
 */
public final class FrenchDates {
  static final String DATE_PLACEHOLDER = "jj/mm/aaaa";

  private FrenchDates() {}

  /** A date picker that checks what is typed itself, with the expected format under it. */
  public static DatePicker picker(String label) {
    DatePicker picker = french(label);
    picker.setHelperText("Format jj/mm/aaaa");
    return picker;
  }

  /**
   * A date picker whose form says what is wrong (after a service's refusal); typing again clears
   * the mark.
   */
  public static DatePicker checkedByForm(String label) {
    DatePicker picker = french(label);
    picker.setManualValidation(true);
    picker.addValueChangeListener(e -> picker.setInvalid(false));
    return picker;
  }

  /**
   * A time picker in 24-hour French time, a quarter of an hour at a time, checked by its form as
   * {@link #checkedByForm} is.
   */
  public static TimePicker time(String label) {
    TimePicker picker = new TimePicker(label);
    picker.setLocale(Locale.FRANCE);
    picker.setStep(Duration.ofMinutes(15));
    picker.setPlaceholder("hh:mm");
    picker.setManualValidation(true);
    picker.addValueChangeListener(e -> picker.setInvalid(false));
    return picker;
  }

  private static DatePicker french(String label) {
    DatePicker picker = new DatePicker(label);
    picker.setLocale(Locale.FRANCE);
    picker.setI18n(i18n());
    picker.setPlaceholder(DATE_PLACEHOLDER);
    return picker;
  }

  static DatePickerI18n i18n() {
    return new DatePickerI18n()
        .setMonthNames(
            List.of(
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre"))
        .setWeekdays(
            List.of("dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"))
        .setWeekdaysShort(List.of("dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."))
        .setFirstDayOfWeek(1)
        .setToday("Aujourd'hui")
        .setCancel("Annuler")
        .setDateFormats("dd/MM/yyyy", "d/M/yyyy", "ddMMyyyy")
        .setBadInputErrorMessage("Date invalide : saisissez-la au format jj/mm/aaaa.");
  }
}
