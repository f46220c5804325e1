package fr.aiguillage.intake;

import fr.aiguillage.beneficiary.NirProtector;
import fr.aiguillage.events.RelayHold;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.tenancy.BackgroundRequest;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An import's life: a preview, then a run opened (a file the mapping does not fit is refused before
 * anything is written), its rows read and written in chunks by {@link ImportChunks}, in the request
 * or in the background, and the run closed, done with its file's digest or stopped with a reason
 * {@link ImportFailures} words. Re-running the same file changes nothing.
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
      UUID runId, int rowsRead, long bytesRead, long totalBytes, Intake.ChunkResult totals) {
    public double fraction() {
      return totalBytes <= 0 ? 0 : Math.min(1.0, (double) bytesRead / totalBytes);
    }
  }

  /**
   * A preview: the header, the mapping to use, each column explained, and the first rows checked.
   */
  public record Preview(
      List<String> header,
      ColumnMapping mapping,
      List<FieldError> mappingProblems,
      List<PreviewRow> rows,
      List<ColumnReading> columns) {}

  /**
   * What a column of the file was taken for ({@code field} null: ignored), why, and what the import
   * accepts and refuses in it.
   */
  public record ColumnReading(
      String header, IntakeField field, String fieldLabel, String why, String rule) {

    static List<ColumnReading> of(List<String> header, ColumnMapping m, String source) {
      List<ColumnReading> out = new ArrayList<>();
      for (String h : header) {
        IntakeField f =
            m.columns().entrySet().stream()
                .filter(e -> e.getValue().equals(h))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        if (f == null) {
          out.add(
              new ColumnReading(
                  h,
                  null,
                  null,
                  IntakeField.guess(h).isPresent()
                      ? "Ignorée : son champ est déjà pris par une autre colonne."
                      : "Ignorée : en-tête non reconnu (choisissez un champ s'il en contient un).",
                  "Rien n'est lu de cette colonne."));
          continue;
        }
        String why =
            source.equals("saved")
                ? "Correspondance enregistrée par le département."
                : IntakeField.guess(h).filter(f::equals).isPresent()
                    ? "En-tête reconnu (« " + IntakeField.recognisedAs(h).orElse(h) + " »)."
                    : "Choisie à la main.";
        out.add(new ColumnReading(h, f, f.label(), why, f.rule()));
      }
      return out;
    }
  }

  public record PreviewRow(int row, List<String> cells, boolean valid, List<Problem> problems) {}

  @Inject Intake intake;
  @Inject CafFlows flows;
  @Inject NirProtector nirs;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Inject BackgroundRequest background;

  /** The outbox relay waits while a list is written (its own instance where built by hand). */
  @Inject RelayHold relay = new RelayHold();

  @jakarta.annotation.Resource jakarta.enterprise.concurrent.ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "aiguillage.import.chunk-rows", defaultValue = "2000")
  int chunkRows;

  /** The largest list read, whichever way it comes (the import screen's upload limit). */
  public static final long MAX_FILE_BYTES = 250L * 1024 * 1024;

  private static final int HEAD_BYTES = 256;

  /** The source of a CNAF XML flow's run (import_run.source, as V21 names it). */
  static final String CNAF_XML = "CAF_XML";

  /** {@link #MAX_FILE_BYTES}, smaller in tests. */
  long maxFileBytes = MAX_FILE_BYTES;

  /**
   * The first {@code max} rows checked with the given mapping (else the saved one, else one guessed
   * from the header); nothing is written.
   */
  public Preview preview(InputStream in, String fileName, ColumnMapping mapping, int max) {
    try (RowSource source = open(in, fileName)) {
      var saved =
          mapping != null
              ? java.util.Optional.<ColumnMapping>empty()
              : intake.savedMapping().filter(s -> s.problems(source.header()).isEmpty());
      ColumnMapping m =
          mapping != null ? mapping : saved.orElse(ColumnMapping.suggest(source.header()));
      String origin = saved.isPresent() ? "saved" : "guessed";
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
      return new Preview(
          source.header(), m, problems, rows, ColumnReading.of(source.header(), m, origin));
    }
  }

  /**
   * Checks the file's header against the mapping and opens the run now (a wrong file is refused
   * with nothing written), then reads and writes it in the background as the same caller; the file
   * is deleted at the end.
   */
  public ImportRunDetails startAsync(
      Path file,
      String fileName,
      ColumnMapping mapping,
      ImportOrigin origin,
      Consumer<Progress> progress) {
    long size;
    ImportRunDetails run;
    try (RowSource source = open(Files.newInputStream(file), fileName)) {
      mapping.check(source.header());
      size = Files.size(file);
      run = intake.begin(format(source), origin, fileName, size, mapping);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
    Caller who = caller.get();
    executor.submit(
        () ->
            background.run(
                () -> readInBackground(run, file, fileName, mapping, size, who, progress)));
    return run;
  }

  /** Whether a file is a CNAF flow (XML) rather than a list: its first bytes say. */
  public static boolean isFlow(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return looksLikeXml(in.readNBytes(HEAD_BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens the run of a CNAF flow now (the caller may import), then reads and writes the flow in the
   * background as the same caller; the file is deleted at the end.
   */
  public ImportRunDetails startFlowAsync(
      Path file, String fileName, ImportOrigin origin, Consumer<Progress> progress) {
    long size;
    ImportRunDetails run;
    try {
      size = Files.size(file);
      run = flows.begin(fileName, size, origin);
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
    Caller who = caller.get();
    executor.submit(
        () ->
            background.run(
                () -> {
                  try {
                    caller.actAs(who);
                    flows.read(run, () -> Files.newInputStream(file), size, progress);
                  } catch (Exception e) {
                    LOG.log(Level.WARNING, "Import " + run.id() + " failed", e);
                  } finally {
                    delete(file);
                  }
                }));
    return run;
  }

  private void readInBackground(
      ImportRunDetails run,
      Path file,
      String fileName,
      ColumnMapping mapping,
      long size,
      Caller who,
      Consumer<Progress> progress) {
    try (InputStream in = Files.newInputStream(file)) {
      caller.actAs(who);
      DigestedStream digested = DigestedStream.of(in);
      try (RowSource source = open(digested, fileName)) {
        read(
            run,
            source,
            () -> reopen(file, fileName),
            rows(source.header(), mapping),
            digested,
            size,
            progress);
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Import " + run.id() + " failed", e);
    } finally {
      delete(file);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file left behind is cleaned by the system
    }
  }

  /** Imports rows sent as JSON objects keyed by field name, lastName… (the bulk API). */
  public ImportRunDetails runRows(
      List<? extends Map<String, ?>> objects, Consumer<Progress> progress) {
    List<String> header = Arrays.stream(IntakeField.values()).map(IntakeField::jsonName).toList();
    Map<IntakeField, String> identity = new EnumMap<>(IntakeField.class);
    for (IntakeField f : IntakeField.values()) {
      identity.put(f, f.jsonName());
    }
    ColumnMapping mapping = new ColumnMapping(identity);
    RowSource source = new JsonRowSource(header, objects);
    ImportRunDetails run = intake.begin("JSON", ImportOrigin.API, null, objects.size(), mapping);
    return read(
        run,
        source,
        () -> new JsonRowSource(header, objects),
        rows(header, mapping),
        null,
        objects.size(),
        progress);
  }

  /**
   * Imports a file nobody is there to look at (dropped in the watched folder, posted by the CAF's
   * exchange platform), whatever its kind, in this thread and as the current caller: a CNAF XML
   * flow goes to {@link #importXmlFlow}; a CSV or XLSX list is read with the département's saved
   * mapping, else the one its header suggests. A file refused as a whole (too large, unreadable, a
   * mapping that does not fit) still leaves a failed run with its French reason, so that the
   * history shows every file that came.
   */
  public ImportRunDetails importFile(Path file, String fileName, ImportOrigin origin) {
    Opened opened = openFile(file, fileName, origin);
    return opened.toRead() ? readFile(opened, file, fileName) : opened.run();
  }

  /**
   * As {@link #importFile}, but a list that fits, or a CNAF flow, is read in the background, as the
   * same caller, after its run is opened and returned (follow it with {@link Intake#run}); the file
   * is deleted at the end.
   */
  public ImportRunDetails startFile(Path file, String fileName, ImportOrigin origin) {
    Opened opened;
    try {
      if (isFlow(file) && Files.size(file) <= maxFileBytes) {
        return startFlowAsync(file, fileName, origin, p -> {});
      }
      opened = openFile(file, fileName, origin);
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
    if (!opened.toRead()) {
      delete(file);
      return opened.run();
    }
    Caller who = caller.get();
    executor.submit(
        () ->
            background.run(
                () -> {
                  try {
                    caller.actAs(who);
                    readFile(opened, file, fileName);
                  } finally {
                    delete(file);
                  }
                }));
    return opened.run();
  }

  /**
   * A file's run: opened, with the mapping to read its rows with, or handled already (refused, or
   * an XML flow, whose reader keeps its run): no mapping then.
   */
  private record Opened(ImportRunDetails run, ColumnMapping mapping, long size) {
    boolean toRead() {
      return mapping != null;
    }
  }

  private Opened openFile(Path file, String fileName, ImportOrigin origin) {
    long size;
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      size = Files.size(file);
      head = in.readNBytes(HEAD_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (size > maxFileBytes) {
      return closed(
          refused(
              looksLikeXml(head) ? CNAF_XML : "CSV",
              origin,
              fileName,
              size,
              null,
              "Le fichier dépasse la taille maximale de " + (maxFileBytes >> 20) + " Mo."));
    }
    if (looksLikeXml(head)) {
      return closed(importXmlFlow(file, fileName, origin));
    }
    String format = "CSV";
    ColumnMapping mapping = null;
    try (RowSource source = open(Files.newInputStream(file), fileName)) {
      format = format(source);
      List<String> header = source.header();
      mapping =
          intake
              .savedMapping()
              .filter(saved -> saved.problems(header).isEmpty())
              .orElse(ColumnMapping.suggest(header));
      mapping.check(header);
    } catch (InvalidInputException e) {
      return closed(refused(format, origin, fileName, size, mapping, unfit(e)));
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      LOG.log(Level.WARNING, "File " + fileName + " could not be read", e);
      return closed(
          refused(
              format,
              origin,
              fileName,
              size,
              mapping,
              "Le fichier est illisible : ce n'est ni une liste CSV, ni un classeur XLSX."));
    }
    return new Opened(intake.begin(format, origin, fileName, size, mapping), mapping, size);
  }

  private static Opened closed(ImportRunDetails run) {
    return new Opened(run, null, 0);
  }

  private ImportRunDetails readFile(Opened opened, Path file, String fileName) {
    ImportRunDetails run = opened.run();
    try (InputStream in = Files.newInputStream(file)) {
      DigestedStream digested = DigestedStream.of(in);
      try (RowSource source = open(digested, fileName)) {
        return read(
            run,
            source,
            () -> reopen(file, fileName),
            rows(source.header(), opened.mapping()),
            digested,
            opened.size(),
            p -> {});
      }
    } catch (IOException | RuntimeException e) {
      // read() closed the run with its reason; a failure before it did not
      LOG.log(Level.WARNING, "Import " + run.id() + " of " + fileName + " failed", e);
      ImportRunDetails now = intake.run(run.id());
      return now.status() == ImportRun.Status.RUNNING
          ? intake.finish(run.id(), null, ImportFailures.stopped(run.id(), 0, asRuntime(e)))
          : now;
    }
  }

  /**
   * A CNAF XML flow (a file whose content starts with {@code <}), read by {@link CafFlows} in the
   * caller's thread, as the current caller (the tenant comes from the watched folder or the
   * sender's token); returns its run.
   */
  ImportRunDetails importXmlFlow(Path file, String fileName, ImportOrigin origin) {
    try {
      return flows.run(
          () -> Files.newInputStream(file), Files.size(file), fileName, origin, p -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file refused as a whole: a run opened and closed at once, failed, with why. */
  private ImportRunDetails refused(
      String format,
      ImportOrigin origin,
      String fileName,
      long size,
      ColumnMapping mapping,
      String reason) {
    ImportRunDetails run = intake.begin(format, origin, fileName, size, mapping);
    return intake.finish(run.id(), null, reason);
  }

  /** Why a file was refused as a whole, in French: its mapping's problems, or what is wrong. */
  static String unfit(InvalidInputException e) {
    if (e.errors().isEmpty()) {
      return e.getMessage();
    }
    String problems =
        e.errors().stream()
            .map(fr.aiguillage.shared.FieldError::message)
            .collect(java.util.stream.Collectors.joining(" "));
    boolean mapping = e.errors().stream().allMatch(f -> f.field().startsWith("mapping."));
    return mapping
        ? "Les colonnes du fichier ne correspondent ni à la correspondance enregistrée, ni à une"
            + " correspondance devinée de son en-tête : "
            + problems
        : problems;
  }

  private static RuntimeException asRuntime(Exception e) {
    return e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
  }

  /**
   * An XML document: after an optional byte-order mark (UTF-8 or UTF-16) and white space, its first
   * character is {@code <} (an {@code <?xml} declaration or the root element). A CSV header never
   * starts so; a workbook starts with a zip's {@code PK}.
   */
  static boolean looksLikeXml(byte[] head) {
    String text;
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      text = new String(head, 2, head.length - 2, java.nio.charset.StandardCharsets.UTF_16BE);
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      text = new String(head, 2, head.length - 2, java.nio.charset.StandardCharsets.UTF_16LE);
    } else {
      int from =
          head.length >= 3
                  && (head[0] & 0xFF) == 0xEF
                  && (head[1] & 0xFF) == 0xBB
                  && (head[2] & 0xFF) == 0xBF
              ? 3
              : 0;
      text =
          new String(head, from, head.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
    return text.stripLeading().startsWith("<");
  }

  private static String format(RowSource source) {
    return source instanceof XlsxRowSource ? "XLSX" : "CSV";
  }

  /**
   * Reads and writes the rows in chunks, then closes the run, done or stopped with its reason;
   * {@code again} opens the same rows from the start, for those that the fingerprints did not skip.
   */
  private ImportRunDetails read(
      ImportRunDetails run,
      RowSource source,
      Supplier<RowSource> again,
      IntakeRows reader,
      DigestedStream file,
      long size,
      Consumer<Progress> progress) {
    ImportChunks chunks = new ImportChunks(intake, chunkRows, run.id(), size, file, progress);
    try (var held = relay.hold()) {
      chunks.readAll(source, again, reader);
      ImportRunDetails done = intake.finish(run.id(), file == null ? null : file.sha256(), null);
      progress.accept(new Progress(run.id(), chunks.rowsRead(), size, size, chunks.totals()));
      return done;
    } catch (RuntimeException e) {
      intake.finish(run.id(), null, ImportFailures.stopped(run.id(), chunks.rowsRead(), e));
      throw e;
    }
  }

  private IntakeRows rows(List<String> header, ColumnMapping mapping) {
    String tenant = caller.get().requireTenant().value();
    return new IntakeRows(
            header,
            mapping,
            tenant,
            LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))),
            nirs::protect)
        .printing(new RowPrints(nirs.rowFingerprints(), "list\u001e" + mapping.toJson()));
  }

  /** A list's file opened again from its start (its header read). */
  private static RowSource reopen(Path file, String fileName) {
    try {
      return open(Files.newInputStream(file), fileName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RowSource open(InputStream in, String fileName) {
    try {
      BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
      b.mark(8);
      byte[] head = b.readNBytes(4);
      b.reset();
      return switch (Format.of(fileName, head)) {
        case XLSX -> new XlsxRowSource(b);
        case CSV -> new CsvRowSource(b);
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
