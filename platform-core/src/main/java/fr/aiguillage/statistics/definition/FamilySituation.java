package fr.aiguillage.statistics.definition;

/**
 * OARSA's family situations (single or couple, with or without children), with « Inconnu ». Read
 * first from the household the CAF's flow describes ({@code has_partner}, {@code children}), else
 * from the diagnostic's answers {@code family_situation} ({@code SEUL} / {@code COUPLE}) and {@code
 * dependent_children}; either half missing or unreadable is unknown.
 */
public enum FamilySituation {
  SINGLE_WITHOUT_CHILDREN("Seul(e) sans enfant"),
  SINGLE_WITH_CHILDREN("Seul(e) avec enfant(s)"),
  COUPLE_WITHOUT_CHILDREN("En couple sans enfant"),
  COUPLE_WITH_CHILDREN("En couple avec enfant(s)"),
  UNKNOWN("Inconnu");

  private final String label;

  FamilySituation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** From the CAF's household: a spouse or partner in it, and its number of children. */
  public static FamilySituation ofHousehold(Boolean hasPartner, Integer children) {
    if (hasPartner == null || children == null || children < 0) {
      return UNKNOWN;
    }
    return ofAnswers(hasPartner ? "COUPLE" : "SEUL", children);
  }

  /** From the questionnaire's codes; anything else than SEUL or COUPLE is unknown. */
  public static FamilySituation ofAnswers(String familySituationAnswer, Integer dependentChildren) {
    if (familySituationAnswer == null || dependentChildren == null || dependentChildren < 0) {
      return UNKNOWN;
    }
    boolean children = dependentChildren > 0;
    return switch (familySituationAnswer.strip()) {
      case "SEUL" -> children ? SINGLE_WITH_CHILDREN : SINGLE_WITHOUT_CHILDREN;
      case "COUPLE" -> children ? COUPLE_WITH_CHILDREN : COUPLE_WITHOUT_CHILDREN;
      default -> UNKNOWN;
    };
  }
}
