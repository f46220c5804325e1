package fr.aiguillage.statistics.definition;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A published national figure to show next to the département's (REFERENCE §4.3, §7.3).
 *
 * @param cell the breakdown cell it is about (« France Travail »), or null for the whole
 * @param value in the indicator's unit (a rate in percent, a delay in days)
 * @param year the year the figure describes (not the year it was published)
 * @param source who published it, and where (French, shown as is)
 * @param note how it differs from ours, if it does (French), or null
 */
public record NationalAnchor(
    String cell, BigDecimal value, Unit unit, int year, String source, String note) {

  public NationalAnchor {
    Objects.requireNonNull(value);
    Objects.requireNonNull(unit);
    Objects.requireNonNull(source);
  }

  static NationalAnchor of(String value, Unit unit, int year, String source) {
    return new NationalAnchor(null, new BigDecimal(value), unit, year, source, null);
  }

  NationalAnchor forCell(String cellLabel) {
    return new NationalAnchor(cellLabel, value, unit, year, source, note);
  }

  NationalAnchor noting(String why) {
    return new NationalAnchor(cell, value, unit, year, source, why);
  }

  /** « 86 % (2023, DREES …) », « 79 jours (2023, …) ». */
  public String display() {
    String figure =
        value.stripTrailingZeros().toPlainString().replace('.', ',')
            + switch (unit) {
              case RATE -> " %";
              case DAYS -> " jours";
              case HOURS -> " heures";
              default -> " " + unit.label();
            };
    return (cell == null ? "" : cell + " : ")
        + figure
        + " ("
        + year
        + ", "
        + source
        + (note == null ? "" : " ; " + note)
        + ")";
  }
}
