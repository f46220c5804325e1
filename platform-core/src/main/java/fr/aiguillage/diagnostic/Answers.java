package fr.aiguillage.diagnostic;

import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers as received (JSON values) checked against the questionnaire, normalised for the engine.
 */
public final class Answers {
  private Answers() {}

  public static Map<String, Object> check(Questionnaire q, Map<String, Object> answers) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, Object> out = new HashMap<>();
    (answers == null ? Map.<String, Object>of() : answers)
        .forEach(
            (code, value) -> {
              String field = "answers." + code;
              Optional<Question> question = q.question(code);
              if (question.isEmpty()) {
                errors.add(
                    new FieldError(
                        field, "« " + code + " » n'est pas une question de ce questionnaire."));
                return;
              }
              if (value == null) {
                return;
              }
              AnswerType type = question.get().type();
              switch (type) {
                case YES_NO -> {
                  if (value instanceof Boolean) {
                    out.put(code, value);
                  } else {
                    errors.add(new FieldError(field, "Répondez par true (oui) ou false (non)."));
                  }
                }
                case NUMBER -> {
                  if (value instanceof Number n
                      && new BigDecimal(n.toString()).stripTrailingZeros().scale() <= 0
                      && n.longValue() >= 0) {
                    out.put(code, n.longValue());
                  } else {
                    errors.add(
                        new FieldError(field, "Répondez par un nombre entier positif ou nul."));
                  }
                }
                case CHOICE, BARRIER -> {
                  if (value instanceof String s && question.get().allowedCodes().contains(s)) {
                    out.put(code, s);
                  } else {
                    errors.add(
                        new FieldError(
                            field,
                            "Réponses possibles : "
                                + String.join(", ", question.get().allowedCodes())
                                + "."));
                  }
                }
                case TEXT -> {
                  if (value instanceof String s && s.length() <= 4000) {
                    out.put(code, s);
                  } else {
                    errors.add(
                        new FieldError(field, "Répondez par un texte (4 000 caractères au plus)."));
                  }
                }
              }
            });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return out;
  }
}
