package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.html.Span;

/** Lumo badges whose words carry the meaning; the colour only helps. */
final class Badges {
  static final String OVERDUE = "En retard";
  static final String REVIEW = "examen approfondi";

  private Badges() {}

  static Span of(String text, String theme) {
    Span badge = new Span(text);
    badge.getElement().getThemeList().add("badge");
    if (theme != null) {
      badge.getElement().getThemeList().add(theme);
    }
    return badge;
  }

  static Span overdue() {
    Span badge = of(OVERDUE, "error");
    badge.addClassName("overdue-badge");
    return badge;
  }

  static Span review() {
    Span badge = of(REVIEW, "contrast");
    badge.addClassName("review-badge");
    return badge;
  }
}
