package fr.aiguillage.ui.statistics;

import elemental.json.JsonObject;
import fr.aiguillage.statistics.definition.BodyCategory;
import fr.aiguillage.statistics.definition.BodyKind;
import fr.aiguillage.statistics.definition.ContractDurationBand;
import fr.aiguillage.statistics.definition.IndicatorCatalogue;
import fr.aiguillage.statistics.definition.Unit;
import fr.aiguillage.statistics.projection.DelayFigures;
import fr.aiguillage.statistics.projection.Figures.IndicatorFigures;
import fr.aiguillage.statistics.projection.Figures.Month;
import fr.aiguillage.statistics.projection.Figures.Share;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Any indicator of the catalogue, drawn by the shape of its figures: a delay as its mean, median,
 * 90th percentile and shares; a rate as its percentage over the month's denominator; a count or a
 * stock as bars by breakdown. OARSA's people margins ({@code age:…}) stay in the API and the
 * national survey: the table shows the indicator's own breakdowns.
 */
final class Explorer {
  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("en-attente", "En attente"),
          Map.entry("sortis", "Sortis du RSA"),
          Map.entry("debut-inconnu", "Début inconnu"),
          Map.entry("dates-incoherentes", "Dates incohérentes"),
          Map.entry("SEEN", "Venu(e)"),
          Map.entry("EXCUSED", "Absent(e) excusé(e)"),
          Map.entry("NO_SHOW", "Absent(e) sans prévenir"),
          Map.entry("ACCEPTED", "Acceptés"),
          Map.entry("REFUSED", "Refusés"),
          Map.entry("EXPIRED", "Sans réponse (expirés)"),
          Map.entry("oui", "Signé dans le mois"),
          Map.entry("non", "Pas signé dans le mois"),
          Map.entry("venu", "Venus"),
          Map.entry("absent", "Absents"),
          Map.entry("oriente", "Orientés le jour même"),
          Map.entry("non-oriente", "Non orientés le jour même"),
          Map.entry("", "Personnes"));

  private Explorer() {}

  static boolean isDelay(IndicatorFigures f) {
    return f.months().stream().anyMatch(m -> m.delay() != null);
  }

  static boolean isRate(IndicatorFigures f) {
    return f.months().stream().anyMatch(m -> m.share() != null);
  }

  static String unit(String id) {
    return IndicatorCatalogue.find(id).map(d -> d.unit() == Unit.HOURS).orElse(false)
        ? "heures"
        : "jours";
  }

  /** The indicator's own breakdowns shown (margins left out), in a stable order. */
  static List<String> breakdowns(IndicatorFigures f) {
    TreeSet<String> keys = new TreeSet<>();
    f.months()
        .forEach(
            m ->
                m.byBreakdown().keySet().stream()
                    .filter(k -> k.indexOf(':') < 0)
                    .forEach(keys::add));
    return new ArrayList<>(keys);
  }

  static String label(String breakdown) {
    if (WORDS.containsKey(breakdown)) {
      return WORDS.get(breakdown);
    }
    for (BodyCategory c : BodyCategory.values()) {
      if (c.name().equals(breakdown)) {
        return c.label();
      }
    }
    for (BodyKind k : BodyKind.values()) {
      if (k.name().equals(breakdown)) {
        return k.label();
      }
    }
    for (ContractDurationBand b : ContractDurationBand.values()) {
      if (b.name().equals(breakdown)) {
        return b.label();
      }
    }
    boolean pathway =
        breakdown.equals(StatisticsTexts.UNKNOWN_PATHWAY)
            || java.util.Arrays.stream(fr.aiguillage.vocabulary.Pathway.values())
                .anyMatch(p -> p.name().equals(breakdown));
    return pathway ? StatisticsTexts.pathway(breakdown) : breakdown;
  }

  static JsonObject option(IndicatorFigures f) {
    if (isDelay(f)) {
      return ChartOptions.delays(f.months());
    }
    if (isRate(f)) {
      return ChartOptions.rate(f.months(), f.label());
    }
    return ChartOptions.stacked(f.months(), breakdowns(f), Explorer::label, "Effectif", "total");
  }

  static List<String> headers(IndicatorFigures f) {
    List<String> h = new ArrayList<>(List.of("Mois"));
    if (isDelay(f)) {
      String unit = unit(f.id());
      h.addAll(
          List.of(
              "Arrivés au terme",
              "Moyenne (" + unit + ")",
              "Médiane (" + unit + ")",
              "90e centile (" + unit + ")"));
      if (unit.equals("jours")) {
        StatisticsTexts.THRESHOLDS.forEach(t -> h.add("Part sous " + t + " jours (%)"));
      }
      h.addAll(List.of("En attente", "Sortis", "Début inconnu"));
    } else if (isRate(f)) {
      h.addAll(List.of("Numérateur", "Dénominateur", "Taux"));
    } else {
      List<String> breakdowns = breakdowns(f);
      breakdowns.forEach(b -> h.add(label(b)));
      if (breakdowns.size() > 1) {
        h.add("Total");
      }
    }
    return h;
  }

  static List<List<String>> rows(IndicatorFigures f) {
    boolean hours = unit(f.id()).equals("heures");
    List<String> breakdowns = breakdowns(f);
    List<List<String>> rows = new ArrayList<>();
    for (Month m : f.months()) {
      List<String> row = new ArrayList<>(List.of(StatisticsTexts.month(m.month())));
      if (m.delay() != null) {
        DelayFigures d = m.delay();
        row.add(Long.toString(d.reached()));
        row.add(StatisticsTexts.days(d.mean()));
        row.add(StatisticsTexts.days(d.median()));
        row.add(StatisticsTexts.days(d.p90()));
        if (!hours) {
          StatisticsTexts.THRESHOLDS.forEach(
              t -> row.add(StatisticsTexts.share(d.shareWithin().get(t))));
        }
        row.add(Long.toString(d.waiting()));
        row.add(Long.toString(d.left()));
        row.add(Long.toString(d.unknownStart()));
      } else if (m.share() != null) {
        Share s = m.share();
        row.add(Long.toString(s.numerator()));
        row.add(Long.toString(s.denominator()));
        row.add(StatisticsTexts.share(s.rate()));
      } else {
        breakdowns.forEach(b -> row.add(Long.toString(m.byBreakdown().getOrDefault(b, 0L))));
        if (breakdowns.size() > 1) {
          row.add(Long.toString(m.people()));
        }
      }
      rows.add(row);
    }
    return rows;
  }
}
