package fr.aiguillage.ui.kit.contract;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.aiguillage.contract.ActionProposals;
import fr.aiguillage.contract.CatalogueAction;
import java.util.function.BiConsumer;

/**
 * Beside the plan: what the diagnostic proposes (each barrier rated strong or medium and its
 * theme's catalogue actions, each added in one click) and what the person said they expect and need
 * first, in their own words.
 */
class ProposalsPanel extends Div {
  private final BiConsumer<ActionProposals.BarrierActions, CatalogueAction> add;

  ProposalsPanel(BiConsumer<ActionProposals.BarrierActions, CatalogueAction> add) {
    this.add = add;
    setId("contract-proposals");
    addClassName("contract-proposals");
    getElement().setAttribute("role", "complementary");
    getElement().setAttribute("aria-labelledby", "contract-proposals-title");
  }

  void show(ActionProposals p, boolean editable) {
    removeAll();
    H3 title = new H3("Propositions du diagnostic");
    title.setId("contract-proposals-title");
    add(title);
    if (p.expectations() != null && !p.expectations().isBlank()) {
      add(said("proposal-expectations", "Ce que la personne attend : ", p.expectations()));
    }
    if (p.needs() != null && !p.needs().isBlank()) {
      add(said("proposal-needs", "Ce dont elle a besoin d'abord : ", p.needs()));
    }
    if (p.barriers().isEmpty()) {
      Paragraph none =
          new Paragraph(
              "Le diagnostic ne relève aucun frein fort ou moyen : écrivez le plan avec la"
                  + " personne.");
      none.addClassName("secondary");
      add(none);
      return;
    }
    for (ActionProposals.BarrierActions b : p.barriers()) {
      Div barrier = new Div();
      barrier.addClassName("proposal-barrier");
      Paragraph name = new Paragraph(b.label() + " — frein " + level(b));
      name.addClassName("proposal-barrier-name");
      barrier.add(name);
      UnorderedList actions = new UnorderedList();
      for (CatalogueAction a : b.actions()) {
        Button plus = new Button("Ajouter", VaadinIcon.PLUS.create(), e -> add.accept(b, a));
        plus.setId("proposal-add-" + a.code());
        plus.addClassName("proposal-add");
        plus.setAriaLabel("Ajouter au plan : " + a.label());
        plus.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        plus.setVisible(editable);
        Span label = new Span(a.label() + " (" + a.category().label() + ") ");
        actions.add(new ListItem(label, plus));
      }
      if (b.actions().isEmpty()) {
        actions.add(new ListItem("Aucune action du catalogue pour ce frein."));
      }
      barrier.add(actions);
      add(barrier);
    }
  }

  private static String level(ActionProposals.BarrierActions b) {
    return b.level() == null ? "" : b.level().label().toLowerCase(java.util.Locale.FRANCE);
  }

  private static Paragraph said(String id, String what, String words) {
    Paragraph p = new Paragraph();
    p.setId(id);
    Span lead = new Span(what);
    lead.addClassName("proposal-lead");
    p.add(lead, new Span("« " + words + " »"));
    return p;
  }
}
