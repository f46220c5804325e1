package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import fr.aiguillage.orientation.OrientationFile;
import fr.aiguillage.ui.kit.Formats;

/**
 * The decision taken, if any: pathway, structure, referent, when, by whom, and why if it differs.
 */
class DecisionSummary extends Div {
  private final Paragraph empty = new Paragraph("Aucune décision pour l'instant.");
  private final Description pathway = new Description();
  private final Description structure = new Description();
  private final Description referent = new Description();
  private final Description when = new Description();
  private final Term reasonTerm = new Term("Motif de l'écart avec la proposition");
  private final Description reason = new Description();
  private final DescriptionList facts;

  DecisionSummary() {
    setId("orientation-decision");
    addClassName("orientation-block");
    empty.setId("orientation-decision-empty");
    empty.addClassName("secondary");
    pathway.setId("orientation-decision-pathway");
    structure.setId("orientation-decision-structure");
    referent.setId("orientation-decision-referent");
    when.setId("orientation-decision-at");
    reason.setId("orientation-decision-reason");
    facts =
        Facts.of(
            new Term("Parcours décidé"),
            pathway,
            new Term("Structure référente"),
            structure,
            new Term("Référent"),
            referent,
            new Term("Décidée"),
            when,
            reasonTerm,
            reason);
    add(new H3("Décision"), empty, facts);
  }

  void show(OrientationFile.Decided d, StructureChoices names) {
    empty.setVisible(d == null);
    facts.setVisible(d != null);
    if (d == null) {
      return;
    }
    pathway.setText(OrientationTexts.pathwayLabel(d.pathway()));
    structure.setText(names.structureName(d.structureId()));
    referent.setText(names.referentName(d.referentId()));
    when.setText("le " + Formats.at(d.at()) + (d.by() == null ? "" : " par " + d.by()));
    boolean override = d.overrideReason() != null && !d.overrideReason().isBlank();
    reasonTerm.setVisible(override);
    reason.setVisible(override);
    reason.setText(override ? d.overrideReason() : "");
  }
}
