package fr.aiguillage.ui.criteria;

import fr.aiguillage.questionnaire.BarrierLevel;
import fr.aiguillage.questionnaire.Choice;
import fr.aiguillage.questionnaire.Question;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One answer offered by a list of the test bench: the value sent to the engine ({@code true},
 * {@code false} or a code) and its French label. "Sans réponse" is the list's empty choice.
 */
record BenchOption(Serializable value, String label) implements Serializable {

  /** The answers a yes/no, choice or barrier question offers, in the questionnaire's order. */
  static List<BenchOption> of(Question question) {
    return switch (question.type()) {
      case YES_NO -> List.of(new BenchOption(true, "Oui"), new BenchOption(false, "Non"));
      case BARRIER ->
          Arrays.stream(BarrierLevel.values())
              .map(level -> new BenchOption(level.name(), level.label()))
              .toList();
      case CHOICE -> question.choices().stream().map(BenchOption::choice).toList();
      case NUMBER, TEXT -> List.of();
    };
  }

  /** "Aucun diplôme (AUCUN)": the code is what a condition compares with. */
  private static BenchOption choice(Choice c) {
    return new BenchOption(c.code(), c.label() + " (" + c.code() + ")");
  }
}
