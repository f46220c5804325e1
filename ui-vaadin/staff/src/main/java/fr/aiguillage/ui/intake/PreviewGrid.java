package fr.aiguillage.ui.intake;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import fr.aiguillage.intake.ColumnMapping;
import fr.aiguillage.intake.ImportJob.Preview;
import fr.aiguillage.intake.ImportJob.PreviewRow;
import fr.aiguillage.intake.IntakeField;
import java.util.List;

/**
 * The first rows of the file as the mapping reads them: row number, whether the row would be
 * accepted (in words, with its problems), and the few columns that tell who it is.
 */
class PreviewGrid extends Grid<PreviewRow> {
  static final int ROWS = 20;

  private List<String> header = List.of();
  private ColumnMapping mapping = new ColumnMapping(null);

  PreviewGrid() {
    setId("import-preview");
    setAriaLabel("Aperçu des " + ROWS + " premières lignes du fichier");
    addThemeVariants(
        GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    setAllRowsVisible(true);
    setEmptyStateText(
        "Aucune ligne à montrer : corrigez d'abord la correspondance des colonnes, ou le fichier"
            + " est vide.");
    addColumn(PreviewRow::row).setKey("row").setHeader("Ligne").setAutoWidth(true).setFlexGrow(0);
    addColumn(r -> IntakeTexts.rowStatus(r.valid(), r.problems()))
        .setKey("status")
        .setHeader("État")
        .setFlexGrow(2);
    cell(IntakeField.LAST_NAME, "lastName", "Nom");
    cell(IntakeField.FIRST_NAMES, "firstNames", "Prénom(s)");
    cell(IntakeField.BIRTH_DATE, "birthDate", "Date de naissance");
    cell(IntakeField.CAF_NUMBER, "cafNumber", "N° allocataire");
  }

  void show(Preview preview) {
    header = preview.header();
    mapping = preview.mapping();
    setItems(preview.rows());
  }

  void clear() {
    setItems(List.of());
  }

  private void cell(IntakeField field, String key, String title) {
    ValueProvider<PreviewRow, String> value = row -> value(row, field);
    addColumn(value).setKey(key).setHeader(title).setAutoWidth(true);
  }

  /** The cell of the column mapped to the field, as the file has it. */
  private String value(PreviewRow row, IntakeField field) {
    int index = mapping.column(field).map(header::indexOf).orElse(-1);
    return index >= 0 && index < row.cells().size() && row.cells().get(index) != null
        ? row.cells().get(index)
        : "";
  }
}
