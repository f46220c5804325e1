package fr.aiguillage.statistics.definition;

/**
 * OARSA's education levels (the former French nomenclature of 1969: Vbis/VI, V, IV, III to I), with
 * « Inconnu ». Read from the diagnostic's answer {@code qualification_level} of the national
 * questionnaire; a département's own codes map to UNKNOWN until they are added here.
 */
public enum EducationLevel {
  VBIS_VI("Niveau Vbis ou VI (sans diplôme)"),
  V("Niveau V (CAP, BEP)"),
  IV("Niveau IV (baccalauréat)"),
  III_TO_I("Niveaux III à I (bac + 2 ou plus)"),
  UNKNOWN("Inconnu");

  private final String label;

  EducationLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * From the national questionnaire's codes: {@code AUCUN} → Vbis/VI, {@code CAP_BEP} → V, {@code
   * BAC} → IV, {@code BAC_2} and {@code BAC_3_PLUS} → III to I; anything else is unknown.
   */
  public static EducationLevel ofQualificationAnswer(String code) {
    if (code == null) {
      return UNKNOWN;
    }
    return switch (code.strip()) {
      case "AUCUN" -> VBIS_VI;
      case "CAP_BEP" -> V;
      case "BAC" -> IV;
      case "BAC_2", "BAC_3_PLUS" -> III_TO_I;
      default -> UNKNOWN;
    };
  }
}
