package fr.aiguillage.statistics.table;

import java.util.List;
import java.util.OptionalInt;

/**
 * Tables published together, in one workbook or one CSV file: what they are about, the period, the
 * source, and whether the statistical secret was applied (with its threshold).
 */
public record Publication(
    String title,
    String period,
    String source,
    List<StatisticalTable> tables,
    OptionalInt suppressionThreshold) {

  public Publication {
    requireText(title, "title");
    requireText(period, "period");
    requireText(source, "source");
    tables = List.copyOf(tables);
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("a publication has at least one table");
    }
  }

  /**
   * For anything that leaves the département: every table goes through the suppression (again, if
   * it already did: suppressing twice changes nothing, and linked tables suppressed together stay
   * as they are).
   */
  public static Publication suppressed(
      String title,
      String period,
      String source,
      Suppression suppression,
      List<StatisticalTable> tables) {
    return new Publication(
        title,
        period,
        source,
        tables.stream().map(suppression::apply).toList(),
        OptionalInt.of(suppression.threshold()));
  }

  /** A département's own figures, for its own staff: nothing is suppressed. */
  public static Publication unsuppressed(
      String title, String period, String source, List<StatisticalTable> tables) {
    return new Publication(title, period, source, tables, OptionalInt.empty());
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
