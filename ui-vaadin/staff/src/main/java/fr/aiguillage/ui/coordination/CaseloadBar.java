package fr.aiguillage.ui.coordination;

import com.vaadin.flow.component.html.Div;

/**
 * A thin horizontal bar filled to a caseload's share of its maximum, styled like the directory's
 * load bars: orange from 80 %, red when full or beyond. Hidden from screen readers, since the text
 * beside it says the same in words.
 */
class CaseloadBar extends Div {
  static final String HIGH = "load-bar-warning";
  static final String FULL = "coordination-load-full";

  CaseloadBar(int current, int max) {
    addClassName("load-bar");
    getElement().setAttribute("aria-hidden", "true");
    Div fill = new Div();
    fill.addClassName("load-bar-fill");
    fill.getStyle().set("width", CoordinationTexts.fill(current, max) + "%");
    add(fill);
    CoordinationTexts.Level level = CoordinationTexts.Level.of(current, max);
    if (level.full()) {
      addClassName(FULL);
    } else if (level == CoordinationTexts.Level.HIGH) {
      addClassName(HIGH);
    }
  }
}
