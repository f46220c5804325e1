package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The batch validation, for deciders: how many people are ticked and the button that accepts their
 * proposals. The button stays enabled (and reachable by keyboard); with nobody ticked it says so.
 */
class BatchBar extends VerticalLayout {
  private final Span selection = new Span();
  private final Button decide =
      new Button("Valider les propositions sélectionnées", VaadinIcon.CHECK.create());

  BatchBar(Runnable onDecide) {
    setId("batch-bar");
    setPadding(false);
    setSpacing(false);
    decide.setId("batch-decide");
    decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    decide.addClickListener(click -> onDecide.run());
    decide.setDisableOnClick(true);
    selection.setId("batch-selection");
    selection.getElement().setAttribute("aria-live", "polite");
    Paragraph rule =
        new Paragraph(
            "Seules les propositions qui ne demandent pas d'examen approfondi sont validées, avec"
                + " la structure la mieux placée qui a des places ; les autres restent à décider"
                + " une à une depuis la page de la personne.");
    rule.addClassName("secondary");
    rule.setId("batch-rule");
    HorizontalLayout actions = new HorizontalLayout(decide, selection);
    actions.setAlignItems(FlexComponent.Alignment.BASELINE);
    actions.setWrap(true);
    add(rule, actions);
    selected(0);
  }

  void selected(int count) {
    selection.setText(
        count == 0
            ? "Aucune personne cochée"
            : count == 1 ? "1 personne cochée" : count + " personnes cochées");
  }

  /** Ready for another batch (the button disables itself while one is sent). */
  void ready() {
    decide.setEnabled(true);
  }
}
