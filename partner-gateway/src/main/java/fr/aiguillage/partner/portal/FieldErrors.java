package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import fr.aiguillage.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts a service's refusals on the fields they name; what names no field of the form goes into the
 * form's alert paragraph, with a summary, and the first field in error takes the focus.
 */
final class FieldErrors {
  private FieldErrors() {}

  static void clear(Paragraph alert, Map<String, ? extends HasValidation> fields) {
    fields.values().forEach(f -> f.setInvalid(false));
    alert.setText("");
    alert.setVisible(false);
  }

  static void show(
      List<FieldError> errors,
      Paragraph alert,
      Map<String, ? extends HasValidation> fields,
      String notDone) {
    clear(alert, fields);
    List<String> unplaced = new ArrayList<>();
    HasValidation first = null;
    for (FieldError e : errors) {
      HasValidation field = fields.get(e.field());
      if (field == null) {
        unplaced.add(e.message());
        continue;
      }
      field.setErrorMessage(e.message());
      field.setInvalid(true);
      if (first == null) {
        first = field;
      }
    }
    StringBuilder text = new StringBuilder(notDone);
    long placed = errors.size() - unplaced.size();
    text.append(
        placed == 0
            ? "."
            : placed == 1 ? " : 1 champ à corriger." : " : " + placed + " champs à corriger.");
    unplaced.forEach(m -> text.append(' ').append(m));
    alert.setText(text.toString());
    alert.setVisible(true);
    if (first instanceof Focusable<?> focusable) {
      focusable.focus();
    }
  }

  /** The paragraph a dialog keeps for its refusals: an alert, hidden while empty. */
  static Paragraph alert(String id) {
    Paragraph alert = new Paragraph();
    alert.setId(id);
    alert.addClassName("portal-alert");
    alert.getElement().setAttribute("role", "alert");
    alert.setVisible(false);
    return alert;
  }
}
