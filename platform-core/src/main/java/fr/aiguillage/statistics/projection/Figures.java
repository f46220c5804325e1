package fr.aiguillage.statistics.projection;

import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.statistics.definition.IndicatorCatalogue;
import fr.aiguillage.statistics.definition.IndicatorDefinition;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantScoped;
import fr.aiguillage.vocabulary.Pathway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A département's figures, unsuppressed, read from the projections' cells only (never the people):
 * an indicator month by month over a period, for the whole département or one territory, with its
 * definition.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Figures {
  /** The indicators the projections compute so far; the others are defined, not yet computed. */
  public static final Set<String> COMPUTED = Readings.ALL.keySet();

  /** The indicators whose cells are broken down by pathway: the only ones a pathway filters. */
  public static final Set<String> BY_PATHWAY =
      Set.of(
          Contributions.ORIENTED,
          Contributions.DELAY_FROM_CLAIM,
          Contributions.DELAY_FROM_RIGHTS_AND_DUTIES,
          FollowUpCells.FIRST_APPOINTMENT_DELAY,
          FollowUpCells.ACCOMPANIMENT_FROM_CLAIM,
          FollowUpCells.ACCOMPANIMENT_FROM_RIGHTS_AND_DUTIES,
          FollowUpCells.CONTRACT_FROM_ORIENTATION,
          FollowUpCells.CONTRACT_FROM_NOTIFICATION,
          FollowUpCells.REORIENTED_TO_NON_SPE,
          FollowUpCells.REORIENTED_TO_SPE,
          FollowUpCells.T5_DELAY_TO_ORIENTATION);

  /** The one query a read runs (per indicator, and per département for a national read). */
  public static final String CELLS =
      "SELECT month, breakdown, days, sum(people) FROM stat_cell"
          + " WHERE tenant_id = current_setting('app.tenant_id') AND indicator = ?1"
          + " AND month BETWEEN ?2 AND ?3 AND (?4 = '' OR territory = ?4)"
          + " AND (?5 = '' OR breakdown = ?5)"
          + " GROUP BY month, breakdown, days";

  /** The one query a national read runs per département: its totals ({@link Totals}). */
  public static final String TOTALS = Totals.ROWS;

  static final int MAX_MONTHS = 36;

  /** The cells an indicator reads (a rate reads its base's), for benchmarks and diagnostics. */
  public static String cellsOf(String id) {
    return Readings.ALL.get(id).cells();
  }

  /** Whether an indicator is a stock: its read sums every month up to the period's end. */
  public static boolean isStock(String id) {
    Readings.Shape s = Readings.ALL.get(id).shape();
    return s == Readings.Shape.STOCK || s == Readings.Shape.STOCK_SHARE;
  }

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /**
   * One month: the people counted (a stock: on the month's last day; a rate: its denominator), by
   * breakdown (pathway, outcome, category…), for a delay its figures, for a rate its share.
   */
  public record Month(
      String month, long people, Map<String, Long> byBreakdown, DelayFigures delay, Share share) {
    /** A month without a share (a count, a delay, a stock). */
    public Month(String month, long people, Map<String, Long> byBreakdown, DelayFigures delay) {
      this(month, people, byBreakdown, delay, null);
    }
  }

  /** A rate: numerator over denominator ({@code rate} null when the denominator is nobody). */
  public record Share(long numerator, long denominator, Double rate) {
    static Share of(long numerator, long denominator) {
      return new Share(
          numerator, denominator, denominator == 0 ? null : (double) numerator / denominator);
    }
  }

  public record IndicatorFigures(
      String id,
      String label,
      String definition,
      boolean computed,
      String from,
      String to,
      String territory,
      List<Month> months) {}

  /** The catalogue, each definition with whether it is computed yet. */
  public List<IndicatorFigures> catalogue() {
    caller.get().requireTenant();
    return IndicatorCatalogue.all().stream()
        .map(
            d ->
                new IndicatorFigures(
                    d.id(),
                    d.label(),
                    d.sentence(),
                    COMPUTED.contains(d.id()),
                    null,
                    null,
                    null,
                    List.of()))
        .toList();
  }

  public IndicatorFigures read(String id, String from, String to, String territory) {
    return read(id, from, to, territory, null);
  }

  /**
   * As {@link #read(String, String, String, String)}, the cells of one pathway only (a {@link
   * Pathway} name) when {@code pathway} is given. The people set apart (waiting, left, unknown
   * start) have no pathway yet: a pathway's figures count only those it was decided for.
   */
  public IndicatorFigures read(
      String id, String from, String to, String territory, String pathway) {
    caller.get().requireTenant();
    IndicatorDefinition d =
        IndicatorCatalogue.find(id)
            .orElseThrow(() -> new NotFoundException("L'indicateur « " + id + " »"));
    if (!COMPUTED.contains(d.id())) {
      throw new NotFoundException(
          "Les chiffres de l'indicateur « " + id + " » (défini, pas encore calculé)");
    }
    YearMonth now = YearMonth.now(clock.withZone(ZoneId.of("Europe/Paris")));
    YearMonth end = month("to", to, now);
    YearMonth start = month("from", from, end.minusMonths(11));
    check(start, end, now);
    UUID place = territory == null || territory.isBlank() ? null : territory(territory);
    String only = pathway == null || pathway.isBlank() ? "" : pathway(pathway);
    if (!only.isEmpty() && !BY_PATHWAY.contains(d.id())) {
      throw new InvalidInputException(
          "pathway", "L'indicateur « " + id + " » n'est pas ventilé par parcours.");
    }
    return new IndicatorFigures(
        d.id(),
        d.label(),
        d.sentence(),
        true,
        start.toString(),
        end.toString(),
        place == null ? null : place.toString(),
        months(cells(em), d.id(), start, end, place == null ? "" : place.toString(), only));
  }

  /**
   * An indicator's months, read from the cells of the tenant set in the transaction ({@code
   * app.tenant_id}): for one territory and one pathway when not empty.
   */
  static List<Month> months(
      CellSource source,
      String id,
      YearMonth start,
      YearMonth end,
      String territory,
      String pathway) {
    Readings.Reading r = Readings.ALL.get(id);
    boolean stock = isStock(id);
    Map<YearMonth, List<Object[]>> cells =
        byMonth(source.rows(r.cells(), stock ? null : start, end, territory, pathway));
    Map<YearMonth, List<Object[]>> denominator =
        r.denominatorCells() == null
            ? Map.of()
            : byMonth(source.rows(r.denominatorCells(), null, end, territory, pathway));
    List<Month> out = new ArrayList<>();
    Map<String, Long> running = new TreeMap<>();
    Map<String, Long> runningDenominator = new TreeMap<>();
    if (stock) {
      cells.forEach(
          (m, rows) -> {
            if (m.isBefore(start)) cumulate(running, rows);
          });
      denominator.forEach(
          (m, rows) -> {
            if (m.isBefore(start)) cumulate(runningDenominator, rows);
          });
    }
    for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
      List<Object[]> rows = cells.getOrDefault(m, List.of());
      out.add(
          switch (r.shape()) {
            case COUNT -> count(m, rows, r.only());
            case DELAY, HOURS -> delay(m, rows, r.shape() == Readings.Shape.HOURS);
            case RATE -> rate(m, rows, r.only(), r.numerator());
            case STOCK -> {
              cumulate(running, rows);
              yield stockMonth(m, running, r.only(), r.byKind(), null);
            }
            case STOCK_SHARE -> {
              cumulate(running, rows);
              cumulate(runningDenominator, denominator.getOrDefault(m, List.of()));
              yield stockMonth(
                  m,
                  running,
                  r.only(),
                  false,
                  Share.of(
                      total(running, r.numerator()), total(runningDenominator, r.denominator())));
            }
          });
    }
    return out;
  }

  /**
   * One département's months, read from its totals ({@link Totals}) under its own row-level policy
   * (national reads): a delay without its median and 90th percentile, which need every day.
   */
  static List<Month> monthsOf(
      EntityManager em, String tenant, String id, YearMonth start, YearMonth end) {
    em.createNativeQuery("SELECT set_config('app.tenant_id', ?1, true)")
        .setParameter(1, tenant)
        .getSingleResult();
    try {
      return months(totals(em), id, start, end, "", "");
    } finally {
      em.createNativeQuery("SELECT set_config('app.tenant_id', '', true)").getSingleResult();
    }
  }

  /**
   * The cells of an indicator: month, breakdown, days and people summed, per row; from the totals,
   * the days are a delay's band and a fifth column sums them.
   */
  interface CellSource {
    /**
     * From {@code from} (null: from the first) to {@code to}; territory and pathway if not empty.
     */
    List<Object[]> rows(
        String indicator, YearMonth from, YearMonth to, String territory, String pathway);
  }

  /** The cells of the tenant set in the transaction ({@code app.tenant_id}). */
  static CellSource cells(EntityManager em) {
    return (indicator, from, to, territory, pathway) -> {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(CELLS)
              .setParameter(1, indicator)
              .setParameter(2, firstDay(from))
              .setParameter(3, to.atDay(1))
              .setParameter(4, territory)
              .setParameter(5, pathway)
              .getResultList();
      return rows;
    };
  }

  /** The totals of the tenant set in the transaction: the whole département, no territory. */
  static CellSource totals(EntityManager em) {
    return (indicator, from, to, territory, pathway) -> {
      if (!territory.isEmpty()) {
        throw new IllegalArgumentException("The totals have no territory");
      }
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(Totals.ROWS)
              .setParameter(1, indicator)
              .setParameter(2, firstDay(from))
              .setParameter(3, to.atDay(1))
              .setParameter(4, pathway)
              .getResultList();
      return rows;
    };
  }

  /** A read's first day: its first month's, or before any cell (a stock's whole history). */
  private static LocalDate firstDay(YearMonth from) {
    return from == null ? LocalDate.of(1900, 1, 1) : from.atDay(1);
  }

  private static Map<YearMonth, List<Object[]>> byMonth(List<Object[]> rows) {
    Map<YearMonth, List<Object[]>> byMonth = new TreeMap<>();
    for (Object[] r : rows) {
      LocalDate m = r[0] instanceof java.sql.Date s ? s.toLocalDate() : (LocalDate) r[0];
      byMonth.computeIfAbsent(YearMonth.from(m), k -> new ArrayList<>()).add(r);
    }
    return byMonth;
  }

  private static Month count(YearMonth m, List<Object[]> rows, Set<String> only) {
    Map<String, Long> by = new TreeMap<>();
    for (Object[] r : rows) {
      if (only == null || only.contains((String) r[1])) {
        by.merge((String) r[1], ((Number) r[3]).longValue(), Long::sum);
      }
    }
    return new Month(m.toString(), total(by, null), by, null, null);
  }

  private static Month rate(
      YearMonth m, List<Object[]> rows, Set<String> only, Set<String> numerator) {
    Map<String, Long> by = new TreeMap<>();
    for (Object[] r : rows) {
      by.merge((String) r[1], ((Number) r[3]).longValue(), Long::sum);
    }
    long denominator = total(by, only);
    return new Month(
        m.toString(), denominator, by, null, Share.of(total(by, numerator), denominator));
  }

  private static Month delay(YearMonth m, List<Object[]> rows, boolean hours) {
    Map<String, Long> by = new TreeMap<>();
    TreeMap<Integer, Long> days = new TreeMap<>();
    Map<String, Long> apart = new LinkedHashMap<>();
    long people = 0;
    Long daysSummed = null;
    for (Object[] r : rows) {
      String breakdown = (String) r[1];
      int d = ((Number) r[2]).intValue();
      long n = ((Number) r[3]).longValue();
      if (r.length > 4) {
        daysSummed = (daysSummed == null ? 0 : daysSummed) + ((Number) r[4]).longValue();
      }
      people += n;
      by.merge(breakdown, n, Long::sum);
      if (d >= 0) {
        days.merge(d, n, Long::sum);
      } else {
        apart.merge(breakdown, n, Long::sum);
      }
    }
    DelayFigures figures =
        DelayFigures.of(
            days,
            apart.getOrDefault(Contributions.WAITING, 0L),
            apart.getOrDefault(Contributions.LEFT, 0L),
            apart.getOrDefault(Contributions.UNKNOWN_START, 0L),
            apart.getOrDefault(Contributions.INCONSISTENT, 0L));
    if (daysSummed != null) {
      figures = figures.banded(daysSummed);
    }
    return new Month(m.toString(), people, by, hours ? figures.withoutThresholds() : figures, null);
  }

  /** Adds a month's entries into a stock and takes its exits away. */
  private static void cumulate(Map<String, Long> running, List<Object[]> rows) {
    for (Object[] r : rows) {
      long n = ((Number) r[3]).longValue();
      running.merge(
          (String) r[1], ((Number) r[2]).intValue() == StockCells.OUT ? -n : n, Long::sum);
    }
  }

  private static Month stockMonth(
      YearMonth m, Map<String, Long> running, Set<String> only, boolean byKind, Share share) {
    Map<String, Long> by = new TreeMap<>();
    running.forEach(
        (b, n) -> {
          if (n != 0 && (only == null || only.contains(b)) && !(byKind && People.isMargin(b))) {
            by.merge(byKind ? kind(b) : b, n, Long::sum);
          }
        });
    return new Month(m.toString(), total(by, null), by, null, share);
  }

  private static String kind(String category) {
    try {
      return fr.aiguillage.statistics.definition.BodyCategory.valueOf(category).kind().name();
    } catch (IllegalArgumentException e) {
      return fr.aiguillage.statistics.definition.BodyKind.UNKNOWN.name();
    }
  }

  /** The total of an indicator's own breakdowns (its people's margins left out). */
  private static long total(Map<String, Long> by, Set<String> only) {
    long n = 0;
    for (var e : by.entrySet()) {
      if (!People.isMargin(e.getKey()) && (only == null || only.contains(e.getKey()))) {
        n += e.getValue();
      }
    }
    return n;
  }

  private static String pathway(String value) {
    try {
      return Pathway.valueOf(value).name();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "pathway", "Parcours attendu : PROFESSIONAL, SOCIO_PROFESSIONAL ou SOCIAL.");
    }
  }

  private UUID territory(String value) {
    UUID id;
    try {
      id = UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("territory", "Identifiant de territoire invalide.");
    }
    if (em.createNativeQuery("SELECT 1 FROM territory WHERE id = ?1")
        .setParameter(1, id)
        .getResultList()
        .isEmpty()) {
      throw new NotFoundException("Le territoire");
    }
    return id;
  }

  /** A period of whole months: in order, 36 months at most, never past the current month. */
  static void check(YearMonth start, YearMonth end, YearMonth now) {
    if (end.isAfter(now)) {
      throw new InvalidInputException(
          "to", "La période ne peut pas finir après le mois en cours (" + now + ").");
    }
    if (start.isAfter(end)) {
      throw new InvalidInputException("from", "Le début de la période est après sa fin.");
    }
    if (start.plusMonths(MAX_MONTHS - 1).isBefore(end)) {
      throw new InvalidInputException("from", "La période dépasse " + MAX_MONTHS + " mois.");
    }
  }

  static boolean isDelay(String id) {
    Readings.Shape s = Readings.ALL.get(id).shape();
    return s == Readings.Shape.DELAY || s == Readings.Shape.HOURS;
  }

  static YearMonth month(String field, String value, YearMonth otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "Mois attendu au format AAAA-MM (par exemple 2026-09).");
    }
  }
}
