package fr.aiguillage.ui.diagnostic;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import fr.aiguillage.questionnaire.Question;

/**
 * One question as a field of its type, id {@code q-<code>}. Its help and the person's own answer
 * (id {@code person-answer-<code>}) are the field's helper, so screen readers read them with it.
 */
final class QuestionField {
  static final String DIFFERS_CLASS = "person-answer-differs";

  private final Question question;
  private final Component component;
  private final Span personNote = new Span();

  QuestionField(Question question) {
    this.question = question;
    this.component = create(question);
    component.setId("q-" + question.code());
    personNote.setId("person-answer-" + question.code());
    personNote.addClassName("person-answer");
    personNote.setVisible(false);
    Div helper = new Div();
    helper.addClassName("question-helper");
    if (question.help() != null && !question.help().isBlank()) {
      helper.add(new Div(question.help()));
    }
    helper.add(personNote);
    ((HasHelper) component).setHelperComponent(helper);
  }

  Question question() {
    return question;
  }

  Component component() {
    return component;
  }

  @SuppressWarnings("unchecked")
  HasValue<?, Object> value() {
    return (HasValue<?, Object>) component;
  }

  /** The field's answer as the service takes it. */
  Object answer() {
    return AnswerValues.toAnswer(value().getValue());
  }

  void fill(Object answer) {
    Object v = AnswerValues.toField(question, answer);
    if (v == null) {
      value().clear();
    } else {
      value().setValue(v);
    }
  }

  /** The person's answer beside the field, flagged when the professional's differs. */
  void showPerson(Object personValue, boolean differs) {
    personNote.setVisible(personValue != null);
    personNote.setText(
        personValue == null ? "" : AnswerTexts.personNote(question, personValue, differs));
    personNote.setClassName(DIFFERS_CLASS, differs && personValue != null);
  }

  private static Component create(Question q) {
    return switch (q.type()) {
      case NUMBER -> {
        IntegerField field = new IntegerField(q.label());
        field.setMin(0);
        field.setStepButtonsVisible(false);
        yield field;
      }
      case TEXT -> {
        TextArea area = new TextArea(q.label());
        area.setMaxLength(4000);
        area.setWidthFull();
        yield area;
      }
      case YES_NO, CHOICE, BARRIER -> {
        RadioButtonGroup<AnswerOption> group = new RadioButtonGroup<>(q.label());
        group.setItems(AnswerOption.of(q));
        group.setItemLabelGenerator(AnswerOption::label);
        yield group;
      }
    };
  }
}
