package fr.aiguillage.ui.directory;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.aiguillage.directory.StructureSummary.ReferentView;
import java.util.Map;
import java.util.UUID;

/** A structure's referents with their caseload: "35 / 60" and a bar, a warning from 90 %. */
class ReferentGrid extends Grid<ReferentView> {
  ReferentGrid(Map<UUID, String> territories) {
    setId("referents-grid");
    setAriaLabel("Référents de la structure");
    addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    setEmptyStateText("Aucun référent pour cette structure.");
    setAllRowsVisible(true);
    addColumn(ReferentView::name).setKey("name").setHeader("Référent").setAutoWidth(true);
    addColumn(ReferentView::email).setKey("email").setHeader("Courriel").setAutoWidth(true);
    addColumn(r -> territories.getOrDefault(r.territoryId(), ""))
        .setKey("territory")
        .setHeader("Territoire")
        .setAutoWidth(true);
    addColumn(r -> LoadTexts.pathways(r.pathways()))
        .setKey("pathways")
        .setHeader("Parcours")
        .setAutoWidth(true);
    addComponentColumn(ReferentGrid::charge).setKey("caseload").setHeader("Charge");
  }

  /** Selects the referent with this id if the grid shows it; else nothing is selected. */
  void selectReferent(UUID id) {
    deselectAll();
    if (id != null) {
      getGenericDataView()
          .getItems()
          .filter(r -> r.id().equals(id))
          .findFirst()
          .ifPresent(this::select);
    }
  }

  private static HorizontalLayout charge(ReferentView r) {
    Span text = new Span(LoadTexts.caseload(r.caseload(), r.maxCaseload()));
    if (LoadTexts.warning(r.caseload(), r.maxCaseload())) {
      text.addClassName("load-warning");
    }
    HorizontalLayout cell = new HorizontalLayout(text, new LoadBar(r.caseload(), r.maxCaseload()));
    cell.setAlignItems(FlexComponent.Alignment.CENTER);
    cell.setSpacing(true);
    return cell;
  }
}
