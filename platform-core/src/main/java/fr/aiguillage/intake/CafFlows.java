package fr.aiguillage.intake;

import fr.aiguillage.beneficiary.NirProtector;
import fr.aiguillage.events.RelayHold;
import fr.aiguillage.tenancy.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports the CNAF's beneficiaries flow (XML, REFERENCE §6): streamed ({@link CafFlowReader}, one
 * household in memory), each claimant and spouse decided by the département's {@link CafScopeRule},
 * written in chunks through the lists' own {@link ChunkWriter} — followed people created or updated
 * with what the flow says of their right and household, people followed whom the flow puts out of
 * the RSA's rights and duties leaving (their file closed with the flow's date, and each context
 * ending what it had in progress), a later flow bringing them back. A flow older than the latest
 * imported is refused whole, so that it never undoes newer facts; the same flow twice changes
 * nothing. The report says, per household and person, who was followed, who is out of scope and
 * why, who left, and what was refused and why.
 */
@ApplicationScoped
public class CafFlows {
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(CafFlows.class.getName());
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject Intake intake;
  @Inject CafFlowSettings settings;
  @Inject NirProtector nirs;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /** The outbox relay waits while a flow is written (its own instance where built by hand). */
  @Inject RelayHold relay = new RelayHold();

  @Inject
  @ConfigProperty(name = "aiguillage.import.chunk-rows", defaultValue = "2000")
  int chunkRows;

  /** The file of a flow, opened from its start: it is read twice. */
  @FunctionalInterface
  interface FlowFile {
    InputStream open() throws IOException;
  }

  /** Reads and writes a whole flow; {@code progress} is told after each chunk. */
  public ImportRunDetails run(
      FlowFile flow,
      long size,
      String fileName,
      ImportOrigin origin,
      Consumer<ImportJob.Progress> progress) {
    return read(begin(fileName, size, origin), flow, size, progress);
  }

  /** Opens the flow's run (checking that the caller may import), before anything is read. */
  ImportRunDetails begin(String fileName, long size, ImportOrigin origin) {
    return intake.begin(ImportJob.CNAF_XML, origin, fileName, size, null);
  }

  /**
   * Reads and writes the flow of a run {@link #begin begun}, then closes the run: first every
   * household's fingerprints, to skip at once those that say nothing new ({@link
   * Intake#skipUnchanged}), then, if some are left, the flow again for those only.
   */
  ImportRunDetails read(
      ImportRunDetails run, FlowFile flow, long size, Consumer<ImportJob.Progress> progress) {
    Chunk chunk = new Chunk(run, size, progress);
    CafScopeRule rule;
    FlowNames names;
    DigestedStream file;
    try {
      rule = settings.rule();
      names = settings.names();
      file = DigestedStream.of(flow.open());
    } catch (IOException e) {
      intake.finish(
          run.id(), null, ImportFailures.stopped(run.id(), 0, new UncheckedIOException(e)));
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      intake.finish(run.id(), null, ImportFailures.stopped(run.id(), 0, e));
      throw e;
    }
    FlowStaging staging =
        new FlowStaging(
            rule,
            caller.get().requireTenant(),
            LocalDate.now(clock.withZone(PARIS)),
            nirs::protect);
    try (var held = relay.hold();
        file;
        CafFlowReader reader = new CafFlowReader(file, names)) {
      FlowHeader header = reader.header();
      if (header.flowDate().isEmpty()) {
        intake.note(run.id(), header.problems());
        return stop(run, file, chunk, header.problems().get(0).message());
      }
      LocalDate flowDate = header.date();
      intake.flowDate(run.id(), flowDate);
      var last = intake.lastFlowDate();
      if (last.isPresent() && flowDate.isBefore(last.get())) {
        return stop(
            run,
            file,
            chunk,
            "Flux du "
                + DAY.format(flowDate)
                + " plus ancien que le dernier importé (du "
                + DAY.format(last.get())
                + ") : refusé en entier, pour ne pas défaire des faits plus récents.");
      }
      FlowPrints prints =
          new FlowPrints(
              new RowPrints(nirs.rowFingerprints(), printContext(rule, names)), flowDate);
      staging.printing(prints);
      String[] failure = {null};
      // the header's parser goes on with the households the scan leaves to it
      FlowReading first = new FlowReading(flow, names, prints, reader);
      UnchangedRows.Skipped skipped;
      String sha256;
      java.util.Map<String, Integer> unread;
      try (first) {
        skipped =
            intake.skipUnchanged(
                run.id(),
                new UnchangedRows.Prints() {
                  @Override
                  public void load(java.sql.Connection c) throws java.sql.SQLException {
                    prints.load(c);
                  }

                  @Override
                  public void each(PrintSet known, Consumer<RowPrints.Print> print) {
                    try {
                      while (first.next()) {
                        chunk.households++;
                        if (!prints.found(first.ordinal(), first.digest(), known, print)) {
                          staging.prints(first.household(), first.digest()).forEach(print);
                        }
                      }
                    } catch (FlowUnreadable e) {
                      failure[0] =
                          e.getMessage()
                              + " Les "
                              + e.lastHousehold()
                              + " foyers lus avant sont importés ; relancez l'import avec le"
                              + " flux complet.";
                    }
                  }
                });
        // the whole file's digest, read to its end if the reading stopped before
        sha256 = first.sha256();
        unread = first.unreadElements();
      }
      LOG.info(
          String.format(
              "Import %s: %d households, %d of them parsed in the first reading; %d households"
                  + " kept with their report loaded, %d people out of scope found so",
              run.id(), chunk.households, first.parsed(), prints.reports(), skipped.outOfScope()));
      chunk.skipped(skipped);
      // the lines of the people out of scope found with their household's report
      prints.eachLine((line, households) -> intake.noteMany(run.id(), line, households));
      if (skipped.count() < chunk.households) {
        chunk.writeLeft(flow, names, prints, staging, flowDate, skipped);
      } else if (chunk.households == 0) {
        chunk.write();
      }
      List<Problem> notes = new ArrayList<>();
      unread.forEach(
          (name, household) ->
              notes.add(
                  new Problem(
                      household,
                      name,
                      "Élément non lu par la plateforme (ignoré)"
                          + (household == 0 ? "." : ", vu d'abord dans ce foyer."),
                      Problem.Kind.NOTE)));
      if (!notes.isEmpty()) {
        intake.note(run.id(), notes);
      }
      if (failure[0] != null) {
        return stop(run, file, chunk, failure[0]);
      }
      ImportRunDetails done = intake.finish(run.id(), sha256, null);
      progress.accept(new ImportJob.Progress(run.id(), chunk.households, size, size, chunk.totals));
      return done;
    } catch (FlowUnreadable e) {
      // the prolog itself: nothing was read
      return stop(run, file, chunk, e.getMessage());
    } catch (RuntimeException e) {
      intake.finish(run.id(), null, ImportFailures.stopped(run.id(), chunk.households, e));
      throw e;
    } catch (IOException e) {
      // the file could not be closed, once read
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What a flow's fingerprints are keyed with, besides the rules' version: the département's scope
   * rule and element names (a household's bytes say the same thing only under the same ones).
   */
  static String printContext(CafScopeRule rule, FlowNames names) {
    StringBuilder b = new StringBuilder("flow-bytes\u001e");
    b.append(new java.util.TreeSet<>(rule.states()))
        .append('\u001e')
        .append(new java.util.TreeSet<>(rule.state4Reasons()));
    for (FlowNames.Element e : FlowNames.Element.values()) {
      b.append('\u001e').append(names.name(e));
    }
    return b.toString();
  }

  private ImportRunDetails stop(
      ImportRunDetails run, DigestedStream file, Chunk chunk, String failure) {
    ImportRunDetails done = intake.finish(run.id(), null, failure);
    chunk.progress.accept(
        new ImportJob.Progress(
            run.id(), chunk.households, file.count(), file.count(), chunk.totals));
    return done;
  }

  /** The households of the flow read, and those staged since the last chunk written. */
  private final class Chunk {
    final ImportRunDetails run;
    final long size;
    final Consumer<ImportJob.Progress> progress;
    List<Staged> staged = new ArrayList<>();
    List<Problem> lines = new ArrayList<>();
    int pending;
    int households;
    int done;
    // the chunks written, and how long that took
    int chunks;
    long writingNanos;
    Intake.ChunkResult totals = Intake.ChunkResult.NONE;

    Chunk(ImportRunDetails run, long size, Consumer<ImportJob.Progress> progress) {
      this.run = run;
      this.size = size;
      this.progress = progress;
    }

    /**
     * The households whose claimant and spouse say nothing new, counted unchanged or out of scope.
     */
    void skipped(UnchangedRows.Skipped skipped) {
      totals =
          totals.plus(
              new Intake.ChunkResult(0, 0, skipped.unchanged(), 0, skipped.outOfScope(), 0));
      done = skipped.count();
      progress.accept(
          new ImportJob.Progress(
              run.id(), done, size * done / Math.max(1, households), size, totals));
    }

    /**
     * The flow read again for the households not skipped: staged and written, a chunk of about
     * {@code chunkRows} people at a time. Where the flow stops being readable was said by the first
     * reading.
     */
    void writeLeft(
        FlowFile flow,
        FlowNames names,
        FlowPrints prints,
        FlowStaging staging,
        LocalDate flowDate,
        UnchangedRows.Skipped skipped) {
      long start = System.nanoTime();
      try (FlowReading again = new FlowReading(flow, names, prints)) {
        while (again.next()) {
          if (skipped.contains(again.ordinal())) {
            continue;
          }
          staging.household(again.household(), flowDate, again.digest(), staged, lines);
          pending++;
          if (staged.size() >= chunkRows) {
            write();
          }
        }
      } catch (FlowUnreadable e) {
        // the households before it are written; the first reading keeps the failure for the run
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (pending > 0) {
        write();
      }
      ImportChunks.logged(run.id(), chunks, writingNanos, System.nanoTime() - start);
    }

    /** The households staged since the last chunk (none: an empty flow's one chunk). */
    void write() {
      long start = System.nanoTime();
      totals = totals.plus(intake.writeFlowChunk(run.id(), pending, staged, lines));
      writingNanos += System.nanoTime() - start;
      chunks++;
      done += pending;
      staged = new ArrayList<>();
      lines = new ArrayList<>();
      pending = 0;
      progress.accept(
          new ImportJob.Progress(
              run.id(), done, size * done / Math.max(1, households), size, totals));
    }
  }
}
