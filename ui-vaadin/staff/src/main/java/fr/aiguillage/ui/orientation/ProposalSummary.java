package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.aiguillage.orientation.OrientationFile;

/** The criteria's proposal the agent decides from: pathway, structure kind, rule, version. */
class ProposalSummary extends Div {
  private final Paragraph empty =
      new Paragraph("Pas encore de proposition : elle est faite à la fin du diagnostic.");
  private final Span pathway = new Span();
  private final Span review = ReviewBadge.create();
  private final Description kind = new Description();
  private final Span rule = new Span();
  private final Description criteria = new Description();
  private final DescriptionList facts;

  ProposalSummary() {
    setId("orientation-proposal");
    addClassName("orientation-block");
    empty.setId("orientation-proposal-empty");
    empty.addClassName("secondary");
    pathway.setId("orientation-proposal-pathway");
    review.setId("orientation-proposal-review");
    kind.setId("orientation-proposal-kind");
    rule.setId("orientation-proposal-rule");
    rule.addClassName("rule-code");
    criteria.setId("orientation-proposal-criteria");
    facts =
        Facts.of(
            new Term("Parcours proposé"),
            new Description(pathway, new Span(" "), review),
            new Term("Type de structure"),
            kind,
            new Term("Règle appliquée"),
            new Description(rule),
            new Term("Critères"),
            criteria);
    add(new H3("Proposition des critères"), empty, facts);
  }

  void show(OrientationFile.Proposed p) {
    empty.setVisible(p == null);
    facts.setVisible(p != null);
    if (p == null) {
      return;
    }
    pathway.setText(OrientationTexts.pathwayLabel(p.pathway()));
    review.setVisible(p.needsReview());
    kind.setText(OrientationTexts.kindLabel(p.target()));
    rule.setText(p.rule() == null ? "" : p.rule());
    criteria.setText(OrientationTexts.criteriaVersion(p.criteriaVersion()));
  }
}
