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
  public static final Set<String> COMPUTED =
      Set.of(
          Contributions.NEW_SUBJECT,
          Contributions.ORIENTED,
          Contributions.DELAY_FROM_CLAIM,
          Contributions.DELAY_FROM_RIGHTS_AND_DUTIES);

  static final int MAX_MONTHS = 36;

  /**
   * An indicator's cells over a period (?2 to ?3), a territory's or all (?4 empty), a pathway's or
   * all (?5 empty); public for the statistics' benchmark, which runs it as it is.
   */
  public static final String CELLS =
      "SELECT month, breakdown, days, sum(people) FROM stat_cell"
          + " WHERE tenant_id = current_setting('app.tenant_id') AND indicator = ?1"
          + " AND month BETWEEN ?2 AND ?3 AND (?4 = '' OR territory = ?4)"
          + " AND (?5 = '' OR breakdown = ?5)"
          + " GROUP BY month, breakdown, days";

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /** One month: the people counted, by breakdown (pathway…), and for a delay its figures. */
  public record Month(
      String month, long people, Map<String, Long> byBreakdown, DelayFigures delay) {}

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
    return new IndicatorFigures(
        d.id(),
        d.label(),
        d.sentence(),
        true,
        start.toString(),
        end.toString(),
        place == null ? null : place.toString(),
        months(d.id(), start, end, place, only));
  }

  private List<Month> months(
      String id, YearMonth start, YearMonth end, UUID territory, String pathway) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(CELLS)
            .setParameter(1, id)
            .setParameter(2, start.atDay(1))
            .setParameter(3, end.atDay(1))
            .setParameter(4, territory == null ? "" : territory.toString())
            .setParameter(5, pathway)
            .getResultList();
    boolean delay = isDelay(id);
    Map<YearMonth, List<Object[]>> byMonth = new TreeMap<>();
    for (Object[] r : rows) {
      LocalDate m = r[0] instanceof java.sql.Date s ? s.toLocalDate() : (LocalDate) r[0];
      byMonth.computeIfAbsent(YearMonth.from(m), k -> new ArrayList<>()).add(r);
    }
    List<Month> out = new ArrayList<>();
    for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
      Map<String, Long> by = new TreeMap<>();
      TreeMap<Integer, Long> days = new TreeMap<>();
      long people = 0;
      Map<String, Long> apart = new LinkedHashMap<>();
      for (Object[] r : byMonth.getOrDefault(m, List.of())) {
        String breakdown = (String) r[1];
        int d = ((Number) r[2]).intValue();
        long n = ((Number) r[3]).longValue();
        people += n;
        by.merge(breakdown, n, Long::sum);
        if (d >= 0) {
          days.merge(d, n, Long::sum);
        } else {
          apart.merge(breakdown, n, Long::sum);
        }
      }
      out.add(
          new Month(
              m.toString(),
              people,
              by,
              delay
                  ? DelayFigures.of(
                      days,
                      apart.getOrDefault(Contributions.WAITING, 0L),
                      apart.getOrDefault(Contributions.LEFT, 0L),
                      apart.getOrDefault(Contributions.UNKNOWN_START, 0L),
                      apart.getOrDefault(Contributions.INCONSISTENT, 0L))
                  : null));
    }
    return out;
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
    return id.equals(Contributions.DELAY_FROM_CLAIM)
        || id.equals(Contributions.DELAY_FROM_RIGHTS_AND_DUTIES);
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
