package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.html.Paragraph;

/**
 * What the last action did, announced politely (role status); kept in the page, empty, so that
 * screen readers hear what is written into it.
 */
class StatusMessage extends Paragraph {
  StatusMessage(String id) {
    setId(id);
    getElement().setAttribute("role", "status");
  }

  void say(String text) {
    setText(text);
    addClassName("orientation-ok");
  }

  void clear() {
    setText("");
    removeClassName("orientation-ok");
  }
}
