package fr.aiguillage.ui.coordination;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * One bar of a {@link BarChart}, a list item: a visually hidden sentence for screen readers, then
 * the drawn part hidden from them (the name, the track with its segments, the numbers in text).
 */
class ChartRow extends Div {
  ChartRow(String id, String sentence, String name, String numbers, Div... segments) {
    setId(id);
    addClassName("coordination-bar-row");
    getElement().setAttribute("role", "listitem");
    Span spoken = new Span(sentence);
    spoken.addClassName("visually-hidden");
    Span label = new Span(name);
    label.addClassName("coordination-bar-name");
    Div track = new Div(segments);
    track.addClassName("coordination-bar-track");
    Span written = new Span(numbers);
    written.addClassName("coordination-bar-numbers");
    Div drawn = new Div(label, track, written);
    drawn.addClassName("coordination-bar-drawn");
    drawn.getElement().setAttribute("aria-hidden", "true");
    add(spoken, drawn);
  }

  /** A part of a bar's track, {@code percent} of its width; hidden at 0. */
  static Div segment(String className, int percent) {
    Div segment = new Div();
    segment.addClassNames("coordination-bar-segment", className);
    segment.getStyle().set("width", percent + "%");
    segment.setVisible(percent > 0);
    return segment;
  }
}
