package fr.aiguillage.statistics.projection;

import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.statistics.definition.IndicatorCatalogue;
import fr.aiguillage.statistics.definition.IndicatorDefinition;
import fr.aiguillage.statistics.table.Cell;
import fr.aiguillage.statistics.table.Figure;
import fr.aiguillage.statistics.table.Publication;
import fr.aiguillage.statistics.table.StatisticalTable;
import fr.aiguillage.statistics.table.Suppression;
import fr.aiguillage.statistics.table.TableBuilder;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures national bodies read: every département's, each read under its own row-level
 * security, laid out as one row per département and one column per month, and always suppressed
 * (cells under 5 people and the cells that would give them back: statistics-disclosure.md). Nothing
 * personal exists there: cells of people counted, and means over them.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class NationalFigures {
  /**
   * A département's sums per month of an indicator over a period (?2 to ?3), for a delay (?4) only
   * the people who reached its end; public for the statistics' benchmark, which runs it as it is.
   */
  public static final String SUMS =
      "SELECT month, sum(people), sum(people * greatest(days, 0)) FROM stat_cell"
          + " WHERE tenant_id = current_setting('app.tenant_id') AND indicator = ?1"
          + " AND month BETWEEN ?2 AND ?3 AND (?4 = false OR days >= 0) GROUP BY month";

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /** The indicator's tables over the period, suppressed. */
  public Publication read(String id, String from, String to) {
    caller.get();
    IndicatorDefinition d =
        IndicatorCatalogue.find(id)
            .orElseThrow(() -> new NotFoundException("L'indicateur « " + id + " »"));
    if (!Figures.COMPUTED.contains(d.id())) {
      throw new NotFoundException(
          "Les chiffres de l'indicateur « " + id + " » (défini, pas encore calculé)");
    }
    YearMonth now = YearMonth.now(clock.withZone(ZoneId.of("Europe/Paris")));
    YearMonth end = Figures.month("to", to, now);
    YearMonth start = Figures.month("from", from, end.minusMonths(11));
    Figures.check(start, end, now);
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
      months.add(m);
    }
    boolean delay = Figures.isDelay(d.id());
    @SuppressWarnings("unchecked")
    List<Object[]> tenants =
        em.createNativeQuery("SELECT code, name FROM tenant ORDER BY code").getResultList();
    TableBuilder people =
        StatisticalTable.builder(
                d.label() + (delay ? " — personnes arrivées au terme" : ""), d.id(), d.sentence())
            .columns(months.stream().map(YearMonth::toString).toArray(String[]::new));
    TableBuilder means =
        StatisticalTable.builder(d.label() + " — délai moyen (jours)", d.id(), d.sentence())
            .columns(months.stream().map(YearMonth::toString).toArray(String[]::new));
    for (Object[] t : tenants) {
      Map<YearMonth, long[]> sums = sums((String) t[0], d.id(), start, end, delay);
      long[] counts = new long[months.size()];
      Cell[] mean = new Cell[months.size()];
      for (int i = 0; i < months.size(); i++) {
        long[] s = sums.getOrDefault(months.get(i), new long[2]);
        counts[i] = s[0];
        mean[i] = s[0] == 0 ? Cell.measureOverNobody() : Cell.measure((double) s[1] / s[0], s[0]);
      }
      String label = t[0] + " — " + t[1];
      people.row(label, counts);
      means.row(label, mean);
    }
    List<StatisticalTable> tables = new ArrayList<>();
    tables.add(people.withColumnTotals().build());
    if (delay) {
      tables.add(means.build());
    }
    return Publication.suppressed(
        d.label(),
        start + " à " + end,
        "Aiguillage, projections du flux des événements du parcours (" + LocalDate.now(clock) + ")",
        Suppression.standard(),
        tables);
  }

  /** Per month: people counted (for a delay, those who reached its end) and their days summed. */
  private Map<YearMonth, long[]> sums(
      String tenant, String id, YearMonth start, YearMonth end, boolean delay) {
    em.createNativeQuery("SELECT set_config('app.tenant_id', ?1, true)")
        .setParameter(1, tenant)
        .getSingleResult();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SUMS)
            .setParameter(1, id)
            .setParameter(2, start.atDay(1))
            .setParameter(3, end.atDay(1))
            .setParameter(4, delay)
            .getResultList();
    em.createNativeQuery("SELECT set_config('app.tenant_id', '', true)").getSingleResult();
    Map<YearMonth, long[]> out = new HashMap<>();
    for (Object[] r : rows) {
      LocalDate m = r[0] instanceof java.sql.Date s ? s.toLocalDate() : (LocalDate) r[0];
      out.put(
          YearMonth.from(m), new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
    }
    return out;
  }

  /** A cell as JSON shows it: the figure, or nothing with the secret's mark. */
  public record JsonCell(Double value, boolean suppressed) {
    static JsonCell of(Cell c) {
      return new JsonCell(
          c.published()
              .map(f -> f instanceof Figure.Measure m ? m.value() : (double) f.people())
              .orElse(null),
          c.suppressed());
    }
  }

  public record JsonRow(String label, List<JsonCell> cells) {}

  public record JsonTable(
      String title,
      String indicator,
      String definition,
      List<String> columns,
      List<JsonRow> rows,
      List<JsonCell> columnTotals) {}

  public record JsonPublication(
      String title, String period, String source, int threshold, List<JsonTable> tables) {}

  /** The publication as JSON: suppressed cells carry no figure. */
  public static JsonPublication json(Publication p) {
    return new JsonPublication(
        p.title(),
        p.period(),
        p.source(),
        p.suppressionThreshold().orElse(0),
        p.tables().stream()
            .map(
                t ->
                    new JsonTable(
                        t.title(),
                        t.indicatorId(),
                        t.definition(),
                        t.columnLabels(),
                        java.util.stream.IntStream.range(0, t.rows())
                            .mapToObj(
                                r ->
                                    new JsonRow(
                                        t.rowLabels().get(r),
                                        t.cells().get(r).stream().map(JsonCell::of).toList()))
                            .toList(),
                        t.columnTotals().stream().map(JsonCell::of).toList()))
            .toList());
  }
}
