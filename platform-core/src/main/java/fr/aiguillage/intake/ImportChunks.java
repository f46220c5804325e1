package fr.aiguillage.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The chunk loop of one run: reads the rows, skips those that say nothing new ({@link
 * Intake#skipUnchanged}), checks the others and hands them to {@link Intake#writeChunk}, every
 * {@code chunkRows} rows (each step in its own transaction), and reports progress. Memory holds one
 * chunk, whatever the size of the file. A chunk the database refuses is written row by row, so that
 * only the rows it refuses are left out.
 */
final class ImportChunks {
  /**
   * Chunks whose fingerprints are looked up at once: an unchanged row costs its share of one
   * statement, so the fewer statements the better; memory holds this many rows as read.
   */
  static final int SKIP_BATCH = 5;

  private final Intake intake;
  private final int chunkRows;
  private final UUID runId;
  private final long size;
  private final DigestedStream file;
  private final Consumer<ImportJob.Progress> progress;
  private int read;
  private Intake.ChunkResult totals = Intake.ChunkResult.NONE;

  /**
   * @param file the file read, for progress in bytes; null for rows sent as JSON (progress in rows)
   */
  ImportChunks(
      Intake intake,
      int chunkRows,
      UUID runId,
      long size,
      DigestedStream file,
      Consumer<ImportJob.Progress> progress) {
    this.intake = intake;
    this.chunkRows = chunkRows;
    this.runId = runId;
    this.size = size;
    this.file = file;
    this.progress = progress;
  }

  /** Reads and writes every row; an empty list still writes one (empty) chunk. */
  void readAll(RowSource source, IntakeRows reader) {
    int batch = chunkRows * SKIP_BATCH;
    List<RowSource.SourceRow> rows = new ArrayList<>(batch);
    RowSource.SourceRow r;
    while ((r = source.next()) != null) {
      rows.add(r);
      if (rows.size() == batch) {
        chunk(rows, reader);
        progress.accept(
            new ImportJob.Progress(runId, read, file == null ? read : file.count(), size, totals));
        rows = new ArrayList<>(batch);
      }
    }
    if (!rows.isEmpty() || read == 0) {
      chunk(rows, reader);
    }
  }

  /**
   * A batch of rows: those that say nothing new counted unchanged (their fingerprints, for {@link
   * #SKIP_BATCH} chunks at once), the others checked and written a chunk at a time.
   */
  private void chunk(List<RowSource.SourceRow> rows, IntakeRows reader) {
    List<RowPrints.Print> prints = new ArrayList<>(rows.size());
    for (RowSource.SourceRow r : rows) {
      byte[] print = reader.print(r);
      if (print != null) {
        prints.add(new RowPrints.Print(r.number(), r.number(), print));
      }
    }
    Set<Integer> skipped = intake.skipUnchanged(runId, prints);
    totals = totals.plus(new Intake.ChunkResult(0, 0, skipped.size(), 0, 0, 0));
    List<Staged> valid = new ArrayList<>(chunkRows);
    List<Problem> problems = new ArrayList<>();
    int pending = 0;
    for (RowSource.SourceRow r : rows) {
      if (skipped.contains(r.number())) {
        continue;
      }
      IntakeRows.Outcome o = reader.read(r);
      if (o.staged() != null) {
        valid.add(o.staged());
      } else {
        problems.addAll(o.problems());
      }
      if (++pending == chunkRows) {
        totals = totals.plus(write(pending, valid, problems));
        valid = new ArrayList<>(chunkRows);
        problems = new ArrayList<>();
        pending = 0;
      }
    }
    if (pending > 0 || rows.isEmpty()) {
      totals = totals.plus(write(pending, valid, problems));
    }
    read += rows.size();
  }

  /** The rows read and written so far. */
  int rowsRead() {
    return read;
  }

  Intake.ChunkResult totals() {
    return totals;
  }

  /**
   * Writes a chunk; if the database refuses it, writes its rows one by one so that only the rows it
   * refuses are left out, each reported in French (the database's message goes to the log).
   */
  private Intake.ChunkResult write(int rowsRead, List<Staged> valid, List<Problem> problems) {
    try {
      return intake.writeChunk(runId, rowsRead, valid, problems);
    } catch (Intake.ChunkRefusedException e) {
      ImportFailures.chunkRefused(runId, e);
    }
    Intake.ChunkResult written = Intake.ChunkResult.NONE;
    List<Problem> all = new ArrayList<>(problems);
    for (Staged row : valid) {
      try {
        written = written.plus(intake.writeChunk(runId, 0, List.of(row), List.of()));
      } catch (Intake.ChunkRefusedException e) {
        all.add(ImportFailures.refusedRow(runId, row, e));
      }
    }
    return written.plus(intake.writeChunk(runId, rowsRead, List.of(), all));
  }
}
