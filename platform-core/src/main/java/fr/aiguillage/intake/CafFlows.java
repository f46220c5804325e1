package fr.aiguillage.intake;

import fr.aiguillage.beneficiary.NirProtector;
import fr.aiguillage.tenancy.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject Intake intake;
  @Inject CafFlowSettings settings;
  @Inject NirProtector nirs;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "aiguillage.import.chunk-rows", defaultValue = "2000")
  int chunkRows;

  /** Reads and writes a whole flow; {@code progress} is told after each chunk. */
  public ImportRunDetails run(
      InputStream raw,
      long size,
      String fileName,
      ImportOrigin origin,
      Consumer<ImportJob.Progress> progress) {
    return read(begin(fileName, size, origin), raw, size, progress);
  }

  /** Opens the flow's run (checking that the caller may import), before anything is read. */
  ImportRunDetails begin(String fileName, long size, ImportOrigin origin) {
    return intake.begin(ImportJob.CNAF_XML, origin, fileName, size, null);
  }

  /** Reads and writes the flow of a run {@link #begin begun}, then closes the run. */
  ImportRunDetails read(
      ImportRunDetails run, InputStream raw, long size, Consumer<ImportJob.Progress> progress) {
    DigestedStream file = DigestedStream.of(raw);
    Chunk chunk = new Chunk();
    CafScopeRule rule;
    FlowNames names;
    try {
      rule = settings.rule();
      names = settings.names();
    } catch (RuntimeException e) {
      intake.finish(run.id(), null, ImportFailures.stopped(run.id(), 0, e));
      throw e;
    }
    FlowStaging staging =
        new FlowStaging(
                rule,
                caller.get().requireTenant(),
                LocalDate.now(clock.withZone(PARIS)),
                nirs::protect)
            .printing(new RowPrints(nirs.rowFingerprints(), "flow"));
    try (CafFlowReader reader = new CafFlowReader(file, names)) {
      FlowHeader header = reader.header();
      if (header.flowDate().isEmpty()) {
        intake.note(run.id(), header.problems());
        return stop(run, file, chunk, header.problems().get(0).message(), progress);
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
                + ") : refusé en entier, pour ne pas défaire des faits plus récents.",
            progress);
      }
      String failure = null;
      try {
        FlowHousehold h;
        while ((h = reader.next()) != null) {
          chunk.add(h);
          if (chunk.people >= chunkRows * ImportChunks.SKIP_BATCH) {
            chunk.write(run, staging, flowDate, file, size, progress);
          }
        }
      } catch (FlowUnreadable e) {
        failure =
            e.getMessage()
                + " Les "
                + e.lastHousehold()
                + " foyers lus avant sont importés ; relancez l'import avec le flux complet.";
      }
      chunk.write(run, staging, flowDate, file, size, progress);
      List<Problem> notes = new ArrayList<>();
      reader
          .unreadElements()
          .forEach(
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
      if (failure != null) {
        return stop(run, file, chunk, failure, progress);
      }
      ImportRunDetails done = intake.finish(run.id(), file.sha256(), null);
      progress.accept(new ImportJob.Progress(run.id(), chunk.households, size, size, chunk.totals));
      return done;
    } catch (FlowUnreadable e) {
      // the prolog itself: nothing was read
      return stop(run, file, chunk, e.getMessage(), progress);
    } catch (RuntimeException e) {
      intake.finish(run.id(), null, ImportFailures.stopped(run.id(), chunk.households, e));
      throw e;
    }
  }

  private ImportRunDetails stop(
      ImportRunDetails run,
      DigestedStream file,
      Chunk chunk,
      String failure,
      Consumer<ImportJob.Progress> progress) {
    ImportRunDetails done = intake.finish(run.id(), null, failure);
    progress.accept(
        new ImportJob.Progress(
            run.id(), chunk.households, file.count(), file.count(), chunk.totals));
    return done;
  }

  /** The households read since the last chunk written. */
  private final class Chunk {
    final List<FlowHousehold> read = new ArrayList<>();
    int people;
    int households;
    Intake.ChunkResult totals = Intake.ChunkResult.NONE;

    void add(FlowHousehold h) {
      read.add(h);
      households++;
      people +=
          (int)
              h.persons().stream()
                  .filter(p -> p.role() == FlowPerson.Role.DEM || p.role() == FlowPerson.Role.CJT)
                  .count();
    }

    /**
     * The households whose claimant and spouse say nothing new counted unchanged; the others staged
     * and written, a chunk of about {@code chunkRows} people at a time. An empty flow still writes
     * one (empty) chunk.
     */
    void write(
        ImportRunDetails run,
        FlowStaging staging,
        LocalDate flowDate,
        DigestedStream file,
        long size,
        Consumer<ImportJob.Progress> p) {
      if (read.isEmpty() && households > 0) {
        return;
      }
      List<RowPrints.Print> prints = new ArrayList<>();
      read.forEach(h -> prints.addAll(staging.prints(h, flowDate)));
      Set<Integer> skipped = intake.skipUnchanged(run.id(), prints);
      int skippedPeople = (int) prints.stream().filter(x -> skipped.contains(x.group())).count();
      totals = totals.plus(new Intake.ChunkResult(0, 0, skippedPeople, 0, 0, 0));
      List<Staged> staged = new ArrayList<>();
      List<Problem> lines = new ArrayList<>();
      int pending = 0;
      for (FlowHousehold h : read) {
        if (skipped.contains(h.ordinal())) {
          continue;
        }
        staging.household(h, flowDate, staged, lines);
        pending++;
        if (staged.size() >= chunkRows) {
          totals = totals.plus(intake.writeFlowChunk(run.id(), pending, staged, lines));
          staged = new ArrayList<>();
          lines = new ArrayList<>();
          pending = 0;
        }
      }
      if (pending > 0 || read.isEmpty()) {
        totals = totals.plus(intake.writeFlowChunk(run.id(), pending, staged, lines));
      }
      read.clear();
      people = 0;
      p.accept(new ImportJob.Progress(run.id(), households, file.count(), size, totals));
    }
  }
}
