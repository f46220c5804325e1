package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Someone changed the orientation meanwhile, or the step is no longer possible: the service's
 * message, as an alert, and "Recharger" to see the file as it is now.
 */
class ConflictNotice extends Div {
  private final Paragraph message = new Paragraph();
  private final Button reload = new Button("Recharger", VaadinIcon.REFRESH.create());

  ConflictNotice(Runnable onReload) {
    setId("orientation-conflict");
    getElement().setAttribute("role", "alert");
    message.setId("orientation-conflict-message");
    reload.setId("orientation-reload");
    reload.addClickListener(click -> onReload.run());
    add(message, reload);
    hide();
  }

  void show(String text) {
    message.setText(text);
    addClassName("orientation-alert");
    reload.setVisible(true);
    reload.focus();
  }

  void hide() {
    message.setText("");
    removeClassName("orientation-alert");
    reload.setVisible(false);
  }
}
