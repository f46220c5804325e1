package fr.aiguillage.questionnaire;

import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers as received (JSON values, or the person's form already typed) checked against the
 * questionnaire, normalised for the engine. Every refused answer is reported, not only the first.
 * Nothing is coerced: a yes/no is a boolean, a number a whole number within the question's range, a
 * text a string of at most {@link #TEXT_MAX_LENGTH} characters without control characters.
 */
public final class Answers {
  /** The longest free-text answer (the forms say so too). */
  public static final int TEXT_MAX_LENGTH = 4000;

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
              Question asked = question.get();
              Optional<String> refusal = refusal(asked, value);
              if (refusal.isPresent()) {
                errors.add(new FieldError(field, "« " + asked.label() + " » : " + refusal.get()));
              } else {
                out.put(code, normalised(asked.type(), value));
              }
            });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return out;
  }

  /** Why this value cannot answer this question, if it cannot. */
  private static Optional<String> refusal(Question question, Object value) {
    return switch (question.type()) {
      case YES_NO ->
          value instanceof Boolean
              ? Optional.empty()
              : Optional.of("répondez par true (oui) ou false (non).");
      case NUMBER -> numberRefusal(question.range(), value);
      case CHOICE, BARRIER ->
          value instanceof String s && question.allowedCodes().contains(s)
              ? Optional.empty()
              : Optional.of(
                  "réponses possibles : " + String.join(", ", question.allowedCodes()) + ".");
      case TEXT -> textRefusal(value);
    };
  }

  private static Optional<String> numberRefusal(NumberRange range, Object value) {
    String expected = "répondez par un nombre entier de " + range.min() + " à " + range.max() + ".";
    Optional<BigDecimal> n = decimal(value);
    if (n.isEmpty() || !isWhole(n.get()) || !range.contains(n.get())) {
      return Optional.of(expected);
    }
    return Optional.empty();
  }

  /**
   * The exact value of a JSON number, whichever Number type the JSON library chose; empty for a
   * non-number (a string "2" is not a number) and for NaN or infinities.
   */
  private static Optional<BigDecimal> decimal(Object value) {
    if (value instanceof BigDecimal d) {
      return Optional.of(d);
    }
    if (value instanceof BigInteger i) {
      return Optional.of(new BigDecimal(i));
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return Optional.of(BigDecimal.valueOf(((Number) value).longValue()));
    }
    if ((value instanceof Double || value instanceof Float)
        && Double.isFinite(((Number) value).doubleValue())) {
      return Optional.of(new BigDecimal(((Number) value).doubleValue()));
    }
    return Optional.empty();
  }

  private static boolean isWhole(BigDecimal n) {
    return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
  }

  private static Optional<String> textRefusal(Object value) {
    if (!(value instanceof String s)) {
      return Optional.of("répondez par un texte.");
    }
    if (s.length() > TEXT_MAX_LENGTH) {
      return Optional.of("votre réponse dépasse 4 000 caractères.");
    }
    if (fr.aiguillage.shared.Text.hasControlCharacter(s, true)) {
      return Optional.of(
          "votre réponse contient un caractère invisible non autorisé : retapez-la sans copier-coller.");
    }
    return Optional.empty();
  }

  private static Object normalised(AnswerType type, Object value) {
    return type == AnswerType.NUMBER ? decimal(value).orElseThrow().longValueExact() : value;
  }
}
