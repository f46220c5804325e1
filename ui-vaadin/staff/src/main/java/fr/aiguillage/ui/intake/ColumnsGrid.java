package fr.aiguillage.ui.intake;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import fr.aiguillage.intake.ImportJob.ColumnReading;
import java.util.List;

/**
 * Each column of the file, what it was taken for and why, and what the import refuses in it — so
 * that a file is understood before anything is written (issue 15).
 */
class ColumnsGrid extends Grid<ColumnReading> {
  ColumnsGrid() {
    setId("import-columns");
    setAriaLabel("Lecture de chaque colonne du fichier");
    addThemeVariants(
        GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    setAllRowsVisible(true);
    addColumn(ColumnReading::header)
        .setKey("header")
        .setHeader("Colonne du fichier")
        .setFlexGrow(1);
    addColumn(c -> c.field() == null ? "— (ignorée)" : c.fieldLabel())
        .setKey("field")
        .setHeader("Lue comme")
        .setFlexGrow(1);
    addColumn(ColumnReading::why).setKey("why").setHeader("Pourquoi").setFlexGrow(2);
    addColumn(ColumnReading::rule)
        .setKey("rule")
        .setHeader("Ce qui est accepté ou refusé")
        .setFlexGrow(3);
  }

  void show(List<ColumnReading> columns) {
    setItems(columns);
  }

  void clear() {
    setItems(List.of());
  }
}
