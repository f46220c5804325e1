package fr.aiguillage.ui.intake;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import fr.aiguillage.intake.ImportJob.Progress;
import fr.aiguillage.intake.ImportRun;
import fr.aiguillage.intake.ImportRunDetails;
import java.io.Serializable;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Follows a run that reads its file in the background, for one page. Progress arrives from the
 * import's thread and is pushed into the page under its lock. The end is found by asking for the
 * run's status from the page's own requests (a poll while the run lasts): the last progress report
 * comes before the run is marked finished, and a run that fails sends none.
 */
class RunFollower implements Serializable {
  static final int POLL_MILLIS = 1000;

  private final UI ui;
  private Registration poll;

  RunFollower(UI ui) {
    this.ui = ui;
  }

  /** A progress listener for the import's thread; a page left meanwhile does not stop the run. */
  Consumer<Progress> progress(SerializableConsumer<Progress> show) {
    UI page = ui;
    return p -> {
      try {
        page.access(() -> show.accept(p));
      } catch (UIDetachedException left) {
        // the page was closed or left: the import goes on, its report stays in the history
      }
    };
  }

  /** Asks for the run's status until it is over, then tells {@code ended}, once. */
  void follow(
      UUID runId,
      SerializableFunction<UUID, ImportRunDetails> load,
      SerializableConsumer<ImportRunDetails> ended) {
    stop();
    ui.setPollInterval(POLL_MILLIS);
    poll =
        ui.addPollListener(
            tick -> {
              ImportRunDetails run;
              try {
                run = load.apply(runId);
              } catch (RuntimeException e) {
                stop(); // one error shown, not one a second
                throw e;
              }
              if (run.status() != ImportRun.Status.RUNNING) {
                stop();
                ended.accept(run);
              }
            });
  }

  void stop() {
    if (poll != null) {
      poll.remove();
      poll = null;
      ui.setPollInterval(-1);
    }
  }
}
