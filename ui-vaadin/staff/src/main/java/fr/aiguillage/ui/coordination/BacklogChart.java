package fr.aiguillage.ui.coordination;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fr.aiguillage.orientation.Coordination.TerritoryBacklog;
import java.util.List;

/**
 * The people waiting per territory as plain HTML: one horizontal bar per territory, in two segments
 * (within the target, beyond it, striped), the numbers written beside it. Each bar is a list item
 * whose drawn part is hidden from screen readers, which read a visually hidden sentence instead
 * ("Nord : 17 personnes en attente, dont 12 dans le délai et 5 au-delà du délai cible."). The grid
 * below gives the same numbers.
 */
class BacklogChart extends BarChart {
  static final String WITHIN = "coordination-bar-within";
  static final String OVERDUE = "coordination-bar-overdue";

  BacklogChart() {
    super(
        "backlog-chart",
        "Personnes en attente par territoire, dans le délai et au-delà",
        "Personne n'attend d'orientation pour le moment.");
    Div legend =
        new Div(
            legend(WITHIN, "En attente dans le délai"), legend(OVERDUE, "Au-delà du délai cible"));
    legend.addClassName("coordination-legend");
    legend.getElement().setAttribute("aria-hidden", "true");
    addComponentAsFirst(legend);
  }

  private static Span legend(String className, String text) {
    Span swatch = new Span();
    swatch.addClassNames("coordination-swatch", className);
    return new Span(swatch, new Span(text));
  }

  void show(List<TerritoryBacklog> backlog) {
    long max = CoordinationTexts.maxWaiting(backlog);
    draw(max == 0 ? List.of() : backlog.stream().map(b -> row(b, max)).toList());
  }

  private static ChartRow row(TerritoryBacklog b, long max) {
    return new ChartRow(
        "backlog-bar-" + CoordinationTexts.key(b.territoryId()),
        CoordinationTexts.backlogSentence(b),
        b.territoryName(),
        CoordinationTexts.backlogNumbers(b),
        ChartRow.segment(WITHIN, CoordinationTexts.percent(CoordinationTexts.within(b), max)),
        ChartRow.segment(OVERDUE, CoordinationTexts.percent(b.overdue(), max)));
  }
}
