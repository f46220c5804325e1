package fr.aiguillage.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The first reading of a run (ADR 0021): every row's fingerprint, and whom the row designates, sent
 * into the transaction's table {@code intake_run_print} with one {@code COPY} ({@link BinaryCopy})
 * as the file is read; then one statement finds the rows that say nothing new (a join of that table
 * with the département's fingerprints), and marks seen by the run only those of their people whom a
 * row left to write may designate too, in the caller's transaction and tenant ({@link
 * Intake#skipUnchanged}). A group (a list's row, a flow's household) is skipped only if all its
 * rows are; what is skipped is kept as a bit set of group numbers, the file being read a second
 * time for the others only.
 */
final class UnchangedRows {
  private static final Logger LOG = Logger.getLogger(UnchangedRows.class.getName());

  /** The fingerprints of a run's rows, read from the start of its file. */
  @FunctionalInterface
  interface Prints {
    void each(Consumer<RowPrints.Print> print);
  }

  /** The groups skipped and how many rows (people) they hold. */
  record Skipped(BitSet groups, int rows) {
    static Skipped none() {
      return new Skipped(new BitSet(), 0);
    }

    boolean contains(int group) {
      return groups.get(group);
    }

    int count() {
      return groups.cardinality();
    }
  }

  /**
   * Rows handed at once from the reading thread to the sending one: memory holds at most three such
   * batches of fingerprints, whatever the file's size.
   */
  static final int BATCH = 10_000;

  private static final String TABLE =
      "CREATE TEMP TABLE intake_run_print (row_no int NOT NULL, grp int NOT NULL, print bytea,"
          + " caf text, nir bytea) ON COMMIT DROP";

  /**
   * The first row of each fingerprint of the file whose person it is, not yet seen by this run:
   * found (a second row with the same fingerprint is left to the writer). The groups with a row not
   * found are left, with their number of rows; the others are skipped. A person found is marked
   * seen by the run (at the row found) only if a row left designates them too, by CAF number or
   * NIR: the writer, matching that row, reports it as a duplicate, wherever it is in the file; a
   * person no row left designates is not written again by this run, and needs no mark. A person
   * whose file closed has no fingerprint (V23's trigger): a row brings them back through the
   * writer.
   */
  private static final String SKIP =
      """
      WITH found AS MATERIALIZED (
        SELECT p.row_no, p.print FROM intake_run_print p JOIN intake_fingerprint f
          ON f.tenant_id = current_setting('app.tenant_id') AND f.fingerprint = p.print
          AND f.last_run IS DISTINCT FROM ?
        WHERE NOT EXISTS (
          SELECT 1 FROM intake_run_print d WHERE d.print = p.print AND d.row_no < p.row_no)),
      left_groups AS MATERIALIZED (
        SELECT p.grp, count(*) AS n FROM intake_run_print p WHERE p.grp IN (
          SELECT q.grp FROM intake_run_print q
          WHERE NOT EXISTS (SELECT 1 FROM found x WHERE x.row_no = q.row_no))
        GROUP BY p.grp),
      left_rows AS MATERIALIZED (
        SELECT p.caf, p.nir FROM intake_run_print p JOIN left_groups g ON g.grp = p.grp),
      marked AS (
        UPDATE intake_fingerprint f SET last_run = ?, last_row = x.row_no
        FROM found x JOIN intake_run_print p ON p.row_no = x.row_no
        WHERE EXISTS (SELECT 1 FROM left_groups)
          AND f.tenant_id = current_setting('app.tenant_id') AND f.fingerprint = x.print
          AND (p.caf IN (SELECT caf FROM left_rows) OR p.nir IN (SELECT nir FROM left_rows))
        RETURNING 1)
      SELECT grp, n FROM left_groups""";

  private UnchangedRows() {}

  /**
   * Reads every fingerprint of the run, finds the rows unchanged and returns the groups whose every
   * row was: those are skipped ({@link #SKIP} says whom it marks). A row found in a group that is
   * not skipped goes through the writer like the others of its group (the writer does not take its
   * own mark for a duplicate).
   */
  static Skipped skip(Connection c, UUID run, Prints prints, ThreadFactory threads)
      throws SQLException {
    long start = System.nanoTime();
    try (Statement s = c.createStatement()) {
      s.execute(TABLE);
    }
    BitSet skipped;
    int rows;
    try (Batch batch = new Batch(c);
        Reading reading = new Reading(prints, threads)) {
      List<RowPrints.Print> next;
      while ((next = reading.next()) != null) {
        batch.send(next);
      }
      batch.end();
      skipped = batch.groups;
      rows = batch.sent;
    }
    if (rows == 0) {
      return Skipped.none();
    }
    long read = System.nanoTime();
    try (Statement s = c.createStatement()) {
      // the temporary table's size for the planner: hash joins for a file, index probes for a few
      // rows; the file's hash tables in memory rather than in batches on disk
      s.execute("ANALYZE intake_run_print");
      s.execute("SET LOCAL work_mem = '64MB'");
    }
    int sent = rows;
    try (PreparedStatement ps = c.prepareStatement(SKIP)) {
      ps.setObject(1, run);
      ps.setObject(2, run);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          skipped.clear(rs.getInt(1));
          rows -= rs.getInt(2);
        }
      }
    }
    LOG.info(
        String.format(
            "Import %s: %d fingerprints read in %d ms, %d rows found unchanged in %d ms",
            run, sent, (read - start) / 1_000_000, rows, (System.nanoTime() - read) / 1_000_000));
    return new Skipped(skipped, rows);
  }

  /**
   * The file read in a thread of its own while the batches already read are sent (two cores: the
   * parsing and hashing of the next batch while PostgreSQL stores the last): {@link #next} gives
   * them in order, and a failure of the reading where it happened. At most two batches wait.
   */
  private static final class Reading implements AutoCloseable {
    private static final Object END = new Object();
    private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(2);
    private final Thread thread;
    private volatile boolean stopped;

    /** The reading was stopped: the rows sent so far are not written. */
    private static final class Stopped extends RuntimeException {
      Stopped() {
        super(null, null, false, false);
      }
    }

    Reading(Prints prints, ThreadFactory threads) {
      thread = threads.newThread(() -> read(prints));
      thread.start();
    }

    private void read(Prints prints) {
      try {
        Pending pending = new Pending();
        prints.each(pending::add);
        pending.hand();
        hand(END);
      } catch (Stopped e) {
        // the statements failed: nobody waits for the rest
      } catch (RuntimeException | Error e) {
        hand(e);
      }
    }

    /** The batch being read. */
    private final class Pending {
      private List<RowPrints.Print> rows = new ArrayList<>(BATCH);

      void add(RowPrints.Print p) {
        rows.add(p);
        if (rows.size() == BATCH) {
          hand();
        }
      }

      void hand() {
        if (!rows.isEmpty()) {
          Reading.this.hand(rows);
          rows = new ArrayList<>(BATCH);
        }
      }
    }

    private void hand(Object o) {
      try {
        while (!ready.offer(o, 100, TimeUnit.MILLISECONDS)) {
          if (stopped) {
            throw new Stopped();
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Stopped();
      }
    }

    /** The next batch read; null at the end of the file. */
    @SuppressWarnings("unchecked")
    List<RowPrints.Print> next() {
      Object o;
      try {
        o = ready.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("import interrupted", e);
      }
      if (o instanceof RuntimeException e) {
        throw e;
      }
      if (o instanceof Error e) {
        throw e;
      }
      return o == END ? null : (List<RowPrints.Print>) o;
    }

    /** Stops the reading if it is not over, and waits for its thread. */
    @Override
    public void close() {
      stopped = true;
      ready.clear();
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The fingerprints read, sent with one {@code COPY} as they come. */
  private static final class Batch implements AutoCloseable {
    private final BinaryCopy copy;
    private final BitSet groups = new BitSet();
    private int sent;

    Batch(Connection c) throws SQLException {
      this.copy =
          BinaryCopy.into(c, "intake_run_print", List.of("row_no", "grp", "print", "caf", "nir"));
    }

    void send(List<RowPrints.Print> batch) throws SQLException {
      for (RowPrints.Print p : batch) {
        copy.row(5)
            .int4(p.row())
            .int4(p.group())
            .bytea(p.fingerprint())
            .text(p.caf())
            .bytea(p.nir());
        groups.set(p.group());
      }
      sent += batch.size();
    }

    /** Ends the copy: every row read is in the table. */
    void end() throws SQLException {
      copy.end();
    }

    @Override
    public void close() throws SQLException {
      copy.close();
    }
  }
}
