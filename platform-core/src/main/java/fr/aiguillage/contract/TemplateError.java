package fr.aiguillage.contract;

/**
 * Why a template was refused: the field (JSON path), the place a person recognises ("Section 2 «
 * Vos engagements »"), the position in that text (line and column from 1, or 0 when the whole text
 * is at fault) and a French message.
 */
public record TemplateError(String field, String place, int line, int column, String message) {
  /** As one line for a person: "Section 2 « Vos engagements », ligne 3, colonne 12 : …". */
  public String describe() {
    String where = line > 0 ? ", ligne " + line + ", colonne " + column : "";
    return place + where + " : " + message;
  }
}
