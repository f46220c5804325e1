package fr.aiguillage.ui.intake;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import fr.aiguillage.intake.ImportRunDetails;
import fr.aiguillage.ui.kit.Formats;
import java.util.function.Consumer;

/**
 * The last imports, newest first. Choosing one (click, or Space or Enter on a row) shows its
 * report.
 */
class HistoryGrid extends Grid<ImportRunDetails> {
  static final int RUNS = 20;

  private ImportRunDetails focused;

  HistoryGrid(Consumer<ImportRunDetails> choose) {
    setId("import-history");
    setAriaLabel("Derniers imports");
    addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    setEmptyStateText("Aucun import pour l'instant.");
    setAllRowsVisible(true);
    setSelectionMode(SelectionMode.SINGLE);
    column("startedAt", "Date", r -> IntakeTexts.moment(r.startedAt()));
    column("file", "Fichier", IntakeTexts::file);
    column("origin", "Origine", r -> IntakeTexts.origin(r.origin()));
    column("startedBy", "Par", ImportRunDetails::startedBy);
    column("status", "État", r -> IntakeTexts.status(r.status()));
    column("rowsRead", "Lues", r -> Formats.thousands(r.rowsRead()));
    column("created", "Créées", r -> Formats.thousands(r.created()));
    column("updated", "Mises à jour", r -> Formats.thousands(r.updated()));
    column("unchanged", "Inchangées", r -> Formats.thousands(r.unchanged()));
    column("rejected", "Refusées", r -> Formats.thousands(r.rejected()));
    asSingleSelect()
        .addValueChangeListener(
            change -> {
              if (change.getValue() != null) {
                choose.accept(change.getValue());
              }
            });
    addCellFocusListener(focus -> focused = focus.getItem().orElse(null));
    getElement()
        .addEventListener(
            "keydown",
            enter -> {
              if (focused != null) {
                select(focused);
              }
            })
        .setFilter("event.key === 'Enter'");
  }

  private void column(String key, String header, ValueProvider<ImportRunDetails, String> value) {
    addColumn(value).setKey(key).setHeader(header).setSortable(false).setAutoWidth(true);
  }
}
