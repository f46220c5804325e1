package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.aiguillage.orientation.PartnerReferrals.SharedDiagnostic;
import fr.aiguillage.ui.kit.Formats;

/**
 * The diagnostic the person agreed to share: when it was completed, the synthesis, the next steps
 * and the actions; otherwise, why there is none.
 */
final class SharedDiagnosticBlock extends Div {
  static final String NONE =
      "La personne n'a pas accepté de partager son diagnostic, ou il n'est pas terminé.";

  SharedDiagnosticBlock(SharedDiagnostic d) {
    if (d == null) {
      Paragraph none = new Paragraph(NONE);
      none.setId("shared-diagnostic-none");
      add(none);
      return;
    }
    Paragraph completed = new Paragraph("Terminé le " + Formats.day(d.completedAt()));
    completed.setId("shared-diagnostic-completed");
    completed.addClassName("secondary");
    add(completed, new H3("Synthèse"), text("shared-diagnostic-synthesis", d.synthesis()));
    if (d.nextSteps() != null && !d.nextSteps().isBlank()) {
      add(new H3("Prochaines étapes"), text("shared-diagnostic-next-steps", d.nextSteps()));
    }
    if (d.actions() != null && !d.actions().isEmpty()) {
      UnorderedList actions = new UnorderedList();
      actions.setId("shared-diagnostic-actions");
      d.actions().forEach(action -> actions.add(new ListItem(action)));
      add(new H3("Actions"), actions);
    }
  }

  /** A paragraph that keeps the line breaks typed by the agent. */
  private static Paragraph text(String id, String value) {
    Paragraph p = new Paragraph(value == null ? "" : value);
    p.setId(id);
    p.getStyle().set("white-space", "pre-line");
    return p;
  }
}
