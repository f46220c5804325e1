package fr.aiguillage.questionnaire;

import fr.aiguillage.shared.Limits;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A question of the diagnostic. {@code code} is its name in criteria expressions; {@code
 * thematiques} are the data·inclusion thématiques of the needs it reveals; {@code national}
 * questions come from the platform's base and cannot be removed or retyped by a département.
 */
public record Question(
    @Size(max = Limits.CODE) String code,
    @Size(max = 500) String label,
    @Size(max = 1000) String help,
    AnswerType type,
    @Size(max = 100) List<Choice> choices,
    boolean national,
    boolean askedToPerson,
    @Size(max = 50) List<@Size(max = Limits.CODE) String> thematiques) {

  public Question {
    choices = choices == null ? List.of() : List.copyOf(choices);
    thematiques = thematiques == null ? List.of() : List.copyOf(thematiques);
  }

  public boolean usableInCriteria() {
    return type != AnswerType.TEXT;
  }

  /**
   * The whole numbers a NUMBER answer may take: the range the national base declares for its
   * question, else {@link NumberRange#DEFAULT}. Kept beside the record rather than in it, so the
   * questionnaire's stored and published JSON stays as it is.
   */
  public NumberRange range() {
    return NationalQuestionnaire.RANGES.getOrDefault(code, NumberRange.DEFAULT);
  }

  /** The codes an answer may take, for CHOICE and BARRIER questions. */
  public List<String> allowedCodes() {
    if (type == AnswerType.BARRIER) {
      return java.util.Arrays.stream(BarrierLevel.values()).map(Enum::name).toList();
    }
    return choices.stream().map(Choice::code).toList();
  }
}
