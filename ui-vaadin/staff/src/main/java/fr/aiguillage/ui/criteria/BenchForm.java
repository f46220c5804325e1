package fr.aiguillage.ui.criteria;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.aiguillage.questionnaire.AnswerType;
import fr.aiguillage.questionnaire.Question;
import fr.aiguillage.questionnaire.Questionnaire;
import fr.aiguillage.questionnaire.Section;
import fr.aiguillage.shared.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of an imaginary person, one field per question the criteria can read (free-text
 * questions are left out), grouped by the questionnaire's sections. Ids: {@code bench-<code>} and
 * {@code bench-age}.
 */
class BenchForm extends Div {
  static final String NO_ANSWER = "Sans réponse";
  static final String AGE_ID = "bench-age";

  private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
  final IntegerField age = new IntegerField("Âge");

  BenchForm() {
    addClassName("bench-form");
    age.setId(AGE_ID);
    age.setMin(0);
    age.setMax(130);
    age.setHelperText("Laissez vide si l'âge n'est pas connu.");
  }

  void show(Questionnaire questionnaire) {
    removeAll();
    fields.clear();
    add(layout(age));
    for (Section section : questionnaire.sections()) {
      List<Component> asked = new ArrayList<>();
      for (Question q : section.questions()) {
        if (q.usableInCriteria()) {
          asked.add(field(q));
        }
      }
      if (!asked.isEmpty()) {
        add(new H3(section.title()), layout(asked.toArray(Component[]::new)));
      }
    }
  }

  /** The answers given, by question code; an empty field is no answer. */
  Map<String, Object> answers() {
    Map<String, Object> values = new LinkedHashMap<>();
    fields.forEach((code, field) -> values.put(code, field.getValue()));
    return BenchAnswers.of(values);
  }

  Integer age() {
    return age.getValue();
  }

  void clear() {
    fields.values().forEach(HasValue::clear);
    age.clear();
    clearErrors();
  }

  HasValue<?, ?> field(String code) {
    return fields.get(code);
  }

  /**
   * Puts refusals of answers ({@code answers.<code>}) on their fields; returns the messages that
   * have none.
   */
  List<String> showErrors(List<FieldError> errors) {
    clearErrors();
    List<String> unplaced = new ArrayList<>();
    Focusable<?> first = null;
    for (FieldError error : errors) {
      String field = error.field() == null ? "" : error.field();
      HasValue<?, ?> target =
          field.startsWith("answers.") ? fields.get(field.substring("answers.".length())) : null;
      if (target == null && "age".equals(field)) {
        target = age;
      }
      if (target instanceof HasValidation v) {
        v.setErrorMessage(error.message());
        v.setInvalid(true);
        first = first == null && target instanceof Focusable<?> f ? f : first;
      } else {
        unplaced.add(error.message());
      }
    }
    if (first != null) {
      first.focus();
    }
    return unplaced;
  }

  void clearErrors() {
    fields.values().forEach(f -> ((HasValidation) f).setInvalid(false));
    age.setInvalid(false);
  }

  private Component field(Question q) {
    Component field = q.type() == AnswerType.NUMBER ? number(q) : list(q);
    field.setId("bench-" + q.code());
    fields.put(q.code(), (HasValue<?, ?>) field);
    return field;
  }

  private static IntegerField number(Question q) {
    IntegerField field = new IntegerField(q.label());
    field.setMin(0);
    field.setHelperText(q.code() + " — laissez vide : sans réponse");
    return field;
  }

  private static Select<BenchOption> list(Question q) {
    Select<BenchOption> select = new Select<>();
    select.setLabel(q.label());
    select.setHelperText(q.code());
    select.setItems(BenchOption.of(q));
    select.setEmptySelectionAllowed(true);
    select.setEmptySelectionCaption(NO_ANSWER);
    select.setItemLabelGenerator(o -> o == null ? NO_ANSWER : o.label());
    select.setPlaceholder(NO_ANSWER);
    return select;
  }

  private static FormLayout layout(Component... components) {
    FormLayout layout = new FormLayout(components);
    layout.setResponsiveSteps(
        new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2), new ResponsiveStep("56em", 3));
    return layout;
  }
}
