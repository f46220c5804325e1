package fr.aiguillage.criteria;

/**
 * Why a rule was refused: which rule, where in its condition (line and column from 1), in French.
 */
public record RuleError(
    int ruleIndex, String ruleCode, String field, int line, int column, String message) {
  /** As one line for a person: "Règle 3 (emploi), ligne 1, colonne 5 : …". */
  public String describe() {
    String where = line > 0 ? ", ligne " + line + ", colonne " + column : "";
    return "Règle " + (ruleIndex + 1) + " (" + ruleCode + ")" + where + " : " + message;
  }
}
