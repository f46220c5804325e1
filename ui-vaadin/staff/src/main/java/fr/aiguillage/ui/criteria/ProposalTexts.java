package fr.aiguillage.ui.criteria;

import fr.aiguillage.questionnaire.AnswerType;
import fr.aiguillage.questionnaire.BarrierLevel;
import fr.aiguillage.questionnaire.Choice;
import fr.aiguillage.questionnaire.Question;
import fr.aiguillage.questionnaire.Questionnaire;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** The words of a proposal on the test bench: what each answer the rule used was. */
final class ProposalTexts {
  /** Facts computed by the engine, beside the questions. */
  private static final Map<String, String> FACTS =
      Map.of(
          "age", "âge",
          "strong_barriers", "nombre de freins forts",
          "medium_barriers", "nombre de freins moyens");

  private ProposalTexts() {}

  /** "activity_now : non", "barrier_health : Fort (STRONG)", "age (âge) : 24". */
  static String usedAnswer(String variable, Object value, Questionnaire questionnaire) {
    String name =
        FACTS.containsKey(variable) ? variable + " (" + FACTS.get(variable) + ")" : variable;
    return name + " : " + value(value, questionnaire.question(variable));
  }

  static String value(Object value, Optional<Question> question) {
    if (value == null) {
      return "sans réponse";
    }
    if (value instanceof Boolean b) {
      return b ? "oui" : "non";
    }
    String raw = value.toString();
    return question.flatMap(q -> label(q, raw)).map(l -> l + " (" + raw + ")").orElse(raw);
  }

  private static Optional<String> label(Question q, String code) {
    if (q.type() == AnswerType.BARRIER) {
      return Arrays.stream(BarrierLevel.values())
          .filter(l -> l.name().equals(code))
          .map(BarrierLevel::label)
          .findFirst();
    }
    return q.choices().stream().filter(c -> c.code().equals(code)).map(Choice::label).findFirst();
  }
}
