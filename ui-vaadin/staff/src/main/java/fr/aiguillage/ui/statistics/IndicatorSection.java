package fr.aiguillage.ui.statistics;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import elemental.json.JsonObject;
import fr.aiguillage.statistics.projection.Figures.IndicatorFigures;
import fr.aiguillage.statistics.projection.Figures.Month;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One indicator: its title, its definition (the sentence of docs/indicators.md), what the chart
 * shows and how to read it, the latest national figure to compare with (when one is published),
 * what is set apart, the chart, then the same figures in one or more tables. The département's
 * dashboard and the national one both draw their indicators with it.
 */
class IndicatorSection extends Section {
  private final String key;
  private final Paragraph definition = new Paragraph();
  private final Paragraph anchor = new Paragraph();
  private final Paragraph apart = new Paragraph();
  private final Chart chart;
  private final Div tableHolder = new Div();
  private final Function<IndicatorFigures, JsonObject> option;
  private final boolean delay;

  IndicatorSection(
      String key,
      String title,
      String explanation,
      Function<IndicatorFigures, JsonObject> option,
      boolean delay) {
    this.key = key;
    this.option = option;
    this.delay = delay;
    setId(key + "-section");
    addClassName("statistics-section");
    H2 heading = new H2(title);
    heading.setId(key + "-title");
    getElement().setAttribute("aria-labelledby", key + "-title");
    definition.setId(key + "-definition");
    definition.addClassName("statistics-definition");
    Paragraph how = new Paragraph(explanation);
    how.setId(key + "-explanation");
    how.addClassName("statistics-explanation");
    anchor.setId(key + "-national");
    anchor.addClassName("statistics-national");
    anchor.setVisible(false);
    apart.setId(key + "-apart");
    apart.addClassName("statistics-apart");
    apart.setVisible(false);
    chart = new Chart(key + "-chart", title);
    Div drawn = new Div(chart, apart);
    drawn.addClassName("statistics-drawn");
    Div aside = new Div(definition, anchor, how);
    aside.addClassName("statistics-aside");
    Div row = new Div(drawn, aside);
    row.addClassName("statistics-row");
    tableHolder.setWidthFull();
    add(heading, row, tableHolder);
  }

  /** A section whose figures are given whole to {@link #draw}. */
  IndicatorSection(String key, String title, String explanation) {
    this(key, title, explanation, null, false);
  }

  String key() {
    return key;
  }

  /** The département's figures: the chart, the table by month, the national figure beside. */
  void show(IndicatorFigures figures) {
    String setApart =
        delay
            ? StatisticsTexts.apart(
                figures.months().stream().map(Month::delay).filter(Objects::nonNull).toList())
            : null;
    draw(
        figures.definition(),
        NationalComparison.forDepartement(figures).orElse(null),
        setApart,
        option.apply(figures),
        List.of(
            new FigureTable(
                key + "-table",
                "Tableau : " + figures.label(),
                Indicators.headers(figures),
                Indicators.rows(figures))));
  }

  /**
   * Shows the definition, the national figure to compare with (null: none published), what is set
   * apart (null: nothing), the chart's option and the tables.
   */
  void draw(
      String definitionText,
      String nationalText,
      String apartText,
      JsonObject chartOption,
      List<? extends Component> tables) {
    definition.removeAll();
    Span label = new Span("Définition : ");
    label.addClassName("statistics-definition-label");
    definition.add(label, new Span(definitionText));
    anchor.removeAll();
    anchor.setVisible(nationalText != null);
    if (nationalText != null) {
      Span national = new Span("Repère national : ");
      national.addClassName("statistics-definition-label");
      anchor.add(national, new Span(nationalText));
    }
    apart.setVisible(apartText != null);
    apart.setText(apartText == null ? "" : apartText);
    chart.show(chartOption);
    tableHolder.removeAll();
    tables.forEach(tableHolder::add);
  }
}
