package fr.aiguillage.statistics.projection;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells one person counts in, from their facts alone (docs/indicators.md): a pure function, so
 * that whatever order a person's events arrive in, the same facts give the same cells, and the
 * consumer applies only the difference between before and after an event.
 */
final class Contributions {
  static final String NEW_SUBJECT = "monthly-new-subject";
  static final String ORIENTED = "monthly-oriented";
  static final String DELAY_FROM_CLAIM = "monthly-orientation-delay-from-claim";
  static final String DELAY_FROM_RIGHTS_AND_DUTIES =
      "monthly-orientation-delay-from-rights-and-duties";

  /** Cohort members not decided yet. */
  static final String WAITING = "en-attente";

  /** Decided, their start unknown: counted in the decision's month. */
  static final String UNKNOWN_START = "debut-inconnu";

  /** Left the RSA before a decision. */
  static final String LEFT = "sortis";

  /** A decision before its start (a start corrected afterwards): never clamped to zero. */
  static final String INCONSISTENT = "dates-incoherentes";

  static final String UNKNOWN = "inconnu";

  private Contributions() {}

  static Map<CellKey, Integer> of(PersonFacts p, List<EntryFacts> entries) {
    return of(p, entries, FollowUp.NONE);
  }

  static Map<CellKey, Integer> of(PersonFacts p, List<EntryFacts> entries, FollowUp u) {
    Map<CellKey, Integer> out = new HashMap<>();
    String territory = p.territoryId() == null ? UNKNOWN : p.territoryId().toString();
    if (p.rightsAndDuties() != null) {
      add(out, NEW_SUBJECT, p.rightsAndDuties(), territory, "", CellKey.NO_DELAY);
    }
    for (EntryFacts e : entries) {
      if (e.decidedAt() != null) {
        add(out, ORIENTED, day(e), territory, pathway(e), CellKey.NO_DELAY);
      }
    }
    EntryFacts current =
        entries.stream().max(Comparator.comparing(EntryFacts::openedAt)).orElse(null);
    LocalDate decided = current == null || current.decidedAt() == null ? null : day(current);
    String pathway = current == null ? UNKNOWN : pathway(current);
    delay(out, DELAY_FROM_CLAIM, p.claim(), decided, pathway, p, territory);
    delay(out, DELAY_FROM_RIGHTS_AND_DUTIES, p.rightsAndDuties(), decided, pathway, p, territory);
    FollowUpCells.addAll(out, p, current, u, territory);
    StockCells.addAll(out, p, current, u, territory);
    return out;
  }

  /**
   * A delay in days from {@code start} to {@code end}, counted in the start's month (cohorts);
   * without an end yet, the person is waiting (or left); without a start, counted apart in the
   * end's month; an end before its start is inconsistent, never clamped to zero.
   */
  static void delay(
      Map<CellKey, Integer> out,
      String indicator,
      LocalDate start,
      LocalDate end,
      String breakdown,
      PersonFacts p,
      String territory) {
    if (end != null) {
      if (start == null) {
        add(out, indicator, end, territory, UNKNOWN_START, CellKey.NO_DELAY);
        return;
      }
      long days = ChronoUnit.DAYS.between(start, end);
      if (days < 0) {
        add(out, indicator, start, territory, INCONSISTENT, CellKey.NO_DELAY);
      } else {
        add(out, indicator, start, territory, breakdown, (int) Math.min(days, 36_500));
      }
    } else if (start != null) {
      add(out, indicator, start, territory, p.leftOn() != null ? LEFT : WAITING, CellKey.NO_DELAY);
    }
  }

  static LocalDate day(EntryFacts e) {
    return e.decidedAt().atZone(LifecycleFact.PARIS).toLocalDate();
  }

  static LocalDate day(java.time.Instant i) {
    return i == null ? null : i.atZone(LifecycleFact.PARIS).toLocalDate();
  }

  private static String pathway(EntryFacts e) {
    return e.pathway() == null ? UNKNOWN : e.pathway();
  }

  static void add(
      Map<CellKey, Integer> out,
      String indicator,
      LocalDate day,
      String territory,
      String breakdown,
      int days) {
    out.merge(
        new CellKey(indicator, day.withDayOfMonth(1), territory, breakdown, days), 1, Integer::sum);
  }
}
