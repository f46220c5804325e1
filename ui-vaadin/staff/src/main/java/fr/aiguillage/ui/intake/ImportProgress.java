package fr.aiguillage.ui.intake;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.progressbar.ProgressBar;
import fr.aiguillage.intake.ImportJob.Progress;
import fr.aiguillage.intake.ImportRun;
import fr.aiguillage.intake.ImportRunDetails;
import java.util.UUID;

/**
 * How far the running import has read the file: a bar and, in words, the rows read and what became
 * of them (announced politely, since the bar alone says nothing of the counts).
 */
class ImportProgress extends Section {
  private final H2 title = new H2();
  private final ProgressBar bar = new ProgressBar(0, 1);
  private final Paragraph text = new Paragraph();
  private UUID running;

  ImportProgress() {
    setId("import-progress-section");
    title.setId("progress-title");
    getElement().setAttribute("aria-labelledby", "progress-title");
    bar.setId("import-progress");
    bar.getElement().setAttribute("aria-labelledby", "progress-title");
    text.setId("import-progress-text");
    text.getElement().setAttribute("role", "status");
    add(title, bar, text);
    setVisible(false);
  }

  /** The run has started: the file is being read. */
  void started(ImportRunDetails run) {
    running = run.id();
    title.setText("Import de « " + IntakeTexts.file(run) + " » en cours");
    bar.setValue(0);
    text.setText("Lecture du fichier…");
    setVisible(true);
  }

  /** A report of the running import; one arriving late, after the end, is ignored. */
  void show(Progress progress) {
    if (!progress.runId().equals(running)) {
      return;
    }
    bar.setValue(progress.fraction());
    text.setText(
        progress.fraction() >= 1.0
            ? IntakeTexts.progress(progress) + " Fin de l'import…"
            : IntakeTexts.progress(progress));
  }

  /** The run is over; the report below says how it went. */
  void finished(ImportRunDetails run) {
    running = null;
    boolean done = run.status() == ImportRun.Status.DONE;
    title.setText(
        "Import de « " + IntakeTexts.file(run) + " » " + (done ? "terminé" : "interrompu"));
    if (done) {
      bar.setValue(1);
    }
    text.setText(
        IntakeTexts.rowsRead(run.rowsRead()) + ". Le compte rendu de l'import suit cette barre.");
  }

  void clear() {
    running = null;
    setVisible(false);
  }
}
