package fr.aiguillage.ui.questionnaire;

import com.vaadin.flow.component.html.Span;

/** "National" or "Département" as a Lumo badge; the word carries the meaning, not the colour. */
class OriginBadge extends Span {
  OriginBadge(boolean national) {
    super(national ? "National" : "Département");
    addClassName("origin-badge");
    getElement().getThemeList().add("badge");
    getElement().getThemeList().add(national ? "contrast" : "success");
  }
}
