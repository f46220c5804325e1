package fr.aiguillage.ui.criteria;

import java.util.LinkedHashMap;
import java.util.Map;

/** The bench's field values as the answers the engine reads: unanswered questions are left out. */
final class BenchAnswers {
  private BenchAnswers() {}

  /**
   * {@code fieldValues}: question code → the field's value, a {@link BenchOption} from a list, an
   * {@link Integer} from a number field, or {@code null} when left empty.
   */
  static Map<String, Object> of(Map<String, Object> fieldValues) {
    Map<String, Object> answers = new LinkedHashMap<>();
    fieldValues.forEach(
        (code, value) -> {
          Object answer = value instanceof BenchOption option ? option.value() : value;
          if (answer != null) {
            answers.put(code, answer);
          }
        });
    return answers;
  }
}
