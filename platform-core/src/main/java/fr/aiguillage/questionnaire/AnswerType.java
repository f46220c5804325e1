package fr.aiguillage.questionnaire;

/** How a question is answered, and the type its answer has in criteria expressions. */
public enum AnswerType {
  /** oui / non — {@code bool} */
  YES_NO,
  /** a whole number — {@code int} */
  NUMBER,
  /** one of the question's choices — {@code string}, the choice code */
  CHOICE,
  /** a barrier's level: NONE, MEDIUM or STRONG — {@code string} */
  BARRIER,
  /** free text in the person's words — {@code string}; not for criteria */
  TEXT
}
