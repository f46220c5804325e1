package fr.aiguillage.criteria;

import fr.aiguillage.vocabulary.Pathway;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A candidate criteria table replayed on the département's completed diagnostics, next to the table
 * in force: counts by pathway before and after, and the people whose proposal would change.
 */
public record ReplayReport(
    int baselineVersion,
    String candidate,
    long diagnostics,
    Map<Pathway, Long> before,
    Map<Pathway, Long> after,
    long changed,
    List<Change> changes,
    long millis) {

  /** At most this many changes are listed; {@code changed} counts them all. */
  public static final int MAX_LISTED = 1000;

  public record Change(
      UUID beneficiaryId,
      UUID diagnosticId,
      String name,
      Pathway before,
      String ruleBefore,
      Pathway after,
      String ruleAfter,
      String why) {}
}
