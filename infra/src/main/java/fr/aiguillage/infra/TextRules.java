package fr.aiguillage.infra;

import com.fasterxml.jackson.databind.JsonNode;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.Text;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What every text received by the API obeys, wherever it sits in a body or a query: no control
 * character (tab and line breaks excepted), and at most {@link #MAX_ANY_TEXT} characters even where
 * a record declares nothing longer (answers, import rows). Declared lengths are checked afterwards
 * by Bean Validation.
 */
final class TextRules {
  static final int MAX_ANY_TEXT = 20_000;
  static final int MAX_ERRORS = 50;

  private TextRules() {}

  static void check(JsonNode node, String path, List<FieldError> errors) {
    if (errors.size() >= MAX_ERRORS) {
      return;
    }
    if (node.isTextual()) {
      problem(node.textValue()).ifPresent(m -> errors.add(new FieldError(field(path), m)));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), path + "[" + i + "]", errors);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        problem(e.getKey())
            .ifPresent(m -> errors.add(new FieldError(field(path), "Nom de champ refusé. " + m)));
        check(e.getValue(), child, errors);
      }
    }
  }

  /** Why a text is refused, if it is. */
  static java.util.Optional<String> problem(String text) {
    return Text.problem(text, MAX_ANY_TEXT, true);
  }

  private static String field(String path) {
    return path.isEmpty() ? "body" : path;
  }
}
