package fr.aiguillage.ui.questionnaire;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.questionnaire.Choice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The possible answers of a choice question, one line each, in a group with its own legend; lines
 * left entirely empty are ignored.
 */
class ChoiceLines extends FieldSet {
  static final int MINIMUM = 2;

  private final List<ChoiceLine> lines = new ArrayList<>();
  private final Div container = new Div();
  private final Button add = new Button("Ajouter une réponse", VaadinIcon.PLUS.create());
  private final Paragraph error = new Paragraph();

  ChoiceLines() {
    setLegendText("Réponses possibles");
    setId("question-choices");
    addClassName("choice-lines");
    add.setId("add-choice");
    add.addClickListener(click -> addLine(new Choice("", "")).focus());
    error.setId("question-choices-error");
    error.addClassName("field-error");
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    error.setVisible(false);
    error.getElement().setAttribute("aria-live", "polite");
    Paragraph hint =
        new Paragraph(
            "Au moins deux réponses. Le code est ce que les critères comparent, le libellé ce que"
                + " lit la personne.");
    hint.addClassName("secondary");
    setContent(hint, container, add, error);
  }

  void show(List<Choice> choices) {
    lines.clear();
    container.removeAll();
    choices.forEach(this::addLine);
    while (lines.size() < MINIMUM) {
      addLine(new Choice("", ""));
    }
  }

  /** The answers typed, without the empty lines. */
  List<Choice> choices() {
    return lines.stream().filter(l -> !l.isBlank()).map(ChoiceLine::choice).toList();
  }

  /** Marks what is wrong and returns the first field to correct. */
  Optional<Focusable<?>> validate() {
    clearErrors();
    Focusable<?> first = null;
    Set<String> seen = new HashSet<>();
    for (ChoiceLine line : lines) {
      if (line.isBlank()) {
        continue;
      }
      Choice c = line.choice();
      Optional<String> codeProblem =
          Codes.choiceProblem(c.code())
              .or(
                  () ->
                      seen.add(c.code())
                          ? Optional.empty()
                          : Optional.of("Ce code est déjà celui d'une autre réponse."));
      first = mark(line.code, codeProblem, first);
      Optional<String> labelProblem =
          c.label().isEmpty()
              ? Optional.of("Saisissez le libellé de la réponse.")
              : Optional.empty();
      first = mark(line.label, labelProblem, first);
    }
    if (choices().size() < MINIMUM) {
      error.setText("Une question à choix doit proposer au moins deux réponses.");
      error.setVisible(true);
      first = first != null ? first : lines.isEmpty() ? add : lines.get(0).code;
    }
    return Optional.ofNullable(first);
  }

  void clearErrors() {
    lines.forEach(ChoiceLine::clearErrors);
    error.setVisible(false);
  }

  private static Focusable<?> mark(TextField field, Optional<String> problem, Focusable<?> first) {
    problem.ifPresent(
        message -> {
          field.setErrorMessage(message);
          field.setInvalid(true);
        });
    return first == null && problem.isPresent() ? field : first;
  }

  private ChoiceLine addLine(Choice choice) {
    ChoiceLine line = new ChoiceLine(choice, this::removeLine);
    lines.add(line);
    container.add(line);
    renumber();
    return line;
  }

  private void removeLine(ChoiceLine line) {
    int at = lines.indexOf(line);
    lines.remove(line);
    container.remove(line);
    renumber();
    if (lines.isEmpty()) {
      add.focus();
    } else {
      lines.get(Math.min(at, lines.size() - 1)).focusRemove();
    }
  }

  private void renumber() {
    for (int i = 0; i < lines.size(); i++) {
      lines.get(i).setNumber(i + 1);
    }
  }
}
