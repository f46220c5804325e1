package fr.aiguillage.ui.coordination;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.aiguillage.orientation.Coordination.TerritoryBacklog;
import java.util.List;

/** "Attente par territoire": the total, the bars, then the same numbers and more in a grid. */
class BacklogSection extends Section {
  private final Paragraph total = new Paragraph();
  private final BacklogChart chart = new BacklogChart();
  private final BacklogGrid grid = new BacklogGrid();

  BacklogSection() {
    setId("backlog-section");
    addClassName("coordination-section");
    H2 title = new H2("Attente par territoire");
    title.setId("backlog-title");
    getElement().setAttribute("aria-labelledby", "backlog-title");
    total.setId("backlog-total");
    add(title, total, chart, grid);
  }

  void show(List<TerritoryBacklog> backlog) {
    total.setText(CoordinationTexts.backlogTotal(backlog));
    chart.show(backlog);
    grid.setItems(backlog);
  }
}
