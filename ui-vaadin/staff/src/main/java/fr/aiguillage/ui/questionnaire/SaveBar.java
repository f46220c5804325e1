package fr.aiguillage.ui.questionnaire;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** An administrator's actions on the whole questionnaire, and whether changes wait to be saved. */
class SaveBar extends Div {
  private final Button addSection = new Button("Ajouter une section", VaadinIcon.PLUS.create());
  private final Button save = new Button("Enregistrer une nouvelle version");
  private final Button discard = new Button("Annuler les modifications");
  private final Paragraph status = new Paragraph();

  SaveBar(Runnable onAddSection, Runnable onSave, Runnable onDiscard) {
    setId("questionnaire-actions");
    addClassName("questionnaire-actions");
    addSection.setId("add-section");
    save.setId("save-questionnaire");
    discard.setId("discard-questionnaire");
    status.setId("questionnaire-status");
    status.addClassName("secondary");
    status.getElement().setAttribute("aria-live", "polite");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    addSection.addClickListener(click -> onAddSection.run());
    save.addClickListener(click -> onSave.run());
    discard.addClickListener(click -> onDiscard.run());
    HorizontalLayout buttons = new HorizontalLayout(addSection, save, discard);
    buttons.setWrap(true);
    buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
    add(buttons, status);
  }

  void update(boolean changed) {
    discard.setVisible(changed);
    status.setText(
        changed
            ? "Modifications non enregistrées : elles ne comptent qu'une fois la nouvelle version"
                + " enregistrée."
            : "Aucune modification en cours.");
  }

  void focusAddSection() {
    addSection.focus();
  }

  void focusSave() {
    save.focus();
  }
}
