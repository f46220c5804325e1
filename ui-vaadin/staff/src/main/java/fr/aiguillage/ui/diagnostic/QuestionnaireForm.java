package fr.aiguillage.ui.diagnostic;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import fr.aiguillage.diagnostic.Answer;
import fr.aiguillage.diagnostic.DiagnosticDetails;
import fr.aiguillage.questionnaire.Question;
import fr.aiguillage.questionnaire.Questionnaire;
import fr.aiguillage.questionnaire.Section;
import fr.aiguillage.shared.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The questionnaire, one card per section, one field per question, pre-filled with the
 * professional's answer, else the person's; "Enregistrer les réponses" (id {@code answers-save}).
 */
class QuestionnaireForm extends Div {
  private final Map<String, QuestionField> fields = new LinkedHashMap<>();
  private final Div cards = new Div();
  private final Button save = new Button("Enregistrer les réponses");
  private Map<String, Answer> professional = Map.of();
  private Map<String, Answer> person = Map.of();

  QuestionnaireForm(Runnable onSave) {
    setId("questionnaire");
    addClassName("questionnaire");
    save.setId("answers-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(click -> onSave.run());
    Div actions = new Div(save);
    actions.addClassName("form-actions");
    add(cards, actions);
  }

  void build(Questionnaire questionnaire) {
    cards.removeAll();
    fields.clear();
    for (Section section : questionnaire.sections()) {
      H2 title = new H2(section.title());
      title.setId("section-" + section.code());
      Card card = new Card();
      card.addClassName("diagnostic-section");
      card.getElement().setAttribute("role", "region");
      card.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
      card.add(title);
      for (Question q : section.questions()) {
        QuestionField field = new QuestionField(q);
        fields.put(q.code(), field);
        Div row = new Div(field.component());
        row.addClassName("question");
        card.add(row);
      }
      cards.add(card);
    }
  }

  void show(DiagnosticDetails diagnostic) {
    professional = diagnostic.professionalAnswers();
    person = diagnostic.personAnswers();
    Set<String> differing = AnswerTexts.differing(diagnostic.differences());
    clearErrors();
    fields.forEach(
        (code, field) -> {
          field.fill(AnswerValues.initial(code, professional, person));
          Answer theirs = person.get(code);
          field.showPerson(theirs == null ? null : theirs.value(), differing.contains(code));
        });
  }

  /** The answers changed since the last save (a {@code null} withdraws one). */
  Map<String, Object> changes() {
    Map<String, Object> current = new LinkedHashMap<>();
    fields.forEach((code, field) -> current.put(code, field.answer()));
    return AnswerValues.changes(current, professional, person);
  }

  void setReadOnly(boolean readOnly) {
    fields.values().forEach(f -> f.value().setReadOnly(readOnly));
    save.setVisible(!readOnly);
  }

  /**
   * Puts refusals ({@code answers.<code>}) on their fields; returns the messages that have none.
   */
  List<String> showErrors(List<FieldError> errors) {
    clearErrors();
    List<String> unplaced = new ArrayList<>();
    Focusable<?> first = null;
    for (FieldError error : errors) {
      String name = error.field() == null ? "" : error.field();
      QuestionField field =
          name.startsWith("answers.") ? fields.get(name.substring("answers.".length())) : null;
      if (field != null && field.component() instanceof HasValidation v) {
        v.setErrorMessage(error.message());
        v.setInvalid(true);
        if (first == null && field.component() instanceof Focusable<?> f) {
          first = f;
        }
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
    fields.values().forEach(f -> ((HasValidation) f.component()).setInvalid(false));
  }
}
