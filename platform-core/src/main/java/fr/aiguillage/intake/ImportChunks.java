package fr.aiguillage.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The chunk loop of one run, reading its file twice: first every row's fingerprint, to find at once
 * the rows that say nothing new ({@link Intake#skipUnchanged}); then, if any row is left, the
 * others, checked and handed to {@link Intake#writeChunk} every {@code chunkRows} rows (each step
 * in its own transaction), with progress reported. Memory holds one chunk and a bit set of the rows
 * skipped, whatever the size of the file. A chunk the database refuses is written row by row, so
 * that only the rows it refuses are left out.
 */
final class ImportChunks {
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(ImportChunks.class.getName());
  private final Intake intake;
  private final int chunkRows;
  private final UUID runId;
  private final long size;
  private final DigestedStream file;
  private final Consumer<ImportJob.Progress> progress;
  private int read;
  private Intake.ChunkResult totals = Intake.ChunkResult.NONE;
  // the chunks written, and how long that took
  private int chunks;
  private long writingNanos;

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

  /**
   * Reads and writes every row: the fingerprints from {@code source}, then, if some rows were not
   * skipped, those rows from {@code again} (the same rows from the start); an empty list still
   * writes one (empty) chunk.
   */
  void readAll(RowSource source, Supplier<RowSource> again, IntakeRows reader) {
    int[] rows = {0};
    UnchangedRows.Skipped skipped =
        intake.skipUnchanged(
            runId,
            UnchangedRows.Prints.withoutLookUp(
                print -> {
                  RowSource.SourceRow r;
                  while ((r = source.next()) != null) {
                    rows[0]++;
                    RowPrints.Print p = reader.printed(r);
                    if (p != null) {
                      print.accept(p);
                    }
                  }
                }));
    read = skipped.count();
    totals = totals.plus(new Intake.ChunkResult(0, 0, skipped.rows(), 0, 0, 0));
    if (rows[0] == 0) {
      totals = totals.plus(write(0, List.of(), List.of()));
      return;
    }
    progress.accept(
        new ImportJob.Progress(runId, read, file == null ? read : file.count(), size, totals));
    if (read < rows[0]) {
      try (RowSource left = again.get()) {
        writeLeft(left, skipped, reader, rows[0]);
      }
    }
  }

  /** The rows not skipped, checked and written a chunk at a time. */
  private void writeLeft(
      RowSource source, UnchangedRows.Skipped skipped, IntakeRows reader, int rowsInFile) {
    long start = System.nanoTime();
    List<Staged> valid = new ArrayList<>(chunkRows);
    List<Problem> problems = new ArrayList<>();
    int pending = 0;
    RowSource.SourceRow r;
    while ((r = source.next()) != null) {
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
        read += pending;
        progress.accept(
            new ImportJob.Progress(runId, read, size * read / rowsInFile, size, totals));
        valid = new ArrayList<>(chunkRows);
        problems = new ArrayList<>();
        pending = 0;
      }
    }
    if (pending > 0) {
      totals = totals.plus(write(pending, valid, problems));
      read += pending;
    }
    logged(runId, chunks, writingNanos, System.nanoTime() - start);
  }

  /** Where the second reading's time went: the chunks' writing, the rest reading and checking. */
  static void logged(UUID runId, int chunks, long writingNanos, long allNanos) {
    LOG.info(
        String.format(
            "Import %s: %d chunks written in %d ms, the rows left read and checked in %d ms",
            runId, chunks, writingNanos / 1_000_000, (allNanos - writingNanos) / 1_000_000));
  }

  /** The rows read and written so far. */
  int rowsRead() {
    return read;
  }

  Intake.ChunkResult totals() {
    return totals;
  }

  /** Writes a chunk, counted and timed for the run's log ({@link #logged}). */
  private Intake.ChunkResult write(int rowsRead, List<Staged> valid, List<Problem> problems) {
    long start = System.nanoTime();
    try {
      return writeOnce(rowsRead, valid, problems);
    } finally {
      writingNanos += System.nanoTime() - start;
      chunks++;
    }
  }

  /**
   * Writes a chunk; if the database refuses it, writes its rows one by one so that only the rows it
   * refuses are left out, each reported in French (the database's message goes to the log).
   */
  private Intake.ChunkResult writeOnce(int rowsRead, List<Staged> valid, List<Problem> problems) {
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
