package fr.aiguillage.ui.coordination;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.aiguillage.orientation.CoordinationService.TerritoryBacklog;
import java.util.List;

/**
 * The people waiting per territory as plain HTML: one horizontal bar per territory, in two segments
 * (within the target, beyond it, striped), the numbers written beside it. Each bar is a list item
 * whose drawn part is hidden from screen readers, which read a visually hidden sentence instead
 * ("Nord : 17 personnes en attente, dont 12 dans le délai et 5 au-delà du délai cible."). The grid
 * below gives the same numbers.
 */
class BacklogChart extends Div {
  static final String WITHIN = "coordination-bar-within";
  static final String OVERDUE = "coordination-bar-overdue";

  private final Div bars = new Div();
  private final Paragraph nobody = new Paragraph("Personne n'attend d'orientation pour le moment.");

  BacklogChart() {
    setId("backlog-chart");
    addClassName("coordination-chart");
    Div legend =
        new Div(
            legend(WITHIN, "En attente dans le délai"), legend(OVERDUE, "Au-delà du délai cible"));
    legend.addClassName("coordination-legend");
    legend.getElement().setAttribute("aria-hidden", "true");
    bars.addClassName("coordination-bars");
    bars.getElement().setAttribute("role", "list");
    bars.getElement()
        .setAttribute(
            "aria-label", "Personnes en attente par territoire, dans le délai et au-delà");
    nobody.setId("backlog-chart-empty");
    nobody.addClassName("secondary");
    add(legend, bars, nobody);
  }

  private static Span legend(String className, String text) {
    Span swatch = new Span();
    swatch.addClassNames("coordination-swatch", className);
    return new Span(swatch, new Span(text));
  }

  void show(List<TerritoryBacklog> backlog) {
    bars.removeAll();
    long max = CoordinationTexts.maxWaiting(backlog);
    nobody.setVisible(max == 0);
    bars.setVisible(max > 0);
    if (max == 0) {
      return;
    }
    for (TerritoryBacklog b : backlog) {
      bars.add(row(b, max));
    }
  }

  private static Div row(TerritoryBacklog b, long max) {
    Span spoken = new Span(CoordinationTexts.backlogSentence(b));
    spoken.addClassName("visually-hidden");
    Span name = new Span(b.territoryName());
    name.addClassName("coordination-bar-name");
    Div track =
        new Div(
            segment(WITHIN, CoordinationTexts.percent(CoordinationTexts.within(b), max)),
            segment(OVERDUE, CoordinationTexts.percent(b.overdue(), max)));
    track.addClassName("coordination-bar-track");
    Span numbers = new Span(CoordinationTexts.backlogNumbers(b));
    numbers.addClassName("coordination-bar-numbers");
    Div drawn = new Div(name, track, numbers);
    drawn.addClassName("coordination-bar-drawn");
    drawn.getElement().setAttribute("aria-hidden", "true");
    Div row = new Div(spoken, drawn);
    row.addClassName("coordination-bar-row");
    row.setId("backlog-bar-" + CoordinationTexts.key(b.territoryId()));
    row.getElement().setAttribute("role", "listitem");
    return row;
  }

  private static Div segment(String className, int percent) {
    Div segment = new Div();
    segment.addClassNames("coordination-bar-segment", className);
    segment.getStyle().set("width", percent + "%");
    segment.setVisible(percent > 0);
    return segment;
  }
}
