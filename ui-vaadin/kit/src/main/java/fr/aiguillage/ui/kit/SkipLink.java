package fr.aiguillage.ui.kit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Main;

/** "Aller au contenu": first stop of the keyboard, visible only when focused. */
class SkipLink extends Button {
  SkipLink(Main target) {
    super("Aller au contenu", click -> target.getElement().callJsFunction("focus"));
    setId("skip-link");
    addClassName("skip-link");
  }
}
