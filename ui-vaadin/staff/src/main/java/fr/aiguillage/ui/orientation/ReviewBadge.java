package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.html.Span;
import fr.aiguillage.ui.kit.Badges;

/** A proposal that asks for a closer look before anyone decides. */
final class ReviewBadge {
  static final String TEXT = "examen approfondi";

  private ReviewBadge() {}

  static Span create() {
    return Badges.of(TEXT, "contrast", "review-badge");
  }
}
