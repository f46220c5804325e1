package fr.aiguillage.ui.diagnostic;

import fr.aiguillage.diagnostic.Answer;
import fr.aiguillage.questionnaire.Question;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Answers to fields and back: the service keeps Boolean, Long or String codes; the fields hold an
 * {@link AnswerOption}, an {@link Integer} or a text.
 */
final class AnswerValues {
  private AnswerValues() {}

  /** The value a question's field shows for an answer ({@code null}: empty field). */
  static Object toField(Question question, Object answer) {
    if (answer == null) {
      return null;
    }
    return switch (question.type()) {
      case NUMBER ->
          answer instanceof Number n
              ? Integer.valueOf((int) Math.min(n.longValue(), Integer.MAX_VALUE))
              : null;
      case TEXT -> answer.toString();
      case YES_NO, CHOICE, BARRIER ->
          AnswerOption.of(question).stream()
              .filter(o -> o.value().equals(answer))
              .findFirst()
              .orElse(null);
    };
  }

  /** The answer a field's value gives; an empty field or blank text is no answer. */
  static Object toAnswer(Object fieldValue) {
    if (fieldValue instanceof AnswerOption option) {
      return option.value();
    }
    if (fieldValue instanceof Number n) {
      return n.longValue();
    }
    if (fieldValue instanceof String s) {
      return s.isBlank() ? null : s.strip();
    }
    return fieldValue;
  }

  /** What a field starts with: the professional's answer, else the person's. */
  static Object initial(String code, Map<String, Answer> professional, Map<String, Answer> person) {
    Answer mine = professional.get(code);
    if (mine != null && mine.value() != null) {
      return mine.value();
    }
    Answer theirs = person.get(code);
    return theirs == null ? null : theirs.value();
  }

  /**
   * The answers to send: every question whose field no longer shows what it started with (the
   * professional's answer, else the person's). A {@code null} value withdraws the professional's
   * answer; a person's answer left as is, or cleared, is not copied: it counts unless the
   * professional answers otherwise. {@code current}: question code → answer from the field.
   */
  static Map<String, Object> changes(
      Map<String, Object> current, Map<String, Answer> professional, Map<String, Answer> person) {
    Map<String, Object> changed = new LinkedHashMap<>();
    current.forEach(
        (code, value) -> {
          Object before = initial(code, professional, person);
          Answer recorded = professional.get(code);
          boolean hadMine = recorded != null && recorded.value() != null;
          if (!Objects.equals(normal(before), normal(value)) && (value != null || hadMine)) {
            changed.put(code, value);
          }
        });
    return changed;
  }

  private static Object normal(Object value) {
    return value instanceof Number n ? Long.valueOf(n.longValue()) : value;
  }
}
