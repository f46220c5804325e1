package fr.aiguillage.infra;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.Text;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What every text received by the API obeys, in a body or a query: no control character (tab and
 * line breaks excepted), and at most {@link #MAX_ANY_TEXT} characters even where nothing shorter is
 * declared. Declared lengths are checked afterwards by Bean Validation.
 */
final class TextRules {
  static final int MAX_ANY_TEXT = 20_000;
  static final int MAX_ERRORS = 50;

  private TextRules() {}

  /**
   * Walks the body as the type it is read into: every text of a record, a list or a typed map is
   * checked; the content of a free-form map ({@code Map<String, Object>}: a diagnostic's answers,
   * an import's rows) is left to the context that knows its meaning and reports it per answer or
   * per row.
   */
  static void check(JsonNode node, JavaType type, String path, List<FieldError> errors) {
    if (errors.size() >= MAX_ERRORS || type == null || type.getRawClass() == Object.class) {
      return;
    }
    if (node.isTextual()) {
      problem(node.textValue()).ifPresent(m -> errors.add(new FieldError(field(path), m)));
    } else if (node.isArray() && type.isContainerType() && !type.isMapLikeType()) {
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), type.getContentType(), path + "[" + i + "]", errors);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        problem(e.getKey())
            .ifPresent(m -> errors.add(new FieldError(field(path), "Nom de champ refusé. " + m)));
        JavaType childType =
            type.isMapLikeType() ? type.getContentType() : componentType(type, e.getKey());
        check(e.getValue(), childType, child, errors);
      }
    }
  }

  /** A record's component of that name, as a Jackson type; none for an unknown field. */
  private static JavaType componentType(JavaType record, String name) {
    if (!record.getRawClass().isRecord()) {
      return null;
    }
    for (RecordComponent c : record.getRawClass().getRecordComponents()) {
      if (c.getName().equals(name)) {
        return TypeFactory.defaultInstance().constructType(c.getGenericType());
      }
    }
    return null;
  }

  /** Why a text is refused, if it is. */
  static java.util.Optional<String> problem(String text) {
    return Text.problem(text, MAX_ANY_TEXT, true);
  }

  private static String field(String path) {
    return path.isEmpty() ? "body" : path;
  }
}
