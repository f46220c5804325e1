package fr.aiguillage.ui.questionnaire;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.aiguillage.questionnaire.Question;

/**
 * One question as read: its label as a heading, where it comes from, its code, kind of answer and
 * the rest; "Modifier" and "Retirer" when the département may change it. Id {@code
 * question-<code>}.
 */
class QuestionItem extends ListItem {
  private final Question question;
  private final Button edit = new Button("Modifier");
  private final Button remove = new Button("Retirer");
  private final Paragraph error = new Paragraph();

  QuestionItem(Question question, boolean editable, Runnable onEdit, Runnable onRemove) {
    this.question = question;
    String id = "question-" + question.code();
    setId(id);
    addClassName("questionnaire-question");
    H3 title = new H3(question.label());
    title.setId(id + "-title");
    HorizontalLayout header = new HorizontalLayout(title, new OriginBadge(question.national()));
    header.setAlignItems(FlexComponent.Alignment.BASELINE);
    header.setWrap(true);
    error.setId(id + "-error");
    error.addClassName("question-error");
    error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
    error.setVisible(false);
    add(header, details(), error);
    if (editable && !question.national()) {
      add(buttons(id, onEdit, onRemove));
    }
  }

  String code() {
    return question.code();
  }

  /** A refusal of the service about this question, under it. */
  void showError(String message) {
    String before = error.isVisible() ? error.getText() + " " : "Erreur : ";
    error.setText(before + message);
    error.setVisible(true);
  }

  void focusEdit() {
    edit.focus();
  }

  private DescriptionList details() {
    DescriptionList list = new DescriptionList();
    list.addClassName("question-details");
    entry(list, "Code (nom dans les critères)", new Description(new Code(question.code())));
    entry(list, "Type de réponse", new Description(AnswerTypes.label(question.type())));
    String answers = AnswerTypes.possibleAnswers(question);
    if (!answers.isEmpty()) {
      entry(list, "Réponses possibles", new Description(answers));
    }
    if (question.help() != null && !question.help().isBlank()) {
      entry(list, "Aide", new Description(question.help()));
    }
    String thematiques = AnswerTypes.thematiques(question.thematiques());
    entry(list, "Thématiques", new Description(thematiques.isEmpty() ? "Aucune" : thematiques));
    entry(list, "Posée à la personne", new Description(question.askedToPerson() ? "Oui" : "Non"));
    return list;
  }

  private static void entry(DescriptionList list, String term, Description description) {
    list.add(new Term(term), description);
  }

  private HorizontalLayout buttons(String id, Runnable onEdit, Runnable onRemove) {
    edit.setId(id + "-edit");
    remove.setId(id + "-remove");
    edit.setAriaLabel("Modifier la question « " + question.label() + " »");
    remove.setAriaLabel("Retirer la question « " + question.label() + " »");
    edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
    remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    edit.addClickListener(click -> onEdit.run());
    remove.addClickListener(click -> onRemove.run());
    return new HorizontalLayout(edit, remove);
  }
}
