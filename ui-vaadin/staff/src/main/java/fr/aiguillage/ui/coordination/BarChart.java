package fr.aiguillage.ui.coordination;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * A chart of the coordinator's view as plain HTML: a list of {@link ChartRow}s named for screen
 * readers, or a sentence saying there is nothing to draw.
 */
class BarChart extends Div {
  private final Div bars = new Div();
  private final Paragraph nothing;

  BarChart(String id, String description, String nothingText) {
    setId(id);
    addClassName("coordination-chart");
    bars.addClassName("coordination-bars");
    bars.getElement().setAttribute("role", "list");
    bars.getElement().setAttribute("aria-label", description);
    nothing = new Paragraph(nothingText);
    nothing.setId(id + "-empty");
    nothing.addClassName("secondary");
    add(bars, nothing);
  }

  /** Draws these bars; without any, shows the sentence instead. */
  void draw(List<ChartRow> rows) {
    bars.removeAll();
    rows.forEach(bars::add);
    bars.setVisible(!rows.isEmpty());
    nothing.setVisible(rows.isEmpty());
  }
}
