package fr.aiguillage.ui.coordination;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fr.aiguillage.orientation.Coordination.TerritoryCaseload;
import java.util.List;

/**
 * "Charge des référents par territoire": per territory a sub-heading with its caseloads added up
 * ("Nord — 35 suivis sur 60 places"), their share in words and a bar, then its referents.
 */
class CaseloadsSection extends Section {
  static final String NO_REFERENT = "Aucun référent sur ce territoire.";

  private final Div territories = new Div();

  CaseloadsSection() {
    setId("caseloads");
    addClassName("coordination-section");
    H2 title = new H2("Charge des référents par territoire");
    title.setId("caseloads-title");
    getElement().setAttribute("aria-labelledby", "caseloads-title");
    Paragraph explanation =
        new Paragraph(
            "La charge d'un référent est le nombre de personnes qu'il suit, rapporté au maximum"
                + " prévu pour lui ; elle est signalée à partir de 80\u00a0% (« presque complet »)"
                + " et quand le maximum est atteint (« complet »).");
    explanation.setId("caseloads-explanation");
    explanation.addClassName("secondary");
    territories.addClassName("caseload-territories");
    add(title, explanation, territories);
  }

  void show(List<TerritoryCaseload> caseloads) {
    territories.removeAll();
    if (caseloads.isEmpty()) {
      Paragraph none = new Paragraph("Aucun territoire ni référent n'est enregistré.");
      none.setId("caseloads-empty");
      territories.add(none);
      return;
    }
    for (TerritoryCaseload t : caseloads) {
      territories.add(territory(t));
    }
  }

  private static Div territory(TerritoryCaseload t) {
    String key = CoordinationTexts.key(t.territoryId());
    H3 heading = new H3(CoordinationTexts.territoryHeading(t));
    heading.setId("caseload-title-" + key);
    Div block = new Div(heading);
    block.setId("caseload-" + key);
    block.addClassName("caseload-territory");
    if (t.referents().isEmpty()) {
      Paragraph none = new Paragraph(NO_REFERENT);
      none.addClassNames("caseload-none", "secondary");
      block.add(none);
      return block;
    }
    CoordinationTexts.Level level = CoordinationTexts.Level.of(t.current(), t.max());
    Span words = new Span(CoordinationTexts.territoryLoad(t.current(), t.max()));
    words.addClassName(
        level.full()
            ? "load-warning"
            : level == CoordinationTexts.Level.HIGH ? "caseload-high" : "caseload-share");
    Div load = new Div(words, new CaseloadBar(t.current(), t.max()));
    load.addClassName("caseload-territory-load");
    block.add(load, new CaseloadGrid(t));
    return block;
  }
}
