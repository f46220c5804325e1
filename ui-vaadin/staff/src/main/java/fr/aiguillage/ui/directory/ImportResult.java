package fr.aiguillage.ui.directory;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.aiguillage.directory.ImportReport;
import java.util.List;

/**
 * How the last file went: a status for an accepted file, an alert and the table of errors for a
 * refused one. Both live regions stay on the page, empty, so that screen readers announce them.
 */
class ImportResult extends Div {
  private final Div status = new Div();
  private final Div alert = new Div();
  private final Paragraph file = new Paragraph();
  private final Div details = new Div();
  private final ImportReportGrid errors = new ImportReportGrid();

  ImportResult() {
    setId("import-result");
    status.setId("import-status");
    status.getElement().setAttribute("role", "status");
    status.getStyle().set("color", "var(--lumo-success-text-color)");
    alert.setId("import-alert");
    alert.getElement().setAttribute("role", "alert");
    alert.getStyle().set("color", "var(--lumo-error-text-color)");
    file.setId("import-file");
    file.addClassName("secondary");
    Paragraph lines =
        new Paragraph(
            "Les lignes sont comptées à partir de la première structure, sous l'en-tête.");
    lines.addClassName("secondary");
    details.add(lines, errors);
    add(status, alert, file, details);
    clear();
  }

  void accepted(String fileName, ImportReport report) {
    clear();
    status.setText(ImportTexts.accepted(report));
    showFile(fileName);
  }

  void refused(String fileName, List<ImportProblem> problems) {
    clear();
    alert.setText(ImportTexts.refused(problems.size()));
    showFile(fileName);
    errors.show(problems);
    details.setVisible(true);
  }

  /** The browser kept the file back (too big, wrong format): only the reason. */
  void rejected(String fileName, String reason) {
    clear();
    alert.setText(ImportTexts.rejected(fileName, reason));
  }

  void clear() {
    status.setText("");
    alert.setText("");
    file.setVisible(false);
    errors.setItems(List.of());
    details.setVisible(false);
  }

  private void showFile(String fileName) {
    file.setText(ImportTexts.file(fileName));
    file.setVisible(true);
  }
}
