package fr.aiguillage.questionnaire;

import java.math.BigDecimal;

/** The whole numbers a NUMBER question accepts, bounds included. */
public record NumberRange(long min, long max) {
  /** For a number question that declares no range of its own. */
  public static final NumberRange DEFAULT = new NumberRange(0, 999);

  public NumberRange {
    if (min > max) {
      throw new IllegalArgumentException("min > max");
    }
  }

  public boolean contains(BigDecimal n) {
    return n.compareTo(BigDecimal.valueOf(min)) >= 0 && n.compareTo(BigDecimal.valueOf(max)) <= 0;
  }
}
