package fr.aiguillage.statistics.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A département's totals (V27 {@code stat_total}, ADR 0026): its cells without the territory, a
 * delay's days as DREES's band (15, 30, 42, 45, or 46 beyond) with the days summed, the caseloads'
 * people without each structure's or referent's breakdown. Kept with the same difference as the
 * cells, in the same transaction; what national reads sum (a few rows per département and month).
 * The migration's SQL ({@code stat_band}, {@code stat_total_breakdown}) is the same rule, for the
 * cells already projected; a test holds the two equal.
 */
final class Totals {
  /** Beyond the last threshold. */
  static final int BEYOND = 46;

  /** The rows a read sums: month, breakdown, band, people and days summed. */
  static final String ROWS =
      "SELECT month, breakdown, days, sum(people), sum(days_sum) FROM stat_total"
          + " WHERE tenant_id = current_setting('app.tenant_id') AND indicator = ?1"
          + " AND month BETWEEN ?2 AND ?3 AND (?4 = '' OR breakdown = ?4)"
          + " GROUP BY month, breakdown, days";

  record Key(String indicator, LocalDate month, String breakdown, int days) {}

  private Totals() {}

  /** A delay's band: the first of DREES's thresholds it is within; below 0, as it is. */
  static int band(int days) {
    if (days < 0) {
      return days;
    }
    for (int t : DelayFigures.THRESHOLDS) {
      if (days <= t) {
        return t;
      }
    }
    return BEYOND;
  }

  /** The breakdown kept: a caseload's structure or referent is not (its people's margins are). */
  static String breakdown(String indicator, String breakdown) {
    return (indicator.equals(StockCells.STRUCTURE_CASELOAD)
                || indicator.equals(StockCells.REFERENT_CASELOAD))
            && !People.isMargin(breakdown)
        ? "*"
        : breakdown;
  }

  /** The totals' difference of the cells' one: {people, days summed} per total. */
  static Map<Key, long[]> of(Map<CellKey, Integer> delta) {
    Map<Key, long[]> out = new HashMap<>();
    delta.forEach(
        (k, n) -> {
          if (n != 0) {
            long[] t =
                out.computeIfAbsent(
                    new Key(
                        k.indicator(),
                        k.month(),
                        breakdown(k.indicator(), k.breakdown()),
                        band(k.days())),
                    x -> new long[2]);
            t[0] += n;
            t[1] += (long) n * Math.max(k.days(), 0);
          }
        });
    out.values().removeIf(t -> t[0] == 0 && t[1] == 0);
    return out;
  }

  /**
   * Adds the difference. The totals that only grow may be new: inserted in one statement (an array
   * per column); one with anything taken away was there (a cell of it counted someone): updated,
   * and gone when it counts nobody.
   */
  static void write(Connection c, String tenant, Map<Key, long[]> delta) throws SQLException {
    List<Map.Entry<Key, long[]>> added = new ArrayList<>();
    List<Map.Entry<Key, long[]>> taken = new ArrayList<>();
    for (var d : delta.entrySet()) {
      (d.getValue()[0] >= 0 && d.getValue()[1] >= 0 ? added : taken).add(d);
    }
    if (!added.isEmpty()) {
      try (PreparedStatement add =
          c.prepareStatement(
              "INSERT INTO stat_total (tenant_id, indicator, month, breakdown, days, people,"
                  + " days_sum) SELECT ?, * FROM unnest(?::varchar[], ?::date[], ?::varchar[],"
                  + " ?::int[], ?::bigint[], ?::bigint[]) ON CONFLICT (tenant_id, indicator,"
                  + " month, breakdown, days) DO UPDATE SET people = stat_total.people"
                  + " + excluded.people, days_sum = stat_total.days_sum + excluded.days_sum")) {
        int n = added.size();
        String[] indicator = new String[n];
        String[] month = new String[n];
        String[] breakdown = new String[n];
        Integer[] days = new Integer[n];
        Long[] people = new Long[n];
        Long[] daysSum = new Long[n];
        for (int k = 0; k < n; k++) {
          Key key = added.get(k).getKey();
          indicator[k] = key.indicator();
          month[k] = key.month().toString();
          breakdown[k] = key.breakdown();
          days[k] = key.days();
          people[k] = added.get(k).getValue()[0];
          daysSum[k] = added.get(k).getValue()[1];
        }
        add.setString(1, tenant);
        add.setArray(2, c.createArrayOf("varchar", indicator));
        add.setArray(3, c.createArrayOf("varchar", month));
        add.setArray(4, c.createArrayOf("varchar", breakdown));
        add.setArray(5, c.createArrayOf("int4", days));
        add.setArray(6, c.createArrayOf("int8", people));
        add.setArray(7, c.createArrayOf("int8", daysSum));
        add.executeUpdate();
      }
    }
    if (taken.isEmpty()) {
      return;
    }
    try (PreparedStatement take =
            c.prepareStatement(
                "UPDATE stat_total SET people = people + ?, days_sum = days_sum + ?"
                    + " WHERE tenant_id = ? AND indicator = ? AND month = ? AND breakdown = ?"
                    + " AND days = ?");
        PreparedStatement gone =
            c.prepareStatement(
                "DELETE FROM stat_total WHERE tenant_id = ? AND indicator = ? AND month = ?"
                    + " AND breakdown = ? AND days = ? AND people = 0")) {
      for (var d : taken) {
        Key k = d.getKey();
        take.setLong(1, d.getValue()[0]);
        take.setLong(2, d.getValue()[1]);
        take.setString(3, tenant);
        take.setString(4, k.indicator());
        take.setObject(5, k.month());
        take.setString(6, k.breakdown());
        take.setInt(7, k.days());
        take.addBatch();
        gone.setString(1, tenant);
        gone.setString(2, k.indicator());
        gone.setObject(3, k.month());
        gone.setString(4, k.breakdown());
        gone.setInt(5, k.days());
        gone.addBatch();
      }
      take.executeBatch();
      gone.executeBatch();
    }
  }
}
