package fr.aiguillage.ui.shared;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.util.List;
import java.util.Locale;

/** Date pickers in French: month names, weeks starting on Monday, typed as jj/mm/aaaa. */
public final class FrenchDates {
  private FrenchDates() {}

  public static DatePicker picker(String label) {
    DatePicker picker = new DatePicker(label);
    picker.setLocale(Locale.FRANCE);
    picker.setI18n(i18n());
    picker.setPlaceholder("jj/mm/aaaa");
    picker.setHelperText("Format jj/mm/aaaa");
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
