package fr.aiguillage.ui.directory;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;

/** The errors of a refused file: line, column, problem; tall enough, scrolling past a few. */
class ImportReportGrid extends Grid<ImportProblem> {
  /** Up to this many errors the grid shows them all; beyond, it scrolls. */
  static final int ALL_VISIBLE_UP_TO = 10;

  ImportReportGrid() {
    setId("import-errors");
    setAriaLabel("Erreurs du fichier");
    addThemeVariants(
        GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    addColumn(ImportProblem::line)
        .setKey("line")
        .setHeader("Ligne")
        .setAutoWidth(true)
        .setFlexGrow(0);
    addColumn(ImportProblem::column)
        .setKey("column")
        .setHeader("Colonne")
        .setAutoWidth(true)
        .setFlexGrow(0);
    addColumn(ImportProblem::message).setKey("message").setHeader("Problème").setFlexGrow(1);
  }

  void show(List<ImportProblem> problems) {
    setItems(problems);
    boolean few = problems.size() <= ALL_VISIBLE_UP_TO;
    setAllRowsVisible(few);
    setHeight(few ? null : "24em");
  }
}
