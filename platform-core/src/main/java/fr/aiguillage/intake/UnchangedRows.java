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
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The first reading of a run (ADR 0021): the département's fingerprints loaded in memory ({@link
 * PrintSet}), every row's fingerprint looked up there as the file is read (a flow's reader may find
 * a household there itself, from its bytes: {@link FlowPrints#found}). A group (a list's row, a
 * flow's household) is skipped only if all its rows are found; what is skipped is kept as a bit set
 * of group numbers, the file being read a second time for the others only. Whom the rows of the
 * groups left designate (CAF number, keyed hash of the NIR) goes into the transaction's table
 * {@code intake_run_print} with one {@code COPY} ({@link BinaryCopy}); the people they designate
 * whose fingerprint a row of this run found are then marked seen by the run at that row, in the
 * caller's transaction and tenant ({@link Intake#skipUnchanged}): the writer reports the row left
 * as their duplicate. An unchanged file writes nothing.
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

    /**
     * Reads what else the reading needs in the run's transaction, before it starts (a flow's
     * households kept with their report).
     */
    default void load(Connection c) throws SQLException {}

    /**
     * Whether the reading looks the département's fingerprints up itself ({@code known}: a flow's
     * households found by their bytes); then it starts once they are loaded. A reading that does
     * not starts at once, beside their loading.
     */
    default boolean looksUp() {
      return true;
    }

    /** A reading that never looks up the département's fingerprints (a list's rows). */
    static Prints withoutLookUp(Consumer<Consumer<RowPrints.Print>> rows) {
      return new Prints() {
        @Override
        public void each(PrintSet known, Consumer<RowPrints.Print> print) {
          rows.accept(print);
        }

        @Override
        public boolean looksUp() {
          return false;
        }
      };
    }
  }

  /**
   * The groups skipped, how many rows (people) they hold and how many of these are out of scope
   * ({@link RowPrints.Print#outOfScope}; the others are unchanged).
   */
  record Skipped(BitSet groups, int rows, int outOfScope) {
    static Skipped none() {
      return new Skipped(new BitSet(), 0, 0);
    }

    int unchanged() {
      return rows - outOfScope;
    }

    boolean contains(int group) {
      return groups.get(group);
    }

    int count() {
      return groups.cardinality();
    }
  }

  /**
   * Rows handed at once from the reading thread to the sending one: memory holds at most {@link
   * #AHEAD} + 2 such batches of fingerprints (those waiting, one being read, one being sent),
   * whatever the file's size.
   */
  static final int BATCH = 10_000;

  /**
   * Batches that may wait: as many as a list reads while 200,000 fingerprints load (about 0.2 s;
   * some 10 MB of rows read ahead).
   */
  private static final int AHEAD = 6;

  private static final String TABLE =
      "CREATE TEMP TABLE intake_run_print (caf text, nir_hash text) ON COMMIT DROP";

  /**
   * The département's fingerprints that this run has not seen yet (all of them, as a rule); the
   * run's id, a UUID, written in the statement (a {@code COPY} takes no parameters).
   */
  private static final String PRINTS =
      "SELECT fingerprint FROM intake_fingerprint"
          + " WHERE tenant_id = current_setting('app.tenant_id')"
          + " AND last_run IS DISTINCT FROM '%s'::uuid";

  /**
   * The fingerprints of the people whom a row left designates, by CAF number or NIR, as the writer
   * matches people; those a row of this run found are marked ({@link #MARK}).
   */
  private static final String DESIGNATED =
      "SELECT f.fingerprint FROM intake_fingerprint f JOIN beneficiary b ON b.id = f.beneficiary_id"
          + " WHERE f.tenant_id = current_setting('app.tenant_id')"
          + " AND b.tenant_id = current_setting('app.tenant_id')"
          + " AND (b.caf_number IN (SELECT caf FROM intake_run_print)"
          + " OR b.nir_hash IN (SELECT nir_hash FROM intake_run_print))";

  /** Each person found whom a row left designates, marked seen by the run at the row found. */
  private static final String MARK =
      "UPDATE intake_fingerprint f SET last_run = ?, last_row = m.row_no FROM intake_run_mark m"
          + " WHERE f.tenant_id = current_setting('app.tenant_id') AND f.fingerprint = m.print";

  private UnchangedRows() {}

  /**
   * Reads every fingerprint of the run and finds, in memory, the rows unchanged: the first row of
   * each fingerprint of the département not yet seen by this run (a second row with the same
   * fingerprint is left to the writer). Returns the groups whose every row was found: those are
   * skipped. A row found in a group that is not skipped goes through the writer like the others of
   * its group (the writer does not take its own mark for a duplicate). A person whose file closed
   * has no fingerprint (V23's trigger): a row brings them back through the writer. When some groups
   * are left, the people found whom they designate too are marked.
   *
   * @param nirHash the keyed hash of a NIR as the beneficiary table keeps it, null if it is not one
   */
  static Skipped skip(
      Connection c,
      UUID run,
      Prints prints,
      Function<String, String> nirHash,
      ThreadFactory threads)
      throws SQLException {
    long start = System.nanoTime();
    PrintSet known = new PrintSet();
    // a reading that looks nothing up reads and fingerprints its first batches while they load
    ReadAhead<List<RowPrints.Print>> reading =
        prints.looksUp() ? null : read(prints, known, threads);
    long loaded;
    Batch batch;
    try {
      BinaryCopy.eachValue(c, String.format(PRINTS, run), known::add);
      known.seal();
      prints.load(c);
      loaded = System.nanoTime();
      try (Statement s = c.createStatement()) {
        s.execute(TABLE);
      }
      if (reading == null) {
        reading = read(prints, known, threads);
      }
      try (Batch b = new Batch(c, known, nirHash)) {
        List<RowPrints.Print> next;
        while ((next = reading.next()) != null) {
          b.send(next);
        }
        b.end();
        batch = b;
      }
    } finally {
      if (reading != null) {
        reading.close();
      }
    }
    if (batch.sent == 0) {
      return Skipped.none();
    }
    long read = System.nanoTime();
    int marked = 0;
    if (batch.designating > 0 && batch.found > 0) {
      marked = mark(c, run, known);
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
    return new Skipped(skipped, rows, batch.outOfScope);
  }

  /** The run's rows read and fingerprinted in a thread of their own, {@link #BATCH} at a time. */
  private static ReadAhead<List<RowPrints.Print>> read(
      Prints prints, PrintSet known, ThreadFactory threads) {
    return new ReadAhead<>(
        threads,
        AHEAD,
        out -> {
          Pending pending = new Pending(out);
          prints.each(known, pending::add);
          pending.hand();
        });
  }

  /** Marks the people found whom a row left designates; how many. */
  private static int mark(Connection c, UUID run, PrintSet known) throws SQLException {
    try (Statement s = c.createStatement()) {
      // the designations' size for the planner; its hash tables in memory, not on disk
      s.execute("ANALYZE intake_run_print");
      s.execute("SET LOCAL work_mem = '64MB'");
      s.execute(
          "CREATE TEMP TABLE intake_run_mark (print bytea NOT NULL, row_no int NOT NULL)"
              + " ON COMMIT DROP");
    }
    // the people designated, streamed: only those a row of this run found are kept
    List<byte[]> prints = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(DESIGNATED)) {
      ps.setFetchSize(10_000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byte[] print = rs.getBytes(1);
          int row = known.claimedBy(print);
          if (row >= 0) {
            prints.add(print);
            rows.add(row);
          }
        }
      }
    }
    if (prints.isEmpty()) {
      return 0;
    }
    try (BinaryCopy copy = BinaryCopy.into(c, "intake_run_mark", List.of("print", "row_no"))) {
      for (int i = 0; i < prints.size(); i++) {
        copy.row(2).bytea(prints.get(i)).int4(rows.get(i));
      }
      copy.end();
    }
    try (PreparedStatement ps = c.prepareStatement(MARK)) {
      ps.setObject(1, run);
      return ps.executeUpdate();
    }
  }

  /**
   * The fingerprints read, handed {@link #BATCH} at a time to the thread that sends them (the
   * parsing and hashing of the next batch while PostgreSQL stores the last).
   */
  private static final class Pending {
    private final Consumer<List<RowPrints.Print>> out;
    private List<RowPrints.Print> rows = new ArrayList<>(BATCH);

    Pending(Consumer<List<RowPrints.Print>> out) {
      this.out = out;
    }

    void add(RowPrints.Print p) {
      rows.add(p);
      if (rows.size() == BATCH) {
        hand();
      }
    }

    void hand() {
      if (!rows.isEmpty()) {
        out.accept(rows);
        rows = new ArrayList<>(BATCH);
      }
    }
  }

  /**
   * The fingerprints read, each looked up in the département's (a row its reader found and claimed
   * already counts found), a group's rows held until the group ends; whom the rows of a group left
   * designate is sent with one {@code COPY}, begun at the first. A group's rows come one after the
   * other, groups in increasing order.
   */
  private static final class Batch implements AutoCloseable {
    private final Connection c;
    private final PrintSet known;
    private final Function<String, String> nirHash;
    private BinaryCopy copy;
    private final BitSet groups = new BitSet();
    private final BitSet left = new BitSet();
    private final List<RowPrints.Print> current = new ArrayList<>(4);
    private boolean currentLeft;
    private int sent;
    private int found;
    private int outOfScope;
    private int leftRows;
    private int designating;
    private int group = -1;

    Batch(Connection c, PrintSet known, Function<String, String> nirHash) {
      this.c = c;
      this.known = known;
      this.nirHash = nirHash;
    }

    void send(List<RowPrints.Print> batch) throws SQLException {
      for (RowPrints.Print p : batch) {
        if (p.group() != group) {
          if (p.group() < group) {
            throw new IllegalStateException("group " + p.group() + " read after " + group);
          }
          groupRead();
          group = p.group();
          groups.set(group);
        }
        boolean isFound =
            p.claimed() || (p.fingerprint() != null && known.claim(p.fingerprint(), p.row()));
        if (isFound) {
          found++;
          outOfScope += p.outOfScope() ? 1 : 0;
        } else {
          currentLeft = true;
        }
        current.add(p);
      }
      sent += batch.size();
    }

    /** The group just read: if it is left, whom its rows designate sent. */
    private void groupRead() throws SQLException {
      if (group >= 0 && currentLeft) {
        left.set(group);
        leftRows += current.size();
        for (RowPrints.Print p : current) {
          String nir = p.nir() == null ? null : nirHash.apply(p.nir());
          if (p.caf() != null || nir != null) {
            if (copy == null) {
              copy = BinaryCopy.into(c, "intake_run_print", List.of("caf", "nir_hash"));
            }
            copy.row(2).text(p.caf()).text(nir);
            designating++;
          }
        }
      }
      current.clear();
      currentLeft = false;
    }

    /** Ends the copy: every row read is in the table. */
    void end() throws SQLException {
      groupRead();
      group = Integer.MAX_VALUE;
      if (copy != null) {
        copy.end();
      }
    }

    @Override
    public void close() throws SQLException {
      if (copy != null) {
        copy.close();
      }
    }
  }
}
