package fr.aiguillage.intake;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rows of a chunk that say nothing new, found by their fingerprints in one indexed probe and
 * marked seen by the run in one statement, in the caller's transaction and tenant ({@link
 * Intake#skipUnchanged}). A group (a list's row, a flow's household) is skipped only if all its
 * rows are.
 */
final class UnchangedRows {
  /** The groups skipped and how many rows (people) they hold. */
  record Skipped(Set<Integer> groups, int rows) {}

  /**
   * Rows whose fingerprint is the one their person was last seen with: the person's file open
   * (closed, a row brings them back: the writer's work), and not yet seen by this run (a second row
   * for them is a duplicate: the writer says so).
   */
  private static final String PROBE =
      "SELECT r.row_no FROM unnest(?::bytea[], ?::int[]) AS r(fp, row_no)"
          + " JOIN intake_fingerprint f ON f.tenant_id = current_setting('app.tenant_id')"
          + " AND f.fingerprint = r.fp"
          + " JOIN beneficiary b ON b.id = f.beneficiary_id"
          + " AND b.tenant_id = current_setting('app.tenant_id')"
          + " WHERE b.status <> 'CLOSED' AND f.last_run IS DISTINCT FROM ?";

  private static final String MARK =
      "UPDATE intake_fingerprint f SET last_run = ?, last_row = r.row_no"
          + " FROM unnest(?::bytea[], ?::int[]) AS r(fp, row_no)"
          + " WHERE f.tenant_id = current_setting('app.tenant_id') AND f.fingerprint = r.fp"
          + " AND f.last_run IS DISTINCT FROM ? RETURNING r.row_no";

  private UnchangedRows() {}

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
    Set<Integer> hits = rows(c, PROBE, List.copyOf(first.values()), null, run);
    List<RowPrints.Print> chosen =
        groups.values().stream().filter(g -> whole(g, hits)).flatMap(List::stream).toList();
    if (chosen.isEmpty()) {
      return new Skipped(Set.of(), 0);
    }
    Set<Integer> marked = rows(c, MARK, chosen, run, run);
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

  private static Set<Integer> rows(
      Connection c, String sql, List<RowPrints.Print> prints, UUID first, UUID last)
      throws SQLException {
    byte[][] fps = new byte[prints.size()][];
    Integer[] rows = new Integer[prints.size()];
    for (int i = 0; i < fps.length; i++) {
      fps[i] = prints.get(i).fingerprint();
      rows[i] = prints.get(i).row();
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int p = 1;
      if (first != null) {
        ps.setObject(p++, first);
      }
      ps.setArray(p++, c.createArrayOf("bytea", fps));
      ps.setArray(p++, c.createArrayOf("int4", rows));
      ps.setObject(p, last);
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
