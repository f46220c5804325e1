package fr.aiguillage.ui.statistics;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import elemental.json.JsonObject;
import fr.aiguillage.statistics.projection.Figures.IndicatorFigures;
import fr.aiguillage.statistics.projection.Figures.Month;
import java.util.Objects;
import java.util.function.Function;

/**
 * One indicator: its title, its definition (the sentence of docs/indicators.md), what the chart
 * shows and how to read it, what is set apart, the chart, then the same figures in a table.
 */
class IndicatorSection extends Section {
  private final String key;
  private final Paragraph definition = new Paragraph();
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
    apart.setId(key + "-apart");
    apart.addClassName("statistics-apart");
    apart.setVisible(delay);
    chart = new Chart(key + "-chart", title);
    Div drawn = new Div(chart, apart);
    drawn.addClassName("statistics-drawn");
    Div aside = new Div(definition, how);
    aside.addClassName("statistics-aside");
    Div row = new Div(drawn, aside);
    row.addClassName("statistics-row");
    tableHolder.setWidthFull();
    add(heading, row, tableHolder);
  }

  void show(IndicatorFigures figures) {
    definition.removeAll();
    Span label = new Span("Définition : ");
    label.addClassName("statistics-definition-label");
    definition.add(label, new Span(figures.definition()));
    if (delay) {
      apart.setText(
          StatisticsTexts.apart(
              figures.months().stream().map(Month::delay).filter(Objects::nonNull).toList()));
    }
    chart.show(option.apply(figures));
    tableHolder.removeAll();
    tableHolder.add(
        new FigureTable(
            key + "-table",
            "Tableau : " + figures.label(),
            Indicators.headers(figures),
            Indicators.rows(figures)));
  }
}
