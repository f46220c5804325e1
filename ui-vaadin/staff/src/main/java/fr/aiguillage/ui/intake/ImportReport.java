package fr.aiguillage.ui.intake;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.function.SerializableBiFunction;
import fr.aiguillage.intake.ImportRunDetails;
import fr.aiguillage.intake.Problem;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import java.util.UUID;

/**
 * The report of one import, the one just run or one chosen in the history: its summary and its
 * refused rows, line by line.
 */
class ImportReport extends Section {
  private final H3 problemsTitle = new H3();
  private final ImportSummary summary = new ImportSummary();
  private final ProblemGrid problems;
  private final Paragraph lines = new Paragraph();

  ImportReport(SerializableBiFunction<UUID, PageRequest, Page<Problem>> pages) {
    problems = new ProblemGrid(pages);
    setId("import-report");
    H2 title = new H2("Compte rendu");
    title.setId("report-title");
    getElement().setAttribute("aria-labelledby", "report-title");
    problemsTitle.setId("problems-title");
    lines.addClassName("secondary");
    add(title, summary, problemsTitle, lines, problems);
    setVisible(false);
  }

  void show(ImportRunDetails run) {
    summary.show(run);
    problemsTitle.setText(IntakeTexts.problemsOf(run));
    lines.setText(
        IntakeTexts.isFlow(run)
            ? "Pour un flux, la ligne est le rang du foyer dans le fichier et la colonne, la"
                + " personne."
            : "Les lignes sont numérotées comme dans le tableur : l'en-tête est la ligne 1.");
    problems.show(run.id());
    setVisible(true);
  }

  void clear() {
    summary.clear();
    setVisible(false);
  }
}
