package fr.aiguillage.ui.directory;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import fr.aiguillage.directory.StructureSummary;
import java.util.Map;
import java.util.UUID;

/** The département's structures, one row each; selecting one shows its details. */
class StructureGrid extends Grid<StructureSummary> {
  StructureGrid(Map<UUID, String> territories) {
    setId("structures-grid");
    setAriaLabel("Structures du département");
    addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    setEmptyStateText("Aucune structure dans l'annuaire du département.");
    setSelectionMode(SelectionMode.SINGLE);
    column("name", "Structure", StructureSummary::name);
    column("kind", "Type", s -> s.kind() == null ? "" : s.kind().label());
    column("territory", "Territoire", s -> territories.getOrDefault(s.territoryId(), ""));
    column("pathways", "Parcours", s -> LoadTexts.pathways(s.pathways()));
    column("capacity", "Capacité", s -> LoadTexts.capacity(s.capacity(), s.currentLoad()));
    addComponentColumn(s -> new LoadBar(s.currentLoad(), s.capacity()))
        .setKey("load")
        .setHeader("Occupation")
        .setWidth("8em")
        .setFlexGrow(0);
    column("referents", "Référents", s -> String.valueOf(s.referents().size()));
  }

  private void column(String key, String header, ValueProvider<StructureSummary, String> value) {
    addColumn(value).setKey(key).setHeader(header).setSortable(true).setAutoWidth(true);
  }
}
