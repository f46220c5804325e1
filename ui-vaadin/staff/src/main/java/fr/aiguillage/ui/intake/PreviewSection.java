package fr.aiguillage.ui.intake;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableRunnable;
import fr.aiguillage.intake.ImportJob.Preview;
import java.util.List;

/**
 * The first rows read with the mapping, and the actions on the file: read them again with the
 * edited mapping, save the mapping and import, or give the file up. A refusal is an alert.
 */
class PreviewSection extends Section {
  static final String ALERT_CLASS = "import-alert-text";

  private final PreviewGrid grid = new PreviewGrid();
  private final ColumnsGrid columns = new ColumnsGrid();
  private final Paragraph verdict = new Paragraph();
  private final Div alert = new Div();
  private final Button again = new Button("Vérifier de nouveau", VaadinIcon.REFRESH.create());
  private final Button start =
      new Button("Enregistrer la correspondance et importer", VaadinIcon.UPLOAD.create());
  private final Button cancel = new Button("Abandonner ce fichier");

  PreviewSection(
      SerializableRunnable onAgain, SerializableRunnable onStart, SerializableRunnable onCancel) {
    setId("import-preview-section");
    H2 title = new H2("Aperçu");
    title.setId("preview-title");
    getElement().setAttribute("aria-labelledby", "preview-title");
    verdict.setId("preview-verdict");
    verdict.getElement().setAttribute("role", "status");
    alert.setId("import-start-alert");
    alert.getElement().setAttribute("role", "alert");
    alert.getStyle().set("color", "var(--lumo-error-text-color)");
    again.setId("preview-again");
    again.addClickListener(click -> onAgain.run());
    start.setId("import-start");
    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    start.addClickListener(click -> onStart.run());
    start.setDisableOnClick(true);
    cancel.setId("import-cancel");
    cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    cancel.addClickListener(click -> onCancel.run());
    add(
        title,
        new Paragraph(
            "Les "
                + PreviewGrid.ROWS
                + " premières lignes, lues avec la correspondance ci-dessus. Rien n'est enregistré"
                + " avant « "
                + start.getText()
                + " »."),
        verdict,
        new H3("Les colonnes"),
        columns,
        new H3("Les premières lignes"),
        grid,
        alert,
        new HorizontalLayout(again, start, cancel));
  }

  void show(Preview preview) {
    grid.show(preview);
    columns.show(preview.columns());
    refuse(List.of());
    verdict.setText(verdict(preview));
  }

  /** Why the mapping was not saved or the import not started; an empty list clears the alert. */
  void refuse(List<String> messages) {
    alert.setText(String.join(" ", messages));
    alert.setClassName(ALERT_CLASS, !messages.isEmpty());
  }

  /** While a run reads the file, nothing here can be pressed. */
  void lock(boolean locked) {
    again.setEnabled(!locked);
    start.setEnabled(!locked);
    cancel.setEnabled(!locked);
  }

  void clear() {
    grid.clear();
    columns.clear();
    verdict.setText("");
    refuse(List.of());
    lock(false);
  }

  private static String verdict(Preview preview) {
    if (!preview.mappingProblems().isEmpty()) {
      return "La correspondance des colonnes est à corriger : voyez les messages sous les listes.";
    }
    long invalid = preview.rows().stream().filter(r -> !r.valid()).count();
    if (preview.rows().isEmpty()) {
      return "Le fichier ne contient aucune ligne sous l'en-tête.";
    }
    return invalid == 0
        ? "Toutes les lignes de l'aperçu sont valides."
        : IntakeTexts.count(
                invalid, "ligne de l'aperçu sera refusée", "lignes de l'aperçu seront refusées")
            + " : les autres seront importées.";
  }
}
