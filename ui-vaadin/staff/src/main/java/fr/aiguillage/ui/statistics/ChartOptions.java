package fr.aiguillage.ui.statistics;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonValue;
import fr.aiguillage.statistics.projection.DelayFigures;
import fr.aiguillage.statistics.projection.Figures.Month;
import java.util.List;
import java.util.function.Function;

/**
 * The ECharts options of the dashboard's charts, built from the figures. Colours are dark enough
 * against white (at least 3:1) and every series is also named in the legend and the tooltip.
 */
final class ChartOptions {
  static final List<String> PALETTE = List.of("#1d4f91", "#a34700", "#1b6e3c", "#6b2d8f");
  static final String TEXT = "#1f2933";

  private ChartOptions() {}

  /**
   * Mean, median and 90th percentile in days (lines, left axis); the shares within (bars, right).
   */
  static JsonObject delays(List<Month> months) {
    JsonObject option = base(months);
    JsonArray yAxes = Json.createArray();
    yAxes.set(0, axis("Jours", null));
    yAxes.set(1, axis("Part (%)", 100.0));
    option.put("yAxis", yAxes);
    JsonArray series = Json.createArray();
    for (int i = 0; i < StatisticsTexts.THRESHOLDS.size(); i++) {
      int threshold = StatisticsTexts.THRESHOLDS.get(i);
      JsonObject bar =
          series(
              "bar",
              StatisticsTexts.within(threshold),
              PALETTE.get(i),
              values(months, m -> StatisticsTexts.percent(m.delay().shareWithin().get(threshold))));
      bar.put("yAxisIndex", 1);
      bar.put("barGap", "5%");
      bar.put("itemStyle", itemStyle(lighter(i)));
      series.set(series.length(), bar);
    }
    // nested marks (largest first), so that equal values stay visible one inside the other
    series.set(
        series.length(),
        line("Moyenne", "#111111", "solid", "circle", 13, months, DelayFigures::mean));
    series.set(
        series.length(),
        line("Médiane", "#b3261e", "dashed", "diamond", 10, months, DelayFigures::median));
    series.set(
        series.length(),
        line("90e centile", "#0b57d0", "dotted", "triangle", 8, months, DelayFigures::p90));
    option.put("series", series);
    return option;
  }

  /** People oriented each month, stacked by pathway. */
  static JsonObject byPathway(List<Month> months, List<String> pathways) {
    return stacked(months, pathways, StatisticsTexts::pathway, "Personnes", "parcours");
  }

  /** A rate's percentage each month (a line), its denominator in bars on the right axis. */
  static JsonObject rate(List<Month> months, String name) {
    JsonObject option = base(months);
    JsonArray yAxes = Json.createArray();
    yAxes.set(0, axis("Taux (%)", 100.0));
    yAxes.set(1, axis("Effectif", null));
    option.put("yAxis", yAxes);
    JsonArray series = Json.createArray();
    JsonObject bar =
        series(
            "bar",
            "Dénominateur",
            lighter(0),
            values(months, m -> m.share() == null ? null : m.share().denominator()));
    bar.put("yAxisIndex", 1);
    series.set(0, bar);
    JsonObject line =
        series(
            "line",
            name,
            "#111111",
            values(
                months, m -> m.share() == null ? null : StatisticsTexts.percent(m.share().rate())));
    line.put("symbol", "circle");
    line.put("symbolSize", 10);
    series.set(1, line);
    option.put("series", series);
    return option;
  }

  /**
   * Bars a month, stacked by breakdown (a count, or a stock on the month's last day), on an axis of
   * {@code unit}.
   */
  static JsonObject stacked(
      List<Month> months,
      List<String> breakdowns,
      Function<String, String> label,
      String unit,
      String stack) {
    JsonObject option = base(months);
    option.put("yAxis", axis(unit, null));
    JsonArray series = Json.createArray();
    for (int i = 0; i < breakdowns.size(); i++) {
      String code = breakdowns.get(i);
      JsonObject bar =
          series(
              "bar",
              label.apply(code),
              i < PALETTE.size() ? PALETTE.get(i) : lighter(i % 4),
              values(months, m -> m.byBreakdown().getOrDefault(code, 0L)));
      bar.put("stack", stack);
      series.set(i, bar);
    }
    option.put("series", series);
    return option;
  }

  /** One bar a month. */
  static JsonObject people(List<Month> months, String name) {
    JsonObject option = base(months);
    option.put("yAxis", axis("Personnes", null));
    JsonArray series = Json.createArray();
    series.set(0, series("bar", name, PALETTE.get(0), values(months, Month::people)));
    option.put("series", series);
    return option;
  }

  /** A line per figure (a département, the nation), one value a month; null for no value. */
  record Line(String name, List<Double> values) {}

  /**
   * Every département side by side and the nation: for counts, the nation in bars and each
   * département as a line; for mean delays, every one as a line, the nation's thicker. A value the
   * secret masks is not drawn (the table shows « s »).
   */
  static JsonObject national(
      List<String> months, Line nation, List<Line> departements, boolean delay) {
    JsonObject option = baseOfMonths(months);
    option.put("yAxis", axis(delay ? "Jours" : "Personnes", null));
    JsonArray series = Json.createArray();
    JsonObject whole =
        delay
            ? nationalLine(nation, "#111111", "solid", 4, "circle")
            : series("bar", nation.name(), "#9dbbe3", numbers(nation.values()));
    if (!delay) {
      whole.put("itemStyle", itemStyle("#9dbbe3"));
    }
    series.set(0, whole);
    List<String> dashes = List.of("solid", "dashed", "dotted");
    List<String> symbols = List.of("diamond", "triangle", "rect", "circle");
    for (int i = 0; i < departements.size(); i++) {
      series.set(
          series.length(),
          nationalLine(
              departements.get(i),
              PALETTE.get((i + 1) % PALETTE.size()),
              dashes.get(i % dashes.size()),
              2.5,
              symbols.get(i % symbols.size())));
    }
    option.put("series", series);
    return option;
  }

  /**
   * Adds the indicator's newest national figure in days as a horizontal reference line, named with
   * its year (« Repère national 2023 : 79 j »), when the catalogue has one.
   */
  static JsonObject withNationalReference(JsonObject option, String indicatorId, int points) {
    NationalComparison.referenceInDays(indicatorId)
        .ifPresent(
            anchor -> {
              JsonArray data = Json.createArray();
              for (int i = 0; i < points; i++) {
                data.set(i, anchor.value().doubleValue());
              }
              JsonObject line =
                  series("line", NationalComparison.referenceName(anchor), REFERENCE_COLOUR, data);
              JsonObject style = Json.createObject();
              style.put("type", "dashed");
              style.put("width", 2);
              line.put("lineStyle", style);
              line.put("symbol", "none");
              line.put("yAxisIndex", 0);
              JsonArray series = option.getArray("series");
              series.set(series.length(), line);
            });
    return option;
  }

  static final String REFERENCE_COLOUR = "#5c4b00";

  private static JsonObject nationalLine(
      Line line, String colour, String dash, double width, String symbol) {
    JsonObject s = series("line", line.name(), colour, numbers(line.values()));
    JsonObject style = Json.createObject();
    style.put("type", dash);
    style.put("width", width);
    s.put("lineStyle", style);
    s.put("symbol", symbol);
    s.put("symbolSize", 9);
    s.put("connectNulls", false);
    return s;
  }

  private static JsonArray numbers(List<Double> values) {
    JsonArray data = Json.createArray();
    for (Double v : values) {
      data.set(data.length(), v == null ? Json.createNull() : Json.create(v));
    }
    return data;
  }

  private static JsonObject base(List<Month> months) {
    return baseOfMonths(months.stream().map(Month::month).toList());
  }

  private static JsonObject baseOfMonths(List<String> months) {
    JsonObject option = Json.createObject();
    option.put("animation", false);
    JsonObject text = Json.createObject();
    text.put("color", TEXT);
    text.put("fontSize", 13);
    option.put("textStyle", text);
    JsonObject tooltip = Json.createObject();
    tooltip.put("trigger", "axis");
    option.put("tooltip", tooltip);
    JsonObject legend = Json.createObject();
    legend.put("top", 0);
    legend.put("textStyle", text);
    option.put("legend", legend);
    JsonObject grid = Json.createObject();
    grid.put("left", 56);
    grid.put("right", 64);
    grid.put("top", 84);
    grid.put("bottom", 32);
    option.put("grid", grid);
    JsonObject x = Json.createObject();
    x.put("type", "category");
    JsonArray labels = Json.createArray();
    for (String m : months) {
      labels.set(labels.length(), StatisticsTexts.shortMonth(m));
    }
    x.put("data", labels);
    x.put("axisLabel", text);
    option.put("xAxis", x);
    return option;
  }

  private static JsonObject axis(String name, Double max) {
    JsonObject axis = Json.createObject();
    axis.put("type", "value");
    axis.put("name", name);
    axis.put("minInterval", 1);
    if (max != null) {
      axis.put("max", max);
    }
    JsonObject text = Json.createObject();
    text.put("color", TEXT);
    axis.put("nameTextStyle", text);
    axis.put("axisLabel", text);
    return axis;
  }

  private static JsonObject series(String type, String name, String colour, JsonArray data) {
    JsonObject s = Json.createObject();
    s.put("type", type);
    s.put("name", name);
    s.put("color", colour);
    s.put("data", data);
    return s;
  }

  private static JsonObject line(
      String name,
      String colour,
      String dash,
      String symbol,
      int size,
      List<Month> months,
      Function<DelayFigures, Number> value) {
    JsonObject s = series("line", name, colour, values(months, m -> value.apply(m.delay())));
    JsonObject style = Json.createObject();
    style.put("type", dash);
    style.put("width", 2.5);
    s.put("lineStyle", style);
    s.put("symbol", symbol);
    s.put("symbolSize", size);
    s.put("connectNulls", false);
    return s;
  }

  private static JsonObject itemStyle(String colour) {
    JsonObject style = Json.createObject();
    style.put("color", colour);
    style.put("borderColor", "#1f2933");
    style.put("borderWidth", 0.5);
    return style;
  }

  /** The shares' bars, lighter than the lines so the lines stay readable over them. */
  private static String lighter(int i) {
    return List.of("#9dbbe3", "#e7b48a", "#93c9a5", "#c6a4d8").get(i);
  }

  private static JsonArray values(List<Month> months, Function<Month, Number> value) {
    JsonArray data = Json.createArray();
    for (Month m : months) {
      Number n = value.apply(m);
      JsonValue v = n == null ? Json.createNull() : Json.create(n.doubleValue());
      data.set(data.length(), v);
    }
    return data;
  }
}
