package fr.aiguillage.diagnostic;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Answers to and from their JSON column, keeping each value's type. */
final class AnswerCodec {
  private AnswerCodec() {}

  static Map<String, Answer> read(String json) {
    Map<String, Answer> out = new LinkedHashMap<>();
    if (json == null || json.isBlank()) {
      return out;
    }
    JsonObject o = Json.createReader(new StringReader(json)).readObject();
    o.forEach(
        (code, v) -> {
          JsonObject a = v.asJsonObject();
          out.put(
              code,
              new Answer(
                  value(a.get("value")), a.getString("by"), Instant.parse(a.getString("at"))));
        });
    return out;
  }

  static String write(Map<String, Answer> answers) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    answers.forEach(
        (code, a) -> {
          JsonObjectBuilder one =
              Json.createObjectBuilder().add("by", a.by()).add("at", a.at().toString());
          Object v = a.value();
          if (v instanceof Boolean b) {
            one.add("value", b);
          } else if (v instanceof Number n) {
            one.add("value", n.longValue());
          } else {
            one.add("value", String.valueOf(v));
          }
          o.add(code, one);
        });
    return o.build().toString();
  }

  private static Object value(JsonValue v) {
    return switch (v.getValueType()) {
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NUMBER -> ((JsonNumber) v).longValue();
      case STRING -> ((JsonString) v).getString();
      default -> null;
    };
  }
}
