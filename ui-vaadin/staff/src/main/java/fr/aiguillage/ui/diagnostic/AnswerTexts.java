package fr.aiguillage.ui.diagnostic;

import fr.aiguillage.diagnostic.Difference;
import fr.aiguillage.questionnaire.Question;
import fr.aiguillage.questionnaire.Questionnaire;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Answers in words: "Oui", "Fort", a choice's label, a number, the person's text. */
final class AnswerTexts {
  static final String PERSON_PREFIX = "Réponse de la personne : ";
  static final String DIFFERS = " — différente de la réponse du professionnel";

  /** Facts computed by the engine from the file, beside the questions. */
  private static final Map<String, String> FACTS =
      Map.of(
          "age", "Âge",
          "strong_barriers", "Nombre de freins forts",
          "medium_barriers", "Nombre de freins moyens");

  private AnswerTexts() {}

  static String value(Optional<Question> question, Object value) {
    if (value == null) {
      return "sans réponse";
    }
    if (value instanceof Boolean b) {
      return b ? "Oui" : "Non";
    }
    if (question.isPresent()) {
      Object field = AnswerValues.toField(question.get(), value);
      if (field instanceof AnswerOption option) {
        return option.label();
      }
    }
    return value.toString();
  }

  /** "Réponse de la personne : Oui", with the warning when the professional answered otherwise. */
  static String personNote(Question question, Object personValue, boolean differs) {
    return PERSON_PREFIX + value(Optional.of(question), personValue) + (differs ? DIFFERS : "");
  }

  /** The codes of the questions the person and the professional answered differently. */
  static Set<String> differing(List<Difference> differences) {
    return differences == null
        ? Set.of()
        : differences.stream().map(Difference::questionCode).collect(Collectors.toSet());
  }

  /** "Situation de famille : En couple" — a question's label, or a fact's name, and the value. */
  static String used(String variable, Object value, Questionnaire questionnaire) {
    Optional<Question> question = questionnaire.question(variable);
    String name =
        question.map(Question::label).orElseGet(() -> FACTS.getOrDefault(variable, variable));
    return name + " : " + value(question, value);
  }
}
