package fr.aiguillage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.testing.EmbeddedDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rows sent with the binary COPY read back as written, and a copy cancelled leaves nothing. */
class BinaryCopyTest {
  static EmbeddedDatabase db;

  @BeforeAll
  static void start() throws Exception {
    db = EmbeddedDatabase.start(Files.createTempDirectory("copy"), 0, false);
  }

  @AfterAll
  static void stop() throws Exception {
    db.close();
  }

  private static final List<String> COLUMNS = List.of("n", "s", "d", "b", "t", "h", "x");

  private static void table(Statement s) throws Exception {
    s.execute(
        "CREATE TEMP TABLE copied (n int, s smallint, d date, b boolean, t text, h char(4),"
            + " x bytea)");
  }

  @Test
  void everyTypeReadsBackAsWritten() throws Exception {
    try (Connection c = db.superuser("postgres");
        Statement s = c.createStatement()) {
      table(s);
      long rows;
      try (BinaryCopy copy = BinaryCopy.into(c, "copied", COLUMNS)) {
        copy.row(7)
            .int4(-42)
            .int2(1960)
            .date(LocalDate.of(1960, 3, 1))
            .bool(true)
            .text("Léa Çœur — N°")
            .text("ab12")
            .bytea(new byte[] {0, -1, 7});
        copy.row(7)
            .int4(2_000_000_000)
            .int2(-3)
            .date(LocalDate.of(2026, 12, 7))
            .bool(false)
            .text("")
            .text(null)
            .bytea(new byte[0]);
        copy.row(7).int4(null).int2(null).date(null).bool(null).text(null).text(null).bytea(null);
        rows = copy.end();
      }
      assertThat(rows).isEqualTo(3);
      try (ResultSet rs =
          s.executeQuery(
              "SELECT n, s, d::text, b, t, h, encode(x, 'hex') FROM copied ORDER BY n NULLS LAST")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(-42);
        assertThat(rs.getInt(2)).isEqualTo(1960);
        assertThat(rs.getString(3)).isEqualTo("1960-03-01");
        assertThat(rs.getBoolean(4)).isTrue();
        assertThat(rs.getString(5)).isEqualTo("Léa Çœur — N°");
        assertThat(rs.getString(6)).isEqualTo("ab12");
        assertThat(rs.getString(7)).isEqualTo("00ff07");
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(2_000_000_000);
        assertThat(rs.getInt(2)).isEqualTo(-3);
        assertThat(rs.getString(3)).isEqualTo("2026-12-07");
        assertThat(rs.getBoolean(4)).isFalse();
        assertThat(rs.getString(5)).isEmpty();
        assertThat(rs.getString(6)).isNull();
        assertThat(rs.getString(7)).isEmpty();
        rs.next();
        for (int i = 1; i <= 7; i++) {
          assertThat(rs.getObject(i)).as("column %d", i).isNull();
        }
        assertThat(rs.next()).isFalse();
      }
    }
  }

  @Test
  void valuesCopiedOutComeInOrderNullsIncluded() throws Exception {
    try (Connection c = db.superuser("postgres")) {
      List<byte[]> read = new java.util.ArrayList<>();
      BinaryCopy.eachValue(
          c,
          "SELECT CASE WHEN i = 3 THEN NULL ELSE int4send(i) END FROM generate_series(1, 5000) i",
          read::add);
      assertThat(read).hasSize(5000);
      assertThat(read.get(2)).isNull();
      assertThat(read.get(4999)).containsExactly(0, 0, 0x13, (byte) 0x88);
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT 1")) {
        assertThat(rs.next()).isTrue();
      }
    }
  }

  @Test
  void aCopyNotEndedIsCancelledAndTheConnectionGoesOn() throws Exception {
    try (Connection c = db.superuser("postgres");
        Statement s = c.createStatement()) {
      table(s);
      try (BinaryCopy copy = BinaryCopy.into(c, "copied", COLUMNS)) {
        copy.row(7).int4(1).int2(1).date(null).bool(null).text("x").text(null).bytea(null);
      }
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM copied")) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
    }
  }
}
