package fr.aiguillage.ui.kit;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import fr.aiguillage.shared.FieldError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Puts a service's refusals on the fields they name (several on one field are all said) and the
 * focus on the first; what names no field of the form is handed back, or said in the form's alert
 * paragraph after a summary ("… : 2 champs à corriger.").
 */
public final class FieldErrors {
  private FieldErrors() {}

  /** Clears the marks of these fields. */
  public static void clear(Collection<? extends HasValidation> fields) {
    fields.forEach(f -> f.setInvalid(false));
  }

  /**
   * Marks the field each refusal names ({@code fieldNamed} answers null where the form has none
   * showing) and focuses the first; returns the messages that no field took.
   */
  public static List<String> place(
      List<FieldError> errors, Function<String, ? extends HasValidation> fieldNamed) {
    return place(errors, fieldNamed, (error, field) -> error.message());
  }

  /** As {@link #place(List, Function)}, with the words said on a field chosen by the form. */
  public static List<String> place(
      List<FieldError> errors,
      Function<String, ? extends HasValidation> fieldNamed,
      BiFunction<FieldError, HasValidation, String> wording) {
    List<String> unplaced = new ArrayList<>();
    HasValidation first = null;
    for (FieldError error : errors) {
      HasValidation field = fieldNamed.apply(error.field());
      if (field == null) {
        unplaced.add(error.message());
        continue;
      }
      String before = field.isInvalid() ? field.getErrorMessage() + " " : "";
      field.setErrorMessage(before + wording.apply(error, field));
      field.setInvalid(true);
      first = first == null ? field : first;
    }
    if (first instanceof Focusable<?> focusable) {
      focusable.focus();
    }
    return unplaced;
  }

  /**
   * "La décision n'a pas été enregistrée : 2 champs à corriger. Autre message." — what was not
   * done, how many fields to correct, then the messages that no field took.
   */
  public static String summary(String notDone, int placed, List<String> unplaced) {
    return summary(notDone, placed, unplaced, "champ");
  }

  /** As {@link #summary(String, int, List)}, counting something else than fields ("réponse"). */
  public static String summary(String notDone, int placed, List<String> unplaced, String what) {
    StringBuilder text = new StringBuilder(notDone);
    text.append(
        placed == 0
            ? "."
            : placed == 1
                ? " : 1 " + what + " à corriger."
                : " : " + placed + " " + what + "s à corriger.");
    unplaced.forEach(m -> text.append(' ').append(m));
    return text.toString();
  }

  /** Empties and hides a form's alert paragraph, and clears its fields' marks. */
  public static void clear(Paragraph alert, Map<String, ? extends HasValidation> fields) {
    clear(fields.values());
    alert.setText("");
    alert.setVisible(false);
  }

  /** Marks the fields, then says in the alert paragraph what was not done and why. */
  public static void show(
      List<FieldError> errors,
      Paragraph alert,
      Map<String, ? extends HasValidation> fields,
      String notDone) {
    clear(alert, fields);
    List<String> unplaced = place(errors, fields::get);
    alert.setText(summary(notDone, errors.size() - unplaced.size(), unplaced));
    alert.setVisible(true);
  }

  /** The paragraph a form or dialog keeps for its refusals: an alert, hidden while empty. */
  public static Paragraph alert(String id, String className) {
    Paragraph alert = new Paragraph();
    alert.setId(id);
    alert.addClassName(className);
    alert.getElement().setAttribute("role", "alert");
    alert.setVisible(false);
    return alert;
  }
}
