package fr.aiguillage.ui.coordination;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import fr.aiguillage.orientation.Coordination.TerritoryCaseload;
import fr.aiguillage.orientation.Coordination.TerritoryCaseload.ReferentLoad;

/**
 * One territory's referents, the most loaded first: "35 / 60", the level in words from 80 %
 * ("presque complet", "complet", "au-delà du maximum") and a bar.
 */
class CaseloadGrid extends Grid<ReferentLoad> {
  CaseloadGrid(TerritoryCaseload territory) {
    setId("caseload-grid-" + CoordinationTexts.key(territory.territoryId()));
    setAriaLabel("Référents du territoire " + territory.territoryName() + " et leur charge");
    addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    addClassName("caseload-grid");
    setAllRowsVisible(true);
    addColumn(ReferentLoad::name)
        .setKey("name")
        .setHeader("Référent")
        .setAutoWidth(true)
        .setFlexGrow(1);
    addColumn(ReferentLoad::structureName)
        .setKey("structure")
        .setHeader("Structure")
        .setAutoWidth(true)
        .setFlexGrow(1);
    addComponentColumn(CaseloadGrid::charge)
        .setKey("caseload")
        .setHeader("Charge")
        .setAutoWidth(true);
    getColumns().forEach(c -> c.setSortable(false));
    setItems(territory.referents());
  }

  static Component charge(ReferentLoad r) {
    CoordinationTexts.Level level = CoordinationTexts.Level.of(r.current(), r.max());
    Span text = new Span(CoordinationTexts.caseload(r.current(), r.max()));
    text.addClassName("caseload-text");
    Span cell = new Span(text);
    cell.addClassName("caseload-cell");
    if (level != CoordinationTexts.Level.NORMAL) {
      Span words = new Span(level.words());
      words.addClassName(level.full() ? "load-warning" : "caseload-high");
      cell.add(words);
    }
    cell.add(new CaseloadBar(r.current(), r.max()));
    return cell;
  }
}
