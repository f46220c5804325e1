package fr.aiguillage.intake;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rows of a chunk that say nothing new, found by their fingerprints and marked seen by the run
 * in one statement, in the caller's transaction and tenant ({@link Intake#skipUnchanged}). A group
 * (a list's row, a flow's household) is skipped only if all its rows are.
 */
final class UnchangedRows {
  /** The groups skipped and how many rows (people) they hold. */
  record Skipped(Set<Integer> groups, int rows) {}

  /**
   * Rows whose fingerprint is the one their person was last seen with, marked seen by this run: not
   * yet seen by it (a second row for them is a duplicate: the writer says so). A person whose file
   * closed has no fingerprint (V23's trigger): a row brings them back through the writer.
   */
  private static final String MARK =
      "UPDATE intake_fingerprint f SET last_run = ?, last_row = r.row_no"
          + " FROM unnest(?::bytea[], ?::int[]) AS r(fp, row_no)"
          + " WHERE f.tenant_id = current_setting('app.tenant_id') AND f.fingerprint = r.fp"
          + " AND f.last_run IS DISTINCT FROM ? RETURNING r.row_no";

  private UnchangedRows() {}

  /**
   * Marks the rows found unchanged and returns the groups whose every row was: those are skipped. A
   * row marked in a group that is not skipped goes through the writer like the others of its group
   * (the writer does not take its own mark for a duplicate).
   */
  static Skipped skip(Connection c, UUID run, List<RowPrints.Print> prints) throws SQLException {
    Map<Integer, List<RowPrints.Print>> groups = new LinkedHashMap<>();
    // the same fingerprint twice in the chunk: the first row only (the second is a duplicate)
    Map<ByteBuffer, RowPrints.Print> first = new LinkedHashMap<>();
    for (RowPrints.Print p : prints) {
      groups.computeIfAbsent(p.group(), g -> new ArrayList<>(2)).add(p);
      if (p.fingerprint() != null) {
        first.putIfAbsent(ByteBuffer.wrap(p.fingerprint()), p);
      }
    }
    Set<Integer> marked = mark(c, run, List.copyOf(first.values()));
    Set<Integer> skipped = new HashSet<>();
    int rows = 0;
    for (var g : groups.entrySet()) {
      if (whole(g.getValue(), marked)) {
        skipped.add(g.getKey());
        rows += g.getValue().size();
      }
    }
    return new Skipped(skipped, rows);
  }

  private static boolean whole(List<RowPrints.Print> group, Set<Integer> rows) {
    return group.stream().allMatch(p -> rows.contains(p.row()));
  }

  private static Set<Integer> mark(Connection c, UUID run, List<RowPrints.Print> prints)
      throws SQLException {
    byte[][] fps = new byte[prints.size()][];
    Integer[] rows = new Integer[prints.size()];
    for (int i = 0; i < fps.length; i++) {
      fps[i] = prints.get(i).fingerprint();
      rows[i] = prints.get(i).row();
    }
    try (Statement s = c.createStatement()) {
      // one index probe per row: with thousands of rows the planner would rather hash the whole
      // table (200,000 fingerprints: 280 ms instead of 70 ms, and worse as the table grows)
      s.execute("SET LOCAL enable_hashjoin = off");
      s.execute("SET LOCAL enable_mergejoin = off");
    }
    try (PreparedStatement ps = c.prepareStatement(MARK)) {
      ps.setObject(1, run);
      ps.setArray(2, c.createArrayOf("bytea", fps));
      ps.setArray(3, c.createArrayOf("int4", rows));
      ps.setObject(4, run);
      Set<Integer> out = new HashSet<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getInt(1));
        }
      }
      return out;
    }
  }
}
