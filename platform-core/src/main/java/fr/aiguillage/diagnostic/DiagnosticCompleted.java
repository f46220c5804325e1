package fr.aiguillage.diagnostic;

import fr.aiguillage.criteria.Proposal;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * Payload of {@code diagnostic.completed}, version 1: the criteria's proposal, and (added to
 * version 1, absent from older events and when unknown) the two traits of the person the statistics
 * break down by that only the diagnostic's answers give.
 *
 * <p>{@code familySituation} is read from the national questionnaire's {@code family_situation}
 * ({@code SEUL} / {@code COUPLE}) and {@code dependent_children} (more than 0: with children):
 * {@code SINGLE_WITHOUT_CHILDREN}, {@code SINGLE_WITH_CHILDREN}, {@code COUPLE_WITHOUT_CHILDREN},
 * {@code COUPLE_WITH_CHILDREN} — OARSA's four (statistics' {@code FamilySituation}); either answer
 * missing or another code: null. {@code educationLevel} is read from {@code qualification_level}:
 * {@code AUCUN} → {@code VBIS_VI}, {@code CAP_BEP} → {@code V}, {@code BAC} → {@code IV}, {@code
 * BAC_2} and {@code BAC_3_PLUS} → {@code III_TO_I} (the 1969 nomenclature OARSA uses, statistics'
 * {@code EducationLevel}); another code or no answer: null.
 */
public record DiagnosticCompleted(
    int schemaVersion,
    String diagnosticId,
    String beneficiaryId,
    String proposedPathway,
    String rule,
    int criteriaVersion,
    boolean needsReview,
    String familySituation,
    String educationLevel) {

  public static final String TYPE = "diagnostic.completed";

  static DiagnosticCompleted of(Diagnostic d, Proposal p) {
    return of(d.id(), d.beneficiaryId(), d.effectiveAnswers(), p);
  }

  /** From the diagnostic's effective answers (the professional's over the person's). */
  static DiagnosticCompleted of(
      UUID diagnosticId, UUID beneficiaryId, Map<String, Object> answers, Proposal p) {
    return new DiagnosticCompleted(
        1,
        diagnosticId.toString(),
        beneficiaryId.toString(),
        p.pathway().name(),
        p.decidedBy().code(),
        p.ruleSetVersion(),
        p.needsReview(),
        familySituation(answers.get("family_situation"), answers.get("dependent_children")),
        educationLevel(answers.get("qualification_level")));
  }

  static String familySituation(Object situation, Object dependentChildren) {
    Integer children = wholeNumber(dependentChildren);
    if (!(situation instanceof String s) || children == null || children < 0) {
      return null;
    }
    String withOrWithout = children > 0 ? "_WITH_CHILDREN" : "_WITHOUT_CHILDREN";
    return switch (s.strip()) {
      case "SEUL" -> "SINGLE" + withOrWithout;
      case "COUPLE" -> "COUPLE" + withOrWithout;
      default -> null;
    };
  }

  static String educationLevel(Object qualification) {
    if (!(qualification instanceof String code)) {
      return null;
    }
    return switch (code.strip()) {
      case "AUCUN" -> "VBIS_VI";
      case "CAP_BEP" -> "V";
      case "BAC" -> "IV";
      case "BAC_2", "BAC_3_PLUS" -> "III_TO_I";
      default -> null;
    };
  }

  /** A JSON number that is whole, whichever Number type the JSON library chose; else null. */
  private static Integer wholeNumber(Object value) {
    if (!(value instanceof Number n)) {
      return null;
    }
    try {
      return new BigDecimal(n.toString()).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      return null;
    }
  }
}
