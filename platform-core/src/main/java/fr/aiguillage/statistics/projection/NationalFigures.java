package fr.aiguillage.statistics.projection;

import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.statistics.definition.IndicatorCatalogue;
import fr.aiguillage.statistics.definition.IndicatorDefinition;
import fr.aiguillage.statistics.table.Cell;
import fr.aiguillage.statistics.table.Figure;
import fr.aiguillage.statistics.table.Publication;
import fr.aiguillage.statistics.table.StatisticalTable;
import fr.aiguillage.statistics.table.Suppression;
import fr.aiguillage.statistics.table.TableBuilder;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
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
import java.util.Arrays;
import java.util.List;

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
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /**
   * The indicator's tables over the period, suppressed: the people counted per département and
   * month with the nation's totals; for a delay the mean delays with the nation's mean (over the
   * nation's people) as totals and, in days, the shares within 15, 30, 42 and 45 days over each
   * cohort (the nation's over its cohort). No median: the totals read keep DREES's bands (ADR
   * 0026).
   */
  public Publication read(String id, String from, String to) {
    Caller reader = caller.get();
    if (!reader.hasRole(Roles.STATS_READER) && !reader.hasRole(Roles.PLATFORM_ADMIN)) {
      throw new AccessDeniedException(
          "Les chiffres nationaux sont réservés à la statistique nationale et à l'administration"
              + " de la plateforme.");
    }
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
    Readings.Shape shape = Readings.ALL.get(d.id()).shape();
    boolean delay = Figures.isDelay(d.id());
    boolean share = shape == Readings.Shape.RATE || shape == Readings.Shape.STOCK_SHARE;
    @SuppressWarnings("unchecked")
    List<Object[]> tenants =
        em.createNativeQuery("SELECT code, name FROM tenant ORDER BY code").getResultList();
    TableBuilder people =
        StatisticalTable.builder(
                d.label()
                    + (delay ? " — personnes arrivées au terme" : share ? " — dénominateur" : ""),
                d.id(),
                d.sentence())
            .columns(months.stream().map(YearMonth::toString).toArray(String[]::new));
    TableBuilder means =
        StatisticalTable.builder(
                d.label()
                    + (shape == Readings.Shape.HOURS
                        ? " — délai moyen (heures)"
                        : " — délai moyen (jours)"),
                d.id(),
                d.sentence())
            .columns(months.stream().map(YearMonth::toString).toArray(String[]::new));
    TableBuilder numerators =
        StatisticalTable.builder(d.label() + " — numérateur", d.id(), d.sentence())
            .columns(months.stream().map(YearMonth::toString).toArray(String[]::new));
    // a delay in days: the shares within DREES's thresholds, over the cohort (reached and waiting)
    boolean thresholds = shape == Readings.Shape.DELAY;
    int[] limits = thresholds ? DelayFigures.THRESHOLDS : new int[0];
    TableBuilder[] within = new TableBuilder[limits.length];
    for (int t = 0; t < limits.length; t++) {
      within[t] =
          StatisticalTable.builder(
                  d.label() + " — part dans les " + limits[t] + " jours", d.id(), d.sentence())
              .columns(months.stream().map(YearMonth::toString).toArray(String[]::new));
    }
    // per month: the nation's cohort and, per threshold, its people within
    long[][] nationWithin = new long[months.size()][limits.length + 1];
    double[][] nation = new double[months.size()][2];
    for (Object[] t : tenants) {
      List<Figures.Month> figures = figures((String) t[0], d.id(), start, end);
      long[] counts = new long[months.size()];
      long[] numerator = new long[months.size()];
      Cell[] mean = new Cell[months.size()];
      Cell[][] shares = new Cell[limits.length][months.size()];
      for (int i = 0; i < months.size(); i++) {
        Figures.Month m = figures.get(i);
        if (delay) {
          counts[i] = m.delay().reached();
          mean[i] =
              counts[i] == 0 ? Cell.measureOverNobody() : Cell.measure(m.delay().mean(), counts[i]);
          nation[i][0] += counts[i];
          nation[i][1] += counts[i] == 0 ? 0 : m.delay().mean() * counts[i];
          long cohort = m.delay().reached() + m.delay().waiting();
          nationWithin[i][limits.length] += cohort;
          for (int k = 0; k < limits.length; k++) {
            Double part = m.delay().shareWithin().get(limits[k]);
            shares[k][i] = part == null ? Cell.measureOverNobody() : Cell.measure(part, cohort);
            nationWithin[i][k] += part == null ? 0 : Math.round(part * cohort);
          }
        } else if (share) {
          counts[i] = m.share().denominator();
          numerator[i] = m.share().numerator();
        } else {
          counts[i] = m.people();
        }
      }
      String label = t[0] + " — " + t[1];
      people.row(label, counts);
      if (delay) {
        means.row(label, mean);
      }
      for (int k = 0; k < limits.length; k++) {
        within[k].row(label, shares[k]);
      }
      if (share) {
        numerators.row(label, numerator);
      }
    }
    List<StatisticalTable> tables = new ArrayList<>();
    tables.add(people.withColumnTotals().build());
    if (delay) {
      tables.add(
          means
              .columnTotals(Arrays.stream(nation).map(NationalFigures::mean).toArray(Cell[]::new))
              .build());
    }
    for (int t = 0; t < limits.length; t++) {
      int k = t;
      tables.add(
          within[t]
              .columnTotals(
                  Arrays.stream(nationWithin)
                      .map(
                          w ->
                              w[limits.length] == 0
                                  ? Cell.measureOverNobody()
                                  : Cell.measure(
                                      (double) w[k] / w[limits.length], w[limits.length]))
                      .toArray(Cell[]::new))
              .build());
    }
    if (share) {
      tables.add(numerators.withColumnTotals().build());
    }
    return Publication.suppressed(
        d.label(),
        start + " à " + end,
        "Aiguillage, projections du flux des événements du parcours (" + LocalDate.now(clock) + ")",
        Suppression.standard(),
        tables);
  }

  private List<Figures.Month> figures(String tenant, String id, YearMonth start, YearMonth end) {
    return Figures.monthsOf(em, tenant, id, start, end);
  }

  /** The mean of {people, days summed}: over nobody, no value. */
  private static Cell mean(double[] peopleAndDays) {
    long people = Math.round(peopleAndDays[0]);
    return people == 0 ? Cell.measureOverNobody() : Cell.measure(peopleAndDays[1] / people, people);
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
