package fr.aiguillage.ui.coordination;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.aiguillage.orientation.Coordination.EscalatedReferral;
import java.util.List;

/** "Orientations restées sans réponse": the referrals escalated to the coordinator. */
class EscalatedSection extends Section {
  private final Paragraph total = new Paragraph();
  private final EscalatedGrid grid = new EscalatedGrid();

  EscalatedSection() {
    setId("escalated-section");
    addClassName("coordination-section");
    H2 title = new H2("Orientations restées sans réponse");
    title.setId("escalated-title");
    getElement().setAttribute("aria-labelledby", "escalated-title");
    Paragraph explanation =
        new Paragraph(
            "La structure sollicitée n'a pas répondu avant l'échéance : la personne attend une"
                + " nouvelle décision d'orientation, à prendre depuis sa fiche.");
    explanation.setId("escalated-explanation");
    explanation.addClassName("secondary");
    total.setId("escalated-total");
    add(title, explanation, total, grid);
  }

  void show(List<EscalatedReferral> referrals) {
    total.setText(CoordinationTexts.escalatedTotal(referrals.size()) + ".");
    grid.show(referrals);
  }
}
