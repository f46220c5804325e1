package fr.aiguillage.ui.criteria;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** What can be done with the rules shown, and a sentence that says why the rest cannot. */
class DraftActions extends Div {
  private final Button copy =
      new Button("Créer un brouillon à partir de cette version", VaadinIcon.COPY.create());
  private final Button save = new Button("Enregistrer le brouillon");
  private final Button publish = new Button("Publier");
  private final Paragraph status = new Paragraph();

  DraftActions(Runnable onCopy, Runnable onSave, Runnable onPublish) {
    addClassName("criteria-actions");
    copy.setId("copy-to-draft");
    save.setId("save-draft");
    publish.setId("publish");
    status.setId("editor-status");
    status.addClassName("secondary");
    status.getElement().setAttribute("aria-live", "polite");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    copy.addClickListener(click -> onCopy.run());
    save.addClickListener(click -> onSave.run());
    publish.addClickListener(click -> onPublish.run());
    HorizontalLayout buttons = new HorizontalLayout(copy, save, publish);
    buttons.setWrap(true);
    buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
    add(buttons, status);
  }

  void update(EditorState state) {
    copy.setVisible(state.canCopy());
    save.setVisible(state.canSave());
    publish.setVisible(state.publishVisible());
    publish.setEnabled(state.canPublish());
    status.setText(state.status());
  }

  void focusSave() {
    save.focus();
  }
}
