package fr.aiguillage.intake;

import fr.aiguillage.beneficiary.NirProtector;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.tenancy.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs an import: reads the list row by row, checks each row, and hands chunks to {@link
 * IntakeService#writeChunk}, each in its own transaction, reporting progress as it goes. Memory
 * holds one chunk, whatever the size of the file. Re-running the same file changes nothing.
 */
@ApplicationScoped
public class ImportJob {
  private static final Logger LOG = Logger.getLogger(ImportJob.class.getName());

  /** The file formats read. */
  public enum Format {
    CSV,
    XLSX;

    /** From the file's first bytes (a zip is a workbook), else from its name. */
    static Format of(String fileName, byte[] head) {
      if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
        return XLSX;
      }
      String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
      if (n.endsWith(".xls")) {
        throw new InvalidInputException(
            "fichier",
            "Le format Excel 97 (.xls) n'est pas lu : enregistrez le fichier en .xlsx ou en CSV.");
      }
      return CSV;
    }
  }

  /** Progress of a run, for a progress bar. */
  public record Progress(
      UUID runId, int rowsRead, long bytesRead, long totalBytes, IntakeService.ChunkResult totals) {
    public double fraction() {
      return totalBytes <= 0 ? 0 : Math.min(1.0, (double) bytesRead / totalBytes);
    }
  }

  /** A preview: the header, the mapping to use, and the first rows checked. */
  public record Preview(
      List<String> header,
      ColumnMapping mapping,
      List<fr.aiguillage.shared.FieldError> mappingProblems,
      List<PreviewRow> rows) {}

  public record PreviewRow(int row, List<String> cells, boolean valid, List<Problem> problems) {}

  @Inject IntakeService intake;
  @Inject NirProtector nirs;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Inject fr.aiguillage.tenancy.BackgroundRequest background;

  @jakarta.annotation.Resource jakarta.enterprise.concurrent.ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "aiguillage.import.chunk-rows", defaultValue = "2000")
  int chunkRows;

  /**
   * The first {@code max} rows checked with the given mapping (else the saved one, else one guessed
   * from the header); nothing is written.
   */
  public Preview preview(InputStream in, String fileName, ColumnMapping mapping, int max) {
    try (RowSource source = open(in, fileName)) {
      ColumnMapping m =
          mapping != null
              ? mapping
              : intake
                  .savedMapping()
                  .filter(saved -> saved.problems(source.header()).isEmpty())
                  .orElse(ColumnMapping.suggest(source.header()));
      var problems = m.problems(source.header());
      List<PreviewRow> rows = new ArrayList<>();
      if (problems.isEmpty()) {
        IntakeRows reader = rows(source.header(), m);
        RowSource.SourceRow r;
        while (rows.size() < max && (r = source.next()) != null) {
          IntakeRows.Outcome o = reader.read(r);
          rows.add(new PreviewRow(r.number(), r.cells(), o.staged() != null, o.problems()));
        }
      }
      return new Preview(source.header(), m, problems, rows);
    }
  }

  /**
   * Imports a whole list; {@code progress} is told after each chunk. A file the mapping does not
   * fit is refused before anything is written.
   */
  public ImportRunDetails run(
      InputStream raw,
      long size,
      String fileName,
      ColumnMapping mapping,
      java.util.function.Consumer<Progress> progress) {
    MessageDigest sha = sha256();
    Counting counting = new Counting(new DigestInputStream(raw, sha));
    try (RowSource source = open(counting, fileName)) {
      mapping.check(source.header());
      String format = source instanceof XlsxRowSource ? "XLSX" : "CSV";
      ImportRunDetails run = intake.begin(format, fileName, size, mapping);
      return read(run, source, rows(source.header(), mapping), counting, size, sha, progress);
    }
  }

  /**
   * Checks the file's header against the mapping and opens the run now (a wrong file is refused
   * with nothing written), then reads and writes it in the background as the same caller; the file
   * is deleted at the end.
   */
  public ImportRunDetails startAsync(
      java.nio.file.Path file,
      String fileName,
      ColumnMapping mapping,
      java.util.function.Consumer<Progress> progress) {
    long size;
    ImportRunDetails run;
    try (RowSource source = open(java.nio.file.Files.newInputStream(file), fileName)) {
      mapping.check(source.header());
      size = java.nio.file.Files.size(file);
      run = intake.begin(source instanceof XlsxRowSource ? "XLSX" : "CSV", fileName, size, mapping);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
    fr.aiguillage.tenancy.Caller who = caller.get();
    executor.submit(
        () ->
            background.run(
                () -> readInBackground(run, file, fileName, mapping, size, who, progress)));
    return run;
  }

  private void readInBackground(
      ImportRunDetails run,
      java.nio.file.Path file,
      String fileName,
      ColumnMapping mapping,
      long size,
      fr.aiguillage.tenancy.Caller who,
      java.util.function.Consumer<Progress> progress) {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      caller.actAs(who);
      MessageDigest sha = sha256();
      Counting counting = new Counting(new DigestInputStream(in, sha));
      try (RowSource source = open(counting, fileName)) {
        read(run, source, rows(source.header(), mapping), counting, size, sha, progress);
      }
    } catch (Exception e) {
      java.util.logging.Logger.getLogger(ImportJob.class.getName())
          .log(java.util.logging.Level.WARNING, "Import " + run.id() + " failed", e);
    } finally {
      delete(file);
    }
  }

  private static void delete(java.nio.file.Path file) {
    try {
      java.nio.file.Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file left behind is cleaned by the system
    }
  }

  /** Imports rows sent as JSON objects keyed by field name, lastName… (the bulk API). */
  public ImportRunDetails runRows(
      List<? extends java.util.Map<String, ?>> objects,
      java.util.function.Consumer<Progress> progress) {
    List<String> header =
        java.util.Arrays.stream(IntakeField.values()).map(IntakeField::jsonName).toList();
    java.util.Map<IntakeField, String> identity = new java.util.EnumMap<>(IntakeField.class);
    for (IntakeField f : IntakeField.values()) {
      identity.put(f, f.jsonName());
    }
    ColumnMapping mapping = new ColumnMapping(identity);
    RowSource source = new JsonRowSource(header, objects);
    ImportRunDetails run = intake.begin("JSON", null, objects.size(), mapping);
    return read(run, source, rows(header, mapping), null, objects.size(), null, progress);
  }

  private ImportRunDetails read(
      ImportRunDetails run,
      RowSource source,
      IntakeRows reader,
      Counting counting,
      long size,
      MessageDigest sha,
      java.util.function.Consumer<Progress> progress) {
    int read = 0;
    IntakeService.ChunkResult totals = new IntakeService.ChunkResult(0, 0, 0, 0);
    try {
      List<Staged> valid = new ArrayList<>(chunkRows);
      List<Problem> problems = new ArrayList<>();
      int inChunk = 0;
      RowSource.SourceRow r;
      while ((r = source.next()) != null) {
        IntakeRows.Outcome o = reader.read(r);
        if (o.staged() != null) {
          valid.add(o.staged());
        } else {
          problems.addAll(o.problems());
        }
        inChunk++;
        if (inChunk == chunkRows) {
          totals = totals.plus(write(run.id(), inChunk, valid, problems));
          read += inChunk;
          progress.accept(
              new Progress(run.id(), read, counting == null ? read : counting.count, size, totals));
          valid = new ArrayList<>(chunkRows);
          problems = new ArrayList<>();
          inChunk = 0;
        }
      }
      if (inChunk > 0 || read == 0) {
        totals = totals.plus(write(run.id(), inChunk, valid, problems));
        read += inChunk;
      }
      if (counting != null) {
        counting.drain();
      }
      ImportRunDetails done =
          intake.finish(
              run.id(), sha == null ? null : HexFormat.of().formatHex(sha.digest()), null);
      progress.accept(new Progress(run.id(), read, size, size, totals));
      return done;
    } catch (RuntimeException e) {
      String why;
      if (e instanceof InvalidInputException iie && !iie.errors().isEmpty()) {
        why = iie.errors().get(0).message();
      } else {
        // the run is read by the agents: the database's own words stay in the server's log
        LOG.log(Level.WARNING, "Import " + run.id() + " stopped after " + read + " rows", e);
        why =
            "Import interrompu après "
                + read
                + " lignes par une erreur technique, consignée dans le journal du serveur."
                + " Relancez-le : les lignes déjà enregistrées ne seront pas dupliquées.";
      }
      intake.finish(run.id(), null, why);
      throw e;
    }
  }

  /**
   * Writes a chunk; if the database refuses it, writes its rows one by one so that only the rows it
   * refuses are left out, each reported in French (the database's message goes to the log).
   */
  private IntakeService.ChunkResult write(
      UUID runId, int rowsRead, List<Staged> valid, List<Problem> problems) {
    try {
      return intake.writeChunk(runId, rowsRead, valid, problems);
    } catch (IntakeService.ChunkRefusedException e) {
      LOG.log(
          Level.WARNING,
          "Import "
              + runId
              + ": a chunk was refused by the database, its rows are written one by one",
          e);
    }
    IntakeService.ChunkResult totals = new IntakeService.ChunkResult(0, 0, 0, 0);
    List<Problem> all = new ArrayList<>(problems);
    for (Staged row : valid) {
      try {
        totals = totals.plus(intake.writeChunk(runId, 0, List.of(row), List.of()));
      } catch (IntakeService.ChunkRefusedException e) {
        LOG.log(Level.WARNING, "Import " + runId + ": row " + row.row() + " refused", e);
        all.add(
            new Problem(
                row.row(),
                null,
                e.refusal().duplicate()
                    ? "Ligne non enregistrée : cette personne vient d'être enregistrée par ailleurs"
                        + " (même NIR, ou même numéro allocataire, rôle et date de naissance)."
                        + " Relancez l'import pour la rapprocher."
                    : "Ligne non enregistrée : la base de données a refusé l'une de ses valeurs"
                        + " (erreur consignée dans le journal du serveur)."));
      }
    }
    return totals.plus(intake.writeChunk(runId, rowsRead, List.of(), all));
  }

  private IntakeRows rows(List<String> header, ColumnMapping mapping) {
    String tenant = caller.get().requireTenant().value();
    return new IntakeRows(
        header,
        mapping,
        tenant,
        LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))),
        nirs::protect);
  }

  static RowSource open(InputStream in, String fileName) {
    try {
      java.io.BufferedInputStream b = new java.io.BufferedInputStream(in, 1 << 16);
      b.mark(8);
      byte[] head = b.readNBytes(4);
      b.reset();
      return switch (Format.of(fileName, head)) {
        case XLSX -> new XlsxRowSource(b);
        case CSV -> new CsvRowSource(b);
      };
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Counts the bytes read, for progress. */
  static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    /** Reads what is left so that the digest covers the whole file. */
    void drain() {
      try {
        transferTo(java.io.OutputStream.nullOutputStream());
      } catch (IOException e) {
        // the digest then covers what was read
      }
    }
  }
}
