package fr.aiguillage.statistics.projection;

import static fr.aiguillage.statistics.projection.FollowUpCells.*;

import fr.aiguillage.statistics.definition.BodyCategory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How each computed indicator is read from the cells (docs/indicators.md): which cells, and whether
 * they are counted in their month (a flow, a cohort's delays), a rate of some of their breakdowns
 * over others, or a stock summed from what entered and left up to each month's last day ({@link
 * StockCells}).
 */
final class Readings {
  enum Shape {
    COUNT,
    DELAY,
    /** A delay in hours: no thresholds in days. */
    HOURS,
    RATE,
    STOCK,
    STOCK_SHARE
  }

  /**
   * @param cells the cells' indicator
   * @param only the breakdowns counted (null: all)
   * @param numerator for a rate: its breakdowns (null: all of {@code only}); for a stock share, the
   *     numerator's breakdowns
   * @param denominatorCells for a stock share: the denominator's cells
   * @param denominator for a stock share: the denominator's breakdowns (null: all)
   * @param byKind breakdowns are OARSA categories, shown by DREES's kind of body
   */
  record Reading(
      String cells,
      Shape shape,
      Set<String> only,
      Set<String> numerator,
      String denominatorCells,
      Set<String> denominator,
      boolean byKind) {
    static Reading of(String cells, Shape shape) {
      return new Reading(cells, shape, null, null, null, null, false);
    }
  }

  private static final Set<String> OUTCOMES = Set.of("SEEN", "EXCUSED", "NO_SHOW");
  private static final Set<String> ANSWERS = Set.of("ACCEPTED", "REFUSED");
  private static final Set<String> NOT_FRANCE_TRAVAIL =
      Arrays.stream(BodyCategory.values())
          .filter(c -> c != BodyCategory.FRANCE_TRAVAIL && c != BodyCategory.UNKNOWN)
          .map(Enum::name)
          .collect(Collectors.toUnmodifiableSet());

  static final Map<String, Reading> ALL = build();

  private Readings() {}

  private static Map<String, Reading> build() {
    Map<String, Reading> m = new LinkedHashMap<>();
    Function<String, Reading> count = id -> Reading.of(id, Shape.COUNT);
    Function<String, Reading> delay = id -> Reading.of(id, Shape.DELAY);
    for (String id :
        new String[] {
          Contributions.NEW_SUBJECT,
          Contributions.ORIENTED,
          CANCELLED,
          REORIENTED_TO_NON_SPE,
          REORIENTED_TO_SPE,
          YEAR_REORIENTED_TO_NON_SPE,
          YEAR_REORIENTED_TO_SPE,
          T5_ENTRANTS,
          T5_FIRST_ORIENTED,
          T5_OUTSIDE_FRANCE_TRAVAIL,
          T5_FIRST_CONTRACT,
          SESSION_INVITED,
          SESSION_PRESENT
        }) {
      m.put(id, count.apply(id));
    }
    for (String id :
        new String[] {
          Contributions.DELAY_FROM_CLAIM,
          Contributions.DELAY_FROM_RIGHTS_AND_DUTIES,
          FIRST_APPOINTMENT_DELAY,
          ACCOMPANIMENT_FROM_CLAIM,
          ACCOMPANIMENT_FROM_RIGHTS_AND_DUTIES,
          CONTRACT_FROM_ORIENTATION,
          CONTRACT_FROM_NOTIFICATION,
          T5_DELAY_TO_ORIENTATION,
          T5_DELAY_TO_CONTRACT
        }) {
      m.put(id, delay.apply(id));
    }
    m.put(RESPONSE_TIME, new Reading(RESPONSE_TIME, Shape.HOURS, null, null, null, null, false));
    m.put(ATTENDANCE, rate(ATTENDANCE, OUTCOMES, Set.of("SEEN")));
    m.put(EXCUSED, rate(ATTENDANCE, OUTCOMES, Set.of("EXCUSED")));
    m.put(NO_SHOW, rate(ATTENDANCE, OUTCOMES, Set.of("NO_SHOW")));
    m.put(REFUSAL_RATE, rate(RESPONSE_TIME, ANSWERS, Set.of("REFUSED")));
    m.put(
        EXPIRY_RATE, rate(RESPONSE_TIME, Set.of("ACCEPTED", "REFUSED", EXPIRED), Set.of(EXPIRED)));
    m.put(CONTRACT_WITHIN_ONE_MONTH, rate(CONTRACT_WITHIN_ONE_MONTH, Set.of(YES, NO), Set.of(YES)));
    m.put(SESSION_ATTENDANCE, rate(SESSION_INVITED, Set.of(CAME, ABSENT), Set.of(CAME)));
    m.put(
        SESSION_ORIENTED,
        new Reading(
            SESSION_PRESENT, Shape.COUNT, Set.of(ORIENTED_AT_DESK), null, null, null, false));
    m.put(
        SESSION_ORIENTED_SHARE,
        rate(
            SESSION_PRESENT,
            Set.of(ORIENTED_AT_DESK, NOT_ORIENTED_AT_DESK),
            Set.of(ORIENTED_AT_DESK)));
    for (String id :
        new String[] {
          StockCells.SUBJECT,
          StockCells.NOT_ORIENTED,
          StockCells.ORIENTED,
          StockCells.CONTRACT_VALID,
          StockCells.CONTRACTS_BY_DURATION,
          StockCells.CONTRACTS_BY_ACTION,
          StockCells.STRUCTURE_CASELOAD,
          StockCells.REFERENT_CASELOAD
        }) {
      m.put(id, Reading.of(id, Shape.STOCK));
    }
    m.put(
        "oarsa-t2-france-travail-registered",
        new Reading(
            StockCells.ORIENTED,
            Shape.STOCK,
            Set.of(BodyCategory.FRANCE_TRAVAIL.name()),
            null,
            null,
            null,
            false));
    m.put(
        "oarsa-t1-oriented-share",
        new Reading(
            StockCells.ORIENTED, Shape.STOCK_SHARE, null, null, StockCells.SUBJECT, null, false));
    m.put(
        "oarsa-t1-body-kind-share",
        new Reading(StockCells.ORIENTED, Shape.STOCK, null, null, null, null, true));
    m.put(
        "oarsa-t2-contract-share",
        new Reading(
            StockCells.CONTRACT_VALID,
            Shape.STOCK_SHARE,
            null,
            null,
            StockCells.ORIENTED,
            NOT_FRANCE_TRAVAIL,
            false));
    return Map.copyOf(m);
  }

  private static Reading rate(String cells, Set<String> denominator, Set<String> numerator) {
    return new Reading(cells, Shape.RATE, denominator, numerator, null, null, false);
  }
}
