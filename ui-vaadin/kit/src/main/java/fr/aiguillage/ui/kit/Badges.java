package fr.aiguillage.ui.kit;

import com.vaadin.flow.component.html.Span;

/** Lumo badges whose words carry the meaning; the colour only helps. */
public final class Badges {
  public static final String OVERDUE = "En retard";

  private Badges() {}

  /** A badge in a Lumo theme ("success", "error", "contrast"…; none when null). */
  public static Span of(String text, String theme) {
    Span badge = new Span(text);
    badge.getElement().getThemeList().add("badge");
    if (theme != null) {
      badge.getElement().getThemeList().add(theme);
    }
    return badge;
  }

  /** A badge that the tests and the theme find by its class name. */
  public static Span of(String text, String theme, String className) {
    Span badge = of(text, theme);
    badge.addClassName(className);
    return badge;
  }

  /** A badge whose code is kept as {@code data-status}, for the tests and the theme. */
  public static Span status(String text, String theme, String className, String code) {
    Span badge = of(text, theme, className);
    badge.getElement().setAttribute("data-status", code == null ? "" : code);
    return badge;
  }

  /** A delay past its due date. */
  public static Span overdue() {
    return of(OVERDUE, "error", "overdue-badge");
  }
}
