package fr.aiguillage.ui.questionnaire;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.questionnaire.AnswerType;
import fr.aiguillage.questionnaire.Question;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A département question as a form. It knows no service: it is filled with a question, checks what
 * was typed and gives a question back, always with {@code national = false}.
 */
class QuestionForm extends FormLayout {
  final TextField code = new TextField("Code (nom dans les critères)");
  final TextField label = new TextField("Libellé (la question posée)");
  final TextArea help = new TextArea("Aide (facultatif)");
  final Select<AnswerType> type = new Select<>();
  final ChoiceLines choices = new ChoiceLines();
  final TextField thematiques = new TextField("Thématiques (facultatif)");
  final Checkbox askedToPerson = new Checkbox("Posée à la personne");

  QuestionForm() {
    setId("question-form");
    code.setId("question-code");
    code.setRequiredIndicatorVisible(true);
    code.setMaxLength(50);
    code.setHelperText(
        "Lettres minuscules sans accent, chiffres et _ ; commence par une lettre. Ex. :"
            + " permis_conduire");
    label.setId("question-label");
    label.setRequiredIndicatorVisible(true);
    label.setMaxLength(500);
    help.setId("question-help");
    help.setMaxLength(1000);
    help.setHelperText("Une précision lue avec la question.");
    type.setId("question-type");
    type.setLabel("Type de réponse");
    type.setItems(AnswerType.values());
    type.setItemLabelGenerator(AnswerTypes::label);
    type.setRequiredIndicatorVisible(true);
    type.addValueChangeListener(e -> choices.setVisible(e.getValue() == AnswerType.CHOICE));
    thematiques.setId("question-thematiques");
    thematiques.setHelperText("Séparées par des virgules. Ex. : mobilite, sante");
    askedToPerson.setId("question-asked");
    askedToPerson.setHelperText(
        "Cochée : la personne répond elle-même, par le lien qui lui est envoyé.");
    code.setManualValidation(true);
    label.setManualValidation(true);
    type.setManualValidation(true);
    add(code, type, label, help, choices, thematiques, askedToPerson);
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
    setColspan(label, 2);
    setColspan(help, 2);
    setColspan(choices, 2);
    setColspan(thematiques, 2);
    setColspan(askedToPerson, 2);
  }

  /** Shows a question, or the start of a new one ({@code null}). */
  void fill(Question q) {
    code.setValue(q == null ? "" : q.code());
    label.setValue(q == null ? "" : q.label());
    help.setValue(q == null || q.help() == null ? "" : q.help());
    type.setValue(q == null ? AnswerType.YES_NO : q.type());
    choices.show(q == null ? List.of() : q.choices());
    choices.setVisible(type.getValue() == AnswerType.CHOICE);
    thematiques.setValue(q == null ? "" : AnswerTypes.thematiques(q.thematiques()));
    askedToPerson.setValue(q == null || q.askedToPerson());
  }

  /**
   * The question typed, or empty after marking each field to correct and focusing the first; {@code
   * takenCodes} are the codes other questions already have.
   */
  Optional<Question> read(Set<String> takenCodes) {
    String typedCode = code.getValue().strip();
    Focusable<?> first = null;
    first = mark(code, Codes.questionProblem(typedCode, takenCodes), first);
    first =
        mark(type, type.isEmpty() ? Optional.of("Choisissez le type de réponse.") : none(), first);
    first =
        mark(
            label,
            label.getValue().isBlank() ? Optional.of("Saisissez la question posée.") : none(),
            first);
    boolean isChoice = type.getValue() == AnswerType.CHOICE;
    Optional<Focusable<?>> choiceProblem = isChoice ? choices.validate() : Optional.empty();
    if (!isChoice) {
      choices.clearErrors();
    }
    first = first != null ? first : choiceProblem.orElse(null);
    if (first != null) {
      first.focus();
      return Optional.empty();
    }
    String typedHelp = help.getValue().strip();
    return Optional.of(
        new Question(
            typedCode,
            label.getValue().strip(),
            typedHelp.isEmpty() ? null : typedHelp,
            type.getValue(),
            isChoice ? choices.choices() : List.of(),
            false,
            askedToPerson.getValue(),
            AnswerTypes.thematiques(thematiques.getValue())));
  }

  private static <F extends HasValidation & Focusable<?>> Focusable<?> mark(
      F field, Optional<String> problem, Focusable<?> first) {
    field.setInvalid(problem.isPresent());
    problem.ifPresent(field::setErrorMessage);
    return first == null && problem.isPresent() ? field : first;
  }

  private static Optional<String> none() {
    return Optional.empty();
  }
}
