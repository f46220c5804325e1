package fr.aiguillage.ui.directory;

import com.vaadin.flow.component.html.Div;
import java.util.OptionalInt;

/**
 * A thin horizontal bar filled to the load's share; hidden from screen readers, since the text
 * beside it says the same. Warning style from {@link LoadTexts#WARNING_PERCENT} %.
 */
public class LoadBar extends Div {
  private final Div fill = new Div();

  public LoadBar(int load, Integer max) {
    addClassName("load-bar");
    fill.addClassName("load-bar-fill");
    getElement().setAttribute("aria-hidden", "true");
    add(fill);
    OptionalInt percent = LoadTexts.percent(load, max);
    setVisible(percent.isPresent());
    fill.getStyle().set("width", percent.orElse(0) + "%");
    if (LoadTexts.warning(load, max)) {
      addClassName("load-bar-warning");
    }
  }
}
