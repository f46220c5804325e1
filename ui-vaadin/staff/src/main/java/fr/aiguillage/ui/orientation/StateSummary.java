package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.aiguillage.orientation.OrientationFile;
import fr.aiguillage.orientation.OrientationState;
import fr.aiguillage.ui.kit.Formats;

/** "État : Orientation proposée, depuis le 12/03/2025 à 14h05". */
class StateSummary extends Paragraph {
  private final Span state = new Span();
  private final Span since = new Span();

  StateSummary() {
    setId("orientation-state-line");
    addClassName("orientation-state-line");
    state.setId("orientation-state");
    state.getElement().getThemeList().add("badge");
    since.setId("orientation-state-since");
    add(new Span("État : "), state, since);
  }

  void show(OrientationFile file) {
    state.setText(file.stateLabel());
    state.getElement().setAttribute("data-state", file.state().name());
    state.getElement().getThemeList().remove("success");
    state.getElement().getThemeList().remove("contrast");
    if (OrientationState.ORIENTED.contains(file.state())) {
      state.getElement().getThemeList().add("success");
    } else if (file.state() == OrientationState.CLOSED) {
      state.getElement().getThemeList().add("contrast");
    }
    since.setText(file.stateSince() == null ? "" : ", depuis le " + Formats.at(file.stateSince()));
  }
}
