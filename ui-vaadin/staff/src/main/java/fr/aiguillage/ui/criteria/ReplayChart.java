package fr.aiguillage.ui.criteria;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.vocabulary.Pathway;
import java.util.List;
import java.util.Map;

/**
 * Proposals by pathway before and after, as plain HTML: two horizontal bars per pathway, the number
 * written beside each, and a visually hidden sentence per bar ("Parcours emploi, avant : 1 242")
 * for screen readers, the drawn parts being hidden from them. The same numbers follow in a small
 * table.
 */
class ReplayChart extends Div {
  private final Div bars = new Div();
  private final Div tableHolder = new Div();

  ReplayChart() {
    addClassName("replay-chart-block");
    H3 title = new H3("Propositions par parcours");
    title.setId("replay-chart-title");
    bars.setId("replay-chart");
    bars.addClassName("replay-chart");
    bars.getElement().setAttribute("aria-labelledby", "replay-chart-title");
    Div legend = new Div(legend("replay-bar-before", "Avant"), legend("replay-bar-after", "Après"));
    legend.addClassName("replay-legend");
    legend.getElement().setAttribute("aria-hidden", "true");
    add(title, legend, bars, tableHolder);
  }

  private static Span legend(String className, String text) {
    Span swatch = new Span();
    swatch.addClassNames("replay-swatch", className);
    return new Span(swatch, new Span(text));
  }

  void show(Map<Pathway, Long> before, Map<Pathway, Long> after) {
    List<ReplayBars.Bar> all = ReplayBars.bars(before, after);
    bars.removeAll();
    Pathway group = null;
    Div current = null;
    for (ReplayBars.Bar bar : all) {
      if (bar.pathway() != group) {
        group = bar.pathway();
        Div name = new Div(group.label());
        name.addClassName("replay-pathway");
        name.getElement().setAttribute("aria-hidden", "true");
        current = new Div(name);
        current.addClassName("replay-group");
        current.setId("replay-group-" + group.name().toLowerCase(java.util.Locale.ROOT));
        bars.add(current);
      }
      current.add(row(bar));
    }
    showTable(before, after);
  }

  private static Div row(ReplayBars.Bar bar) {
    Span spoken = new Span(bar.label());
    spoken.addClassName("visually-hidden");
    Span side = new Span(bar.after() ? "Après" : "Avant");
    side.addClassName("replay-side");
    Div fill = new Div();
    fill.addClassNames("replay-bar", bar.after() ? "replay-bar-after" : "replay-bar-before");
    fill.getStyle().set("width", bar.percent() + "%");
    Div track = new Div(fill);
    track.addClassName("replay-track");
    Span number = new Span(bar.number());
    number.addClassName("replay-number");
    Div drawn = new Div(side, track, number);
    drawn.addClassName("replay-drawn");
    drawn.getElement().setAttribute("aria-hidden", "true");
    Div row = new Div(spoken, drawn);
    row.addClassName("replay-row");
    return row;
  }

  private void showTable(Map<Pathway, Long> before, Map<Pathway, Long> after) {
    NativeTable table = new NativeTable();
    table.setId("replay-table");
    table.addClassName("replay-table");
    table.setCaptionText("Nombre de propositions par parcours, avant et après");
    NativeTableRow head = table.getHead().addRow();
    for (String column : List.of("Parcours", "Avant", "Après")) {
      NativeTableHeaderCell cell = head.addHeaderCell();
      cell.setText(column);
      cell.getElement().setAttribute("scope", "col");
    }
    for (Pathway p : Pathway.values()) {
      NativeTableRow row = table.getBody().addRow();
      NativeTableHeaderCell name = row.addHeaderCell();
      name.setText(p.label());
      name.getElement().setAttribute("scope", "row");
      row.addDataCell().setText(Formats.thousands(ReplayBars.count(before, p)));
      row.addDataCell().setText(Formats.thousands(ReplayBars.count(after, p)));
    }
    tableHolder.removeAll();
    tableHolder.add(table);
  }
}
