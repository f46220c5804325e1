package fr.aiguillage.ui.intake;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.aiguillage.intake.CafFlowSettings;
import fr.aiguillage.intake.ColumnMapping;
import fr.aiguillage.intake.ImportJob;
import fr.aiguillage.intake.ImportOrigin;
import fr.aiguillage.intake.ImportRunDetails;
import fr.aiguillage.intake.Intake;
import fr.aiguillage.intake.Problem;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Importing a CAF/MSA list: the file, the mapping of its columns (saved for the next time), a
 * preview of its first rows, then the import itself, read in the background with its progress, its
 * report, and the history of the last imports. The services check the caller's rights again.
 */
@Route(value = "imports", layout = MainLayout.class)
@PageTitle("Importer une liste CAF/MSA — Aiguillage")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR, Roles.ORIENTATION_AGENT})
public class ImportsView extends VerticalLayout implements BeforeEnterObserver {
  private static final String UNREADABLE = "Il n'a pas pu être lu.";

  private final ImportJob job;
  private final Intake intake;
  private final FileSection file = new FileSection(this::received);
  private final MappingForm mapping = new MappingForm();
  private final PreviewSection preview =
      new PreviewSection(this::previewAgain, this::start, this::cancel);
  private final FlowSection flow = new FlowSection(this::startFlow, this::cancel);
  private final ImportProgress progress = new ImportProgress();
  private final ImportReport report = new ImportReport(this::problems);
  private final ImportHistory history = new ImportHistory(this::choose, this::reloadHistory);
  private PendingFile pending;
  private RunFollower follower;

  private final CafFlowSettings flowSettings;

  @Inject
  public ImportsView(
      ImportJob job, Intake intake, CafFlowSettings flowSettings, CurrentCaller caller) {
    this.job = job;
    this.intake = intake;
    this.flowSettings = flowSettings;
    setId("imports-view");
    addClassName("imports-view");
    H1 title = PageHeading.title("Importer une liste CAF/MSA");
    add(title, file, mapping, preview, flow, progress, report, history);
    if (caller.get().hasRole(Roles.COORDINATOR) || caller.get().hasRole(Roles.TENANT_ADMIN)) {
      FlowRuleForm rule = new FlowRuleForm(flowSettings);
      rule.show();
      add(rule);
    }
    showSteps(false);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    reloadHistory();
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (follower != null) {
      follower.stop();
    }
    discardPending();
    super.onDetach(event);
  }

  /** A new file replaces the one waiting, which is deleted. */
  private void received(String fileName, Path path) {
    discardPending();
    pending = new PendingFile(path, fileName);
    file.received(fileName, pending.size());
    progress.clear();
    if (ImportJob.isFlow(path)) {
      file.say(
          "Fichier « "
              + fileName
              + " » reçu ("
              + IntakeTexts.size(pending.size())
              + ") : un flux des bénéficiaires de la CNAF. Vérifiez qui sera suivi, puis lancez"
              + " l'import.");
      showSteps(false);
      flow.show(flowSettings.get());
      flow.setVisible(true);
    } else {
      readPreview(null);
    }
  }

  /** A CNAF flow: no mapping, imported in the background like a list. */
  private void startFlow() {
    if (pending == null) {
      flow.lock(false);
      return;
    }
    PendingFile taken = pending;
    pending = null; // the import owns the file now, and deletes it
    follower = follower == null ? new RunFollower(UI.getCurrent()) : follower;
    ImportRunDetails run;
    try {
      run =
          job.startFlowAsync(
              taken.file(), taken.name(), ImportOrigin.SCREEN, follower.progress(progress::show));
    } catch (RuntimeException e) {
      taken.discard();
      flow.setVisible(false);
      throw e;
    }
    flow.lock(true);
    running(run);
  }

  private void previewAgain() {
    if (pending != null) {
      readPreview(mapping.mapping());
    }
  }

  /** {@code chosen} null: the saved mapping if it fits the file, else one guessed from it. */
  private void readPreview(ColumnMapping chosen) {
    try (InputStream in = pending.open()) {
      ImportJob.Preview read = job.preview(in, pending.name(), chosen, PreviewGrid.ROWS);
      mapping.show(read.header(), read.mapping(), read.mappingProblems());
      preview.show(read);
      showSteps(true);
    } catch (InvalidInputException e) {
      refuseFile(messages(e.errors()));
    } catch (IOException e) {
      refuseFile(UNREADABLE);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      refuseFile(UNREADABLE); // and the error handler reports it
      throw e;
    }
  }

  private void refuseFile(String reason) {
    String name = pending.name();
    discardPending();
    showSteps(false);
    file.refuse(name, reason);
  }

  private void start() {
    if (pending == null) {
      preview.lock(false);
      return;
    }
    ColumnMapping chosen = mapping.mapping();
    if (!saved(chosen)) {
      return;
    }
    PendingFile taken = pending;
    pending = null; // the import owns the file now, and deletes it
    follower = follower == null ? new RunFollower(UI.getCurrent()) : follower;
    ImportRunDetails run;
    try {
      run =
          job.startAsync(
              taken.file(),
              taken.name(),
              chosen,
              fr.aiguillage.intake.ImportOrigin.SCREEN,
              follower.progress(progress::show));
    } catch (InvalidInputException e) {
      taken.discard();
      showSteps(false);
      file.refuse(taken.name(), messages(e.errors()) + " Choisissez le fichier de nouveau.");
      return;
    } catch (RuntimeException e) {
      taken.discard();
      showSteps(false);
      throw e;
    }
    running(run);
  }

  /** Saves the mapping, or shows under each field why it was refused. */
  private boolean saved(ColumnMapping chosen) {
    try {
      intake.saveMapping(chosen);
      mapping.showProblems(List.of());
      return true;
    } catch (InvalidInputException e) {
      List<String> messages = new ArrayList<>();
      messages.add("La correspondance n'est pas enregistrée et rien n'est importé :");
      messages.add("corrigez les listes signalées.");
      messages.addAll(mapping.showProblems(e.errors()));
      preview.refuse(messages);
      preview.lock(false);
      mapping.focusFirstProblem();
      return false;
    } catch (RuntimeException e) {
      preview.lock(false);
      throw e;
    }
  }

  private void running(ImportRunDetails run) {
    mapping.lock(true);
    preview.lock(true);
    file.lock(true);
    file.say(
        "L'import de « "
            + IntakeTexts.file(run)
            + " » est lancé. Il continue si vous quittez cette page ; son compte rendu reste dans"
            + " les derniers imports.");
    report.clear();
    progress.started(run);
    follower.follow(run.id(), intake::run, this::finished);
    reloadHistory();
  }

  private void finished(ImportRunDetails run) {
    progress.finished(run);
    mapping.lock(false);
    file.lock(false);
    file.clear();
    showSteps(false);
    report.show(run);
    reloadHistory();
  }

  private void cancel() {
    discardPending();
    showSteps(false);
    file.say("Fichier abandonné : rien n'a été enregistré.");
  }

  private void choose(ImportRunDetails run) {
    report.show(intake.run(run.id()));
  }

  private void reloadHistory() {
    history.show(intake.history(HistoryGrid.RUNS));
  }

  private Page<Problem> problems(UUID runId, PageRequest page) {
    return intake.problems(runId, page);
  }

  private void showSteps(boolean visible) {
    if (!visible) {
      preview.clear();
    }
    flow.setVisible(false);
    mapping.setVisible(visible);
    preview.setVisible(visible);
  }

  private void discardPending() {
    if (pending != null) {
      pending.discard();
      pending = null;
    }
  }

  private static String messages(List<FieldError> errors) {
    return String.join(" ", errors.stream().map(FieldError::message).toList());
  }
}
