package fr.aiguillage.ui.diagnostic;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.aiguillage.directory.Placement.RankedStructure;
import java.util.List;

/**
 * "Où orienter ?": the structures that take the pathway the criteria propose now, best first, each
 * with its first referents. Read-only: choosing and referring come later. Announced when it
 * changes.
 */
class PlacementsPanel extends Section {
  static final int REFERENTS_SHOWN = 3;

  private final Button show = new Button("Voir les structures possibles");
  private final Div list = new Div();
  private final Paragraph empty = new Paragraph();

  PlacementsPanel(Runnable onShow) {
    setId("placements");
    addClassName("placements");
    H2 title = new H2("Où orienter ?");
    title.setId("placements-title");
    getElement().setAttribute("aria-labelledby", "placements-title");
    show.setId("show-placements");
    show.addClickListener(click -> onShow.run());
    list.setId("placements-list");
    list.addClassName("placements-list");
    empty.setId("placements-empty");
    empty.addClassName("secondary");
    Div live = new Div(empty, list);
    live.getElement().setAttribute("aria-live", "polite");
    add(
        title,
        new Paragraph(
            "Les structures qui accueillent le parcours proposé par les critères en vigueur,"
                + " celles du territoire de la personne et avec des places d'abord."),
        show,
        live);
    clear();
  }

  void show(List<RankedStructure> structures) {
    list.removeAll();
    for (int i = 0; i < structures.size(); i++) {
      list.add(new PlacementCard("placement-" + i, structures.get(i), REFERENTS_SHOWN));
    }
    empty.setText("Aucune structure du département n'accueille ce parcours.");
    empty.setVisible(structures.isEmpty());
  }

  /** Forgets a list that may no longer match the answers. */
  void clear() {
    list.removeAll();
    empty.setVisible(false);
  }
}
