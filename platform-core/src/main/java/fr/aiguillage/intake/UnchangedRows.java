package fr.aiguillage.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * The first reading of a run (ADR 0021): the département's fingerprints loaded in memory ({@link
 * PrintSet}), every row's fingerprint looked up there as the file is read, and sent with whom the
 * row designates into the transaction's table {@code intake_run_print} with one {@code COPY}
 * ({@link BinaryCopy}); if some rows are left to write, one statement marks seen by the run those
 * of the people found whom a row left may designate too, in the caller's transaction and tenant
 * ({@link Intake#skipUnchanged}). A group (a list's row, a flow's household) is skipped only if all
 * its rows are; what is skipped is kept as a bit set of group numbers, the file being read a second
 * time for the others only.
 */
final class UnchangedRows {
  private static final Logger LOG = Logger.getLogger(UnchangedRows.class.getName());

  /**
   * The fingerprints of a run's rows, read from the start of its file; {@code known}, the
   * département's, may be asked (never changed) to pass a row's reading when it is known.
   */
  @FunctionalInterface
  interface Prints {
    void each(PrintSet known, Consumer<RowPrints.Print> print);
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
          + " caf text, nir bytea, found boolean NOT NULL) ON COMMIT DROP";

  /**
   * The département's fingerprints that this run has not seen yet (all of them, as a rule); the
   * run's id, a UUID, written in the statement (a {@code COPY} takes no parameters).
   */
  private static final String PRINTS =
      "SELECT fingerprint FROM intake_fingerprint"
          + " WHERE tenant_id = current_setting('app.tenant_id')"
          + " AND last_run IS DISTINCT FROM '%s'::uuid";

  /**
   * The people found whom a row left designates too, by CAF number or NIR, marked seen by the run
   * at the row found: the writer, matching that row, reports it as a duplicate, wherever it is in
   * the file. A person no row left designates is not written again by this run, and needs no mark.
   * A row left is any row of a group not skipped, found or not.
   */
  private static final String MARK =
      """
      WITH left_rows AS MATERIALIZED (
        SELECT p.caf, p.nir FROM intake_run_print p
        WHERE p.grp IN (SELECT q.grp FROM intake_run_print q WHERE NOT q.found))
      UPDATE intake_fingerprint f SET last_run = ?, last_row = p.row_no
      FROM intake_run_print p
      WHERE p.found AND f.tenant_id = current_setting('app.tenant_id') AND f.fingerprint = p.print
        AND (p.caf IN (SELECT caf FROM left_rows) OR p.nir IN (SELECT nir FROM left_rows))""";

  private UnchangedRows() {}

  /**
   * Reads every fingerprint of the run and finds, in memory, the rows unchanged: the first row of
   * each fingerprint of the département not yet seen by this run (a second row with the same
   * fingerprint is left to the writer). Returns the groups whose every row was found: those are
   * skipped. A row found in a group that is not skipped goes through the writer like the others of
   * its group (the writer does not take its own mark for a duplicate). A person whose file closed
   * has no fingerprint (V23's trigger): a row brings them back through the writer. When some groups
   * are left, {@link #MARK} marks the people found whom they designate too.
   */
  static Skipped skip(Connection c, UUID run, Prints prints, ThreadFactory threads)
      throws SQLException {
    long start = System.nanoTime();
    PrintSet known = new PrintSet();
    BinaryCopy.eachValue(c, String.format(PRINTS, run), known::add);
    long loaded = System.nanoTime();
    try (Statement s = c.createStatement()) {
      s.execute(TABLE);
    }
    Batch batch;
    try (Batch b = new Batch(c, known);
        Reading reading = new Reading(prints, known, threads)) {
      List<RowPrints.Print> next;
      while ((next = reading.next()) != null) {
        b.send(next);
      }
      b.end();
      batch = b;
    }
    if (batch.sent == 0) {
      return Skipped.none();
    }
    long read = System.nanoTime();
    int marked = 0;
    if (!batch.left.isEmpty() && batch.found > 0) {
      try (Statement s = c.createStatement()) {
        // the temporary table's size for the planner; its hash tables in memory, not on disk
        s.execute("ANALYZE intake_run_print");
        s.execute("SET LOCAL work_mem = '64MB'");
      }
      try (PreparedStatement ps = c.prepareStatement(MARK)) {
        ps.setObject(1, run);
        marked = ps.executeUpdate();
      }
    }
    BitSet skipped = (BitSet) batch.groups.clone();
    skipped.andNot(batch.left);
    int rows = batch.sent - batch.leftRows;
    LOG.info(
        String.format(
            "Import %s: %d fingerprints of the département loaded in %d ms; %d rows read in %d ms,"
                + " %d found unchanged, %d in groups skipped, %d people marked in %d ms",
            run,
            known.size(),
            (loaded - start) / 1_000_000,
            batch.sent,
            (read - loaded) / 1_000_000,
            batch.found,
            rows,
            marked,
            (System.nanoTime() - read) / 1_000_000));
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

    Reading(Prints prints, PrintSet known, ThreadFactory threads) {
      thread = threads.newThread(() -> read(prints, known));
      thread.start();
    }

    private void read(Prints prints, PrintSet known) {
      try {
        Pending pending = new Pending();
        prints.each(known, pending::add);
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

  /**
   * The fingerprints read, each looked up in the département's and sent with one {@code COPY} as
   * they come (whom a row designates is needed in the database only if some groups are left); a
   * group's rows come one after the other, groups in increasing order.
   */
  private static final class Batch implements AutoCloseable {
    private final BinaryCopy copy;
    private final PrintSet known;
    private final BitSet groups = new BitSet();
    private final BitSet left = new BitSet();
    private int sent;
    private int found;
    private int leftRows;
    private int group = -1;
    private int groupRows;

    Batch(Connection c, PrintSet known) throws SQLException {
      this.known = known;
      this.copy =
          BinaryCopy.into(
              c, "intake_run_print", List.of("row_no", "grp", "print", "caf", "nir", "found"));
    }

    void send(List<RowPrints.Print> batch) throws SQLException {
      for (RowPrints.Print p : batch) {
        if (p.group() != group) {
          if (p.group() < group) {
            throw new IllegalStateException("group " + p.group() + " read after " + group);
          }
          groupRead();
          group = p.group();
          groupRows = 0;
          groups.set(group);
        }
        groupRows++;
        boolean isFound = p.fingerprint() != null && known.claim(p.fingerprint());
        if (isFound) {
          found++;
        } else {
          left.set(group);
        }
        copy.row(6)
            .int4(p.row())
            .int4(p.group())
            .bytea(p.fingerprint())
            .text(p.caf())
            .bytea(p.nir())
            .bool(isFound);
      }
      sent += batch.size();
    }

    /** Counts the rows of the group just read if it is left. */
    private void groupRead() {
      if (group >= 0 && left.get(group)) {
        leftRows += groupRows;
      }
    }

    /** Ends the copy: every row read is in the table. */
    void end() throws SQLException {
      groupRead();
      group = Integer.MAX_VALUE;
      copy.end();
    }

    @Override
    public void close() throws SQLException {
      copy.close();
    }
  }
}
