package fr.aiguillage.intake;

import fr.aiguillage.testing.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Where a first import's chunk spends its database time (issue 15): run on purpose, never in the
 * suite ({@code -Dtest=FirstImportProfile}); prints each statement's mean time per chunk.
 */
class FirstImportProfile {
  static final String[] LAST = {
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefebvre",
    "Michel",
    "Garcia"
  };
  static final String[] FIRST = {"Léa", "Emma", "Chloé", "Inès", "Lucas", "Hugo", "Louis", "Jules"};

  static List<Map<String, Object>> people(int from, int n) {
    Random r = new Random(from);
    List<Map<String, Object>> list = new ArrayList<>(n);
    for (int i = from; i < from + n; i++) {
      Map<String, Object> p = new HashMap<>();
      p.put("lastName", LAST[r.nextInt(LAST.length)]);
      p.put("firstNames", FIRST[r.nextInt(FIRST.length)]);
      p.put(
          "birthDate",
          String.format(
              "%d-%02d-%02d", 1960 + r.nextInt(45), 1 + r.nextInt(12), 1 + r.nextInt(28)));
      p.put("phone", "06" + String.format("%08d", r.nextInt(100_000_000)));
      p.put("email", "personne" + i + "@exemple.fr");
      if (r.nextInt(10) < 8) {
        p.put("rightsAndDutiesStart", "2026-10-01");
      }
      if (i % 2 == 0) {
        String body = "2" + "9005" + "99" + String.format("%06d", i % 1_000_000);
        long key = 97 - Long.parseLong(body) % 97;
        p.put("nir", body + String.format("%02d", key));
      }
      list.add(IntakeRowsTest.person(String.valueOf(10_000_000 + i), p));
    }
    return list;
  }

  static Map<String, String> settings() {
    Map<String, String> m = new HashMap<>();
    m.put("shared_preload_libraries", "pg_stat_statements,auto_explain");
    m.put("pg_stat_statements.track", "all");
    m.put("pg_stat_statements.track_planning", "on");
    m.put("shared_buffers", "512MB");
    if (Boolean.getBoolean("profile.explain")) {
      m.put("auto_explain.log_min_duration", "4ms");
      m.put("auto_explain.log_analyze", "on");
      m.put("auto_explain.log_nested_statements", "on");
      m.put("logging_collector", "on");
      m.put("log_directory", "/tmp/fi/pglog");
    }
    return m;
  }

  @Test
  void profile() throws Exception {
    int base = Integer.getInteger("profile.base", 100_000);
    int rows = Integer.getInteger("profile.rows", 10_000);
    try (EmbeddedDatabase db =
        EmbeddedDatabase.start(
            java.nio.file.Path.of(System.getProperty("profile.dir", "/tmp/first-import-pg")),
            0,
            Boolean.getBoolean("profile.keep"),
            settings())) {
      UnchangedRowsTest.db = db;
      System.out.println("profile db port " + db.port());
      db.migrate();
      try (Connection c = db.ownerDataSource().getConnection();
          Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO tenant (code, name) VALUES ('08', 'Ardennes'), ('59', 'Nord')"
                + " ON CONFLICT DO NOTHING");
      }
      try (Connection c = db.superuser(EmbeddedDatabase.DB);
          Statement s = c.createStatement()) {
        s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      }
      long t0 = System.nanoTime();
      int already;
      try (Connection c = db.ownerDataSource().getConnection();
          Statement s = c.createStatement()) {
        s.execute("SET app.tenant_id = '08'");
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM beneficiary")) {
          rs.next();
          already = rs.getInt(1);
        }
      }
      for (int i = already; i < base; i += 20_000) {
        UnchangedRowsTest.run("08", 2000, people(i, 20_000));
      }
      System.out.printf("seed %d: %.1f s%n", base, (System.nanoTime() - t0) / 1e9);
      try (Connection c = db.superuser(EmbeddedDatabase.DB);
          Statement s = c.createStatement()) {
        s.execute("VACUUM ANALYZE");
        s.execute("SELECT pg_stat_statements_reset()");
        s.execute("SELECT pg_stat_reset_shared('wal')");
      }
      t0 = System.nanoTime();
      UnchangedRowsTest.DbIntake in =
          UnchangedRowsTest.run(
              "08",
              Integer.getInteger("profile.chunk", 2000),
              people(Math.max(base, already), rows));
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "first import %d rows (%d created): %.2f s, %.0f rows/s%n",
          rows, in.written.created(), secs, rows / secs);
      System.out.printf(
          "of which: first reading and lookup %.2f s, chunks written %.2f s%n",
          in.skipNanos / 1e9, in.writeNanos / 1e9);
      try (Connection c = db.superuser(EmbeddedDatabase.DB);
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT sum(total_exec_time) FILTER (WHERE toplevel), sum(total_plan_time),"
                      + " sum(calls) FILTER (WHERE toplevel) FROM pg_stat_statements")) {
        rs.next();
        System.out.printf(
            "statements: %.0f ms executing, %.0f ms planning, %d calls%n",
            rs.getDouble(1), rs.getDouble(2), rs.getLong(3));
      }
      try (Connection c = db.superuser(EmbeddedDatabase.DB);
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("SELECT wal_records, wal_fpi, wal_bytes FROM pg_stat_wal")) {
        rs.next();
        System.out.printf(
            "WAL: %d records, %d full pages, %.1f MB%n",
            rs.getLong(1), rs.getLong(2), rs.getLong(3) / 1e6);
      }
      try (Connection c = db.superuser(EmbeddedDatabase.DB);
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT sum(calls), sum(total_exec_time), sum(rows), q FROM (SELECT calls,"
                      + " total_exec_time, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 130)"
                      + " AS q FROM pg_stat_statements) x GROUP BY q"
                      + " ORDER BY 2 DESC LIMIT 45")) {
        while (rs.next()) {
          System.out.printf(
              "%6d calls %9.1f ms total %7.1f ms/chunk %8d rows  %s%n",
              rs.getLong(1),
              rs.getDouble(2),
              rs.getDouble(2) / (rows / 2000.0),
              rs.getLong(3),
              rs.getString(4));
        }
      }
    }
  }
}
