package fr.aiguillage.statistics.projection;

import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.statistics.definition.AgeBand;
import fr.aiguillage.statistics.definition.BodyCategory;
import fr.aiguillage.statistics.definition.ContractDurationBand;
import fr.aiguillage.statistics.definition.EducationLevel;
import fr.aiguillage.statistics.definition.FamilySituation;
import fr.aiguillage.statistics.definition.IndicatorCatalogue;
import fr.aiguillage.statistics.definition.RsaDurationBand;
import fr.aiguillage.statistics.definition.Sex;
import fr.aiguillage.statistics.table.Cell;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * DREES's annual OARSA survey, laid out as its tables (REFERENCE §7.1): one row per département,
 * the nation in the totals, on 31 December of a finished year, always suppressed (the national
 * bodies' read). T1 (people subject to rights and duties, oriented by category, and by each of the
 * people's breakdowns), T2, T3, T4, T5 and T6.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class OarsaTables {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /** One département's December figures, by indicator. */
  private record Year(String label, Map<String, Figures.Month> byIndicator) {
    Figures.Month get(String id) {
      return byIndicator.get(id);
    }
  }

  private static final List<String> READ =
      List.of(
          StockCells.SUBJECT,
          StockCells.NOT_ORIENTED,
          StockCells.ORIENTED,
          StockCells.CONTRACT_VALID,
          StockCells.CONTRACTS_BY_DURATION,
          StockCells.CONTRACTS_BY_ACTION,
          FollowUpCells.T5_ENTRANTS,
          FollowUpCells.T5_FIRST_ORIENTED,
          FollowUpCells.T5_OUTSIDE_FRANCE_TRAVAIL,
          FollowUpCells.T5_FIRST_CONTRACT,
          FollowUpCells.T5_DELAY_TO_ORIENTATION,
          FollowUpCells.T5_DELAY_TO_CONTRACT,
          FollowUpCells.YEAR_REORIENTED_TO_NON_SPE,
          FollowUpCells.YEAR_REORIENTED_TO_SPE);

  public Publication read(int year) {
    caller.get();
    YearMonth now = YearMonth.now(clock.withZone(ZoneId.of("Europe/Paris")));
    if (year < 2000 || year >= now.getYear()) {
      throw new InvalidInputException(
          "year", "OARSA porte sur une année terminée : de 2000 à " + (now.getYear() - 1) + ".");
    }
    YearMonth december = YearMonth.of(year, 12);
    @SuppressWarnings("unchecked")
    List<Object[]> tenants =
        em.createNativeQuery("SELECT code, name FROM tenant ORDER BY code").getResultList();
    List<Year> years = new ArrayList<>();
    for (Object[] t : tenants) {
      Map<String, Figures.Month> by = new LinkedHashMap<>();
      for (String id : READ) {
        by.put(id, Figures.monthsOf(em, (String) t[0], id, december, december).get(0));
      }
      years.add(new Year(t[0] + " — " + t[1], by));
    }
    List<StatisticalTable> tables = new ArrayList<>();
    tables.add(
        counts(
            "T1 — Personnes soumises aux droits et devoirs au 31 décembre",
            StockCells.SUBJECT,
            years,
            List.of("Soumises", "Non orientées", "Orientées"),
            y ->
                new long[] {
                  y.get(StockCells.SUBJECT).people(),
                  y.get(StockCells.NOT_ORIENTED).people(),
                  y.get(StockCells.ORIENTED).people()
                }));
    tables.add(
        byBreakdown(
            "T1 — Personnes orientées selon l'organisme référent",
            StockCells.ORIENTED,
            years,
            labels(BodyCategory.values(), BodyCategory::label),
            "",
            StockCells.ORIENTED));
    tables.add(
        byBreakdown(
            "T1 — Personnes soumises aux droits et devoirs selon l'âge",
            StockCells.SUBJECT,
            years,
            labels(AgeBand.values(), AgeBand::label),
            People.AGE,
            StockCells.SUBJECT));
    tables.add(
        byBreakdown(
            "T1 — Personnes soumises aux droits et devoirs selon le sexe",
            StockCells.SUBJECT,
            years,
            labels(Sex.values(), Sex::label),
            People.SEX,
            StockCells.SUBJECT));
    tables.add(
        byBreakdown(
            "T1 — Personnes soumises aux droits et devoirs selon la situation familiale",
            StockCells.SUBJECT,
            years,
            labels(FamilySituation.values(), FamilySituation::label),
            People.FAMILY,
            StockCells.SUBJECT));
    tables.add(
        byBreakdown(
            "T1 — Personnes soumises aux droits et devoirs selon l'ancienneté dans le RSA",
            StockCells.SUBJECT,
            years,
            labels(RsaDurationBand.values(), RsaDurationBand::label),
            People.TIME_IN_RSA,
            StockCells.SUBJECT));
    tables.add(
        byBreakdown(
            "T1 — Personnes soumises aux droits et devoirs selon le niveau de formation",
            StockCells.SUBJECT,
            years,
            labels(EducationLevel.values(), EducationLevel::label),
            People.EDUCATION,
            StockCells.SUBJECT));
    tables.add(
        counts(
            "T2 — Orientations et contrats au 31 décembre",
            "oarsa-t2-contract-valid",
            years,
            List.of(
                "Orientées vers France Travail",
                "Orientées hors France Travail",
                "dont avec un contrat valide"),
            y -> {
              Map<String, Long> oriented = y.get(StockCells.ORIENTED).byBreakdown();
              long ft = oriented.getOrDefault(BodyCategory.FRANCE_TRAVAIL.name(), 0L);
              long outside =
                  Arrays.stream(BodyCategory.values())
                      .filter(c -> c != BodyCategory.FRANCE_TRAVAIL && c != BodyCategory.UNKNOWN)
                      .mapToLong(c -> oriented.getOrDefault(c.name(), 0L))
                      .sum();
              return new long[] {ft, outside, y.get(StockCells.CONTRACT_VALID).people()};
            }));
    tables.add(
        byBreakdown(
            "T3 — Contrats en cours selon leur durée",
            StockCells.CONTRACTS_BY_DURATION,
            years,
            labels(ContractDurationBand.values(), ContractDurationBand::label),
            "",
            StockCells.CONTRACTS_BY_DURATION));
    TreeSet<String> actions = new TreeSet<>();
    years.forEach(
        y ->
            y.get(StockCells.CONTRACTS_BY_ACTION).byBreakdown().keySet().stream()
                .filter(b -> !People.isMargin(b))
                .forEach(actions::add));
    if (!actions.isEmpty()) {
      Map<String, String> byName = new LinkedHashMap<>();
      actions.forEach(a -> byName.put(a, a));
      tables.add(
          byBreakdown(
              "T4 — Contrats en cours selon les catégories d'actions",
              StockCells.CONTRACTS_BY_ACTION,
              years,
              byName,
              "",
              StockCells.CONTRACTS_BY_ACTION));
    }
    tables.add(
        counts(
            "T5 — Entrants de l'année soumis aux droits et devoirs au 31 décembre",
            FollowUpCells.T5_ENTRANTS,
            years,
            List.of(
                "Entrants",
                "Orientés une première fois",
                "dont hors France Travail",
                "dont avec un premier contrat en cours"),
            y ->
                new long[] {
                  y.get(FollowUpCells.T5_ENTRANTS).people(),
                  y.get(FollowUpCells.T5_FIRST_ORIENTED).people(),
                  y.get(FollowUpCells.T5_OUTSIDE_FRANCE_TRAVAIL).people(),
                  y.get(FollowUpCells.T5_FIRST_CONTRACT).people()
                }));
    tables.add(delays(years));
    tables.add(
        counts(
            "T6 — Réorientations de l'année",
            FollowUpCells.YEAR_REORIENTED_TO_NON_SPE,
            years,
            List.of("Du SPE vers hors SPE", "De hors SPE vers le SPE"),
            y ->
                new long[] {
                  y.get(FollowUpCells.YEAR_REORIENTED_TO_NON_SPE).people(),
                  y.get(FollowUpCells.YEAR_REORIENTED_TO_SPE).people()
                }));
    return Publication.suppressed(
        "OARSA " + year + " — orientation et accompagnement des bénéficiaires du RSA",
        "au 31 décembre " + year,
        "Aiguillage, projections du flux des événements du parcours (" + LocalDate.now(clock) + ")",
        Suppression.standard(),
        tables);
  }

  /** T5's mean delays, each over the people who reached the end (« n » kept for suppression). */
  private StatisticalTable delays(List<Year> years) {
    TableBuilder b =
        StatisticalTable.builder(
                "T5 — Délais moyens des entrants (jours)",
                FollowUpCells.T5_DELAY_TO_ORIENTATION,
                sentence(FollowUpCells.T5_DELAY_TO_ORIENTATION))
            .columns("De la demande à la première orientation", "De l'orientation au contrat");
    for (Year y : years) {
      b.row(
          y.label(),
          mean(y.get(FollowUpCells.T5_DELAY_TO_ORIENTATION)),
          mean(y.get(FollowUpCells.T5_DELAY_TO_CONTRACT)));
    }
    return b.build();
  }

  private static Cell mean(Figures.Month m) {
    DelayFigures d = m.delay();
    return d == null || d.reached() == 0
        ? Cell.measureOverNobody()
        : Cell.measure(d.mean(), d.reached());
  }

  private static StatisticalTable counts(
      String title,
      String indicator,
      List<Year> years,
      List<String> columns,
      Function<Year, long[]> row) {
    TableBuilder b =
        StatisticalTable.builder(title, indicator, sentence(indicator))
            .columns(columns.toArray(String[]::new));
    years.forEach(y -> b.row(y.label(), row.apply(y)));
    return b.withColumnTotals().build();
  }

  /** One column per value of a breakdown ({@code prefix}: a people's margin), totals per column. */
  private static StatisticalTable byBreakdown(
      String title,
      String indicator,
      List<Year> years,
      Map<String, String> columns,
      String prefix,
      String read) {
    TableBuilder b =
        StatisticalTable.builder(title, indicator, sentence(indicator))
            .columns(columns.values().toArray(String[]::new));
    for (Year y : years) {
      Map<String, Long> by = y.get(read).byBreakdown();
      b.row(
          y.label(),
          columns.keySet().stream().mapToLong(k -> by.getOrDefault(prefix + k, 0L)).toArray());
    }
    return b.withColumnTotals().build();
  }

  private static <E extends Enum<E>> Map<String, String> labels(
      E[] values, Function<E, String> label) {
    Map<String, String> out = new LinkedHashMap<>();
    for (E e : values) {
      out.put(e.name(), label.apply(e));
    }
    return out;
  }

  private static String sentence(String indicator) {
    return IndicatorCatalogue.find(indicator).map(d -> d.sentence()).orElse("");
  }
}
