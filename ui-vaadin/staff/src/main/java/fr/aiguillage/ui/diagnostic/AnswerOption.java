package fr.aiguillage.ui.diagnostic;

import fr.aiguillage.questionnaire.BarrierLevel;
import fr.aiguillage.questionnaire.Question;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One answer offered by a radio group: the value the service keeps ({@code true}, {@code false} or
 * a code) and its French label.
 */
record AnswerOption(Serializable value, String label) implements Serializable {

  /** The answers a yes/no, choice or barrier question offers, in the questionnaire's order. */
  static List<AnswerOption> of(Question question) {
    return switch (question.type()) {
      case YES_NO -> List.of(new AnswerOption(true, "Oui"), new AnswerOption(false, "Non"));
      case BARRIER ->
          Arrays.stream(BarrierLevel.values())
              .map(level -> new AnswerOption(level.name(), level.label()))
              .toList();
      case CHOICE ->
          question.choices().stream().map(c -> new AnswerOption(c.code(), c.label())).toList();
      case NUMBER, TEXT -> List.of();
    };
  }
}
