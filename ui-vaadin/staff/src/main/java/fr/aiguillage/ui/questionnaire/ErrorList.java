package fr.aiguillage.ui.questionnaire;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * Why the last save was refused, one message a line, read out as soon as it appears (role {@code
 * alert}); it stays until the next save so that the person can work through it.
 */
class ErrorList extends Div {
  private final Paragraph intro = new Paragraph();
  private final UnorderedList messages = new UnorderedList();

  ErrorList() {
    setId("questionnaire-errors");
    addClassName("error-list");
    getElement().setAttribute("role", "alert");
    // The theme (infra module) has no rule for this page yet: the error look is set here.
    getStyle()
        .set("color", "var(--lumo-error-text-color)")
        .set("border-inline-start", "4px solid var(--lumo-error-text-color)")
        .set("padding-inline-start", "var(--lumo-space-m)");
    intro.setId("questionnaire-errors-intro");
    messages.setId("questionnaire-errors-list");
    add(intro, messages);
    clear();
  }

  void show(String what, List<String> lines) {
    intro.setText(what);
    messages.removeAll();
    lines.forEach(line -> messages.add(new ListItem(line)));
    setVisible(true);
  }

  void clear() {
    intro.setText("");
    messages.removeAll();
    setVisible(false);
  }
}
