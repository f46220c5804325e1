package fr.aiguillage.questionnaire;

import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A version of a département's diagnostic questionnaire: the national base plus the département's
 * own sections and questions. Variables available to criteria are the non-text questions and the
 * facts computed from the person's file ({@link #FACTS}).
 */
public record Questionnaire(int version, List<Section> sections) {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,49}");

  /** Facts from the person's file, available to criteria beside the answers. */
  public static final Map<String, AnswerType> FACTS = Map.of("age", AnswerType.NUMBER);

  public Questionnaire {
    sections = List.copyOf(sections);
  }

  public List<Question> questions() {
    return sections.stream().flatMap(s -> s.questions().stream()).toList();
  }

  public Optional<Question> question(String code) {
    return questions().stream().filter(q -> q.code().equals(code)).findFirst();
  }

  /** Every name a criteria expression may use, with its answer type. */
  public Map<String, AnswerType> variables() {
    Map<String, AnswerType> vars = new LinkedHashMap<>(FACTS);
    questions().stream()
        .filter(Question::usableInCriteria)
        .forEach(q -> vars.put(q.code(), q.type()));
    return vars;
  }

  /**
   * Checks that this questionnaire keeps every question of {@code base} unchanged (same section,
   * type and choices), and that added codes are new and well formed. A département adds; it never
   * removes or retypes a national question.
   */
  public void checkExtends(Questionnaire base) {
    List<FieldError> errors = new ArrayList<>();
    for (Question national : base.questions()) {
      Optional<Question> mine = question(national.code());
      if (mine.isEmpty()) {
        errors.add(
            new FieldError(
                national.code(),
                "La question nationale « " + national.label() + " » ne peut pas être retirée."));
      } else if (mine.get().type() != national.type()
          || !Objects.equals(mine.get().allowedCodes(), national.allowedCodes())) {
        errors.add(
            new FieldError(
                national.code(),
                "La question nationale « "
                    + national.label()
                    + " » ne peut pas changer de type ni de réponses possibles."));
      }
    }
    List<String> seen = new ArrayList<>(FACTS.keySet());
    for (Question q : questions()) {
      if (!CODE.matcher(q.code()).matches()) {
        errors.add(
            new FieldError(
                q.code(),
                "Le code « "
                    + q.code()
                    + " » doit commencer par une lettre minuscule et ne contenir que a-z, 0-9 et _ (50 caractères au plus)."));
      }
      if (seen.contains(q.code())) {
        errors.add(new FieldError(q.code(), "Le code « " + q.code() + " » est déjà utilisé."));
      }
      seen.add(q.code());
      if (q.type() == AnswerType.CHOICE && q.choices().size() < 2) {
        errors.add(
            new FieldError(q.code(), "Une question à choix doit proposer au moins deux réponses."));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
