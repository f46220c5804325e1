package fr.aiguillage.ui.questionnaire;

import fr.aiguillage.questionnaire.AnswerType;
import fr.aiguillage.questionnaire.BarrierLevel;
import fr.aiguillage.questionnaire.Choice;
import fr.aiguillage.questionnaire.Question;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Kinds of answer and possible answers in plain French. */
final class AnswerTypes {
  private AnswerTypes() {}

  static String label(AnswerType type) {
    if (type == null) {
      return "";
    }
    return switch (type) {
      case YES_NO -> "Oui ou non";
      case NUMBER -> "Nombre entier";
      case CHOICE -> "Choix dans une liste";
      case BARRIER -> "Frein : sans impact, moyen ou fort";
      case TEXT -> "Texte libre (non utilisable dans les critères)";
    };
  }

  /** "Seul(e) (SEUL), En couple (COUPLE)"; empty when the answer is not picked from a list. */
  static String possibleAnswers(Question q) {
    if (q.type() == AnswerType.BARRIER) {
      return Arrays.stream(BarrierLevel.values())
          .map(level -> level.label() + " (" + level.name() + ")")
          .collect(Collectors.joining(", "));
    }
    if (q.type() == AnswerType.CHOICE) {
      return q.choices().stream().map(AnswerTypes::choice).collect(Collectors.joining(", "));
    }
    return "";
  }

  /** "mobilite, sante" typed in one field, as a list without blanks or repeats. */
  static List<String> thematiques(String typed) {
    return Arrays.stream(typed.split("[,;\\n]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }

  static String thematiques(List<String> list) {
    return String.join(", ", list);
  }

  private static String choice(Choice c) {
    return c.label() + " (" + c.code() + ")";
  }
}
