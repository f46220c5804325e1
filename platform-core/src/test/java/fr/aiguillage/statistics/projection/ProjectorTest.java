package fr.aiguillage.statistics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.testing.EmbeddedDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statistics' projections on a hand-made cohort against a real PostgreSQL: every figure
 * computed by hand below; an event twice counts once; any order of arrival gives the same cells (so
 * a rebuild from the topic's start equals what was kept incrementally); another département sees
 * none of them.
 */
class ProjectorTest {
  static EmbeddedDatabase db;
  static final UUID TERRITORY = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  static final UUID[] P = new UUID[6];
  static final UUID[] O = new UUID[6];

  static {
    for (int i = 1; i < 6; i++) {
      P[i] = UUID.fromString("00000000-0000-0000-0000-00000000010" + i);
      O[i] = UUID.fromString("00000000-0000-0000-0000-00000000020" + i);
    }
  }

  @BeforeAll
  static void migrate() throws Exception {
    db = EmbeddedDatabase.start(Files.createTempDirectory("stats"), 0, false);
    db.migrate();
    try (Connection c = db.ownerDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO tenant (code, name) VALUES ('08', 'Ardennes'), ('59', 'Nord')");
    }
  }

  @AfterAll
  static void stop() throws Exception {
    db.close();
  }

  @BeforeEach
  void empty() throws SQLException {
    for (String tenant : List.of("08", "59")) {
      try (Connection c = owner(tenant);
          Statement s = c.createStatement()) {
        s.execute("DELETE FROM stat_cell");
        s.execute("DELETE FROM stat_total");
        s.execute("DELETE FROM stat_entry");
        s.execute("DELETE FROM stat_person");
        s.execute("DELETE FROM stat_event");
        s.execute("DELETE FROM stat_session_person");
        s.execute("DELETE FROM stat_session");
        s.execute("DELETE FROM stat_parked");
        c.commit();
      }
    }
  }

  static int ids;

  static String event(String tenant, String type, String time, String data) {
    return "{\"specversion\":\"1.0\",\"id\":\"e"
        + (++ids)
        + "\",\"type\":\"fr.aiguillage."
        + type
        + "\",\"time\":\""
        + time
        + "\",\"tenant\":\""
        + tenant
        + "\",\"data\":{"
        + data
        + "}}";
  }

  static String created(int p, String time, String claim, String rd) {
    return event(
        "08",
        "beneficiary.created",
        time,
        "\"beneficiaryId\":\""
            + P[p]
            + "\",\"territoryId\":\""
            + TERRITORY
            + "\",\"rsaClaimDate\":"
            + (claim == null ? "null" : "\"" + claim + "\"")
            + ",\"rightsAndDutiesStart\":"
            + (rd == null ? "null" : "\"" + rd + "\"")
            + ",\"status\":\"TO_ORIENT\"");
  }

  static String orientation(int p, int o, String state, String at, String pathway) {
    return event(
        "08",
        "orientation." + state,
        at,
        "\"orientationId\":\""
            + O[o]
            + "\",\"beneficiaryId\":\""
            + P[p]
            + "\",\"at\":\""
            + at
            + "\",\"pathway\":"
            + (pathway == null ? "null" : "\"" + pathway + "\""));
  }

  /**
   * The cohort, all in the Ardennes' one territory:
   *
   * <ul>
   *   <li>P1: claim 1 Sept., rights and duties 10 Sept., decided 11 Oct. (social): 40 days from the
   *       claim, 31 from rights and duties;
   *   <li>P2: claim 15 Sept., rights and duties unknown, decided 20 Oct. (professional): 35 days
   *       from the claim; from rights and duties, "start unknown" in October (the decision's
   *       month);
   *   <li>P3: claim 20 Sept., rights and duties 25 Sept., not decided: waiting in both cohorts;
   *   <li>P4: claim and rights and duties 3 Sept., left the RSA on 1 Oct. undecided: "left";
   *   <li>P5: a person of the Nord (another tenant), decided: in no cell of the Ardennes.
   * </ul>
   */
  static List<String> cohort() {
    List<String> e = new ArrayList<>();
    e.add(created(1, "2026-09-12T08:00:00Z", "2026-09-01", "2026-09-10"));
    e.add(orientation(1, 1, "to-orient", "2026-09-12T08:00:00Z", null));
    e.add(orientation(1, 1, "decided", "2026-10-11T10:00:00Z", "SOCIAL"));
    e.add(orientation(1, 1, "referred", "2026-10-11T10:05:00Z", "SOCIAL"));
    e.add(created(2, "2026-09-16T08:00:00Z", "2026-09-15", null));
    e.add(orientation(2, 2, "intake", "2026-09-16T08:00:00Z", null));
    e.add(orientation(2, 2, "decided", "2026-10-20T09:00:00Z", "PROFESSIONAL"));
    e.add(created(3, "2026-09-26T08:00:00Z", "2026-09-20", "2026-09-25"));
    e.add(orientation(3, 3, "to-orient", "2026-09-26T08:00:00Z", null));
    e.add(created(4, "2026-09-04T08:00:00Z", "2026-09-03", "2026-09-03"));
    e.add(orientation(4, 4, "to-orient", "2026-09-04T08:00:00Z", null));
    e.add(
        event(
            "08",
            "beneficiary.left",
            "2026-10-01T03:00:00Z",
            "\"beneficiaryId\":\"" + P[4] + "\",\"exitDate\":\"2026-10-01\",\"reason\":\"x\""));
    e.add(orientation(4, 4, "closed", "2026-10-01T03:00:00Z", null));
    e.add(
        event(
            "59",
            "orientation.decided",
            "2026-10-02T09:00:00Z",
            "\"orientationId\":\""
                + O[5]
                + "\",\"beneficiaryId\":\""
                + P[5]
                + "\",\"at\":\"2026-10-02T09:00:00Z\",\"pathway\":\"SOCIAL\""));
    return e;
  }

  /**
   * The cohort's cells. Beyond the first orientation's: nobody has an appointment held yet (P1, P2
   * decided: waiting in October's first-appointment cohort; P1, P2, P3 waiting and P4 left in
   * September's accompaniment cohort from the claim, P1, P3 and P4 from rights and duties); the
   * stocks (in at the month of their first day, out at the month of their first day out, -2):
   * subject from rights and duties P1 (10 Sept.), P3 (25 Sept.), P4 (3 Sept., out 1 Oct.); not
   * oriented P1 until 11 Oct., P3, P4 until 1 Oct.; oriented P1 from 11 Oct. (no structure:
   * category unknown); OARSA T5 for 2026: P1 and P3 entered in 2026 and subject on 31 Dec., P1
   * oriented first (unknown body: not "outside France Travail"), 40 days after the claim.
   */
  static final List<String> EXPECTED =
      List.of(
          "monthly-accompaniment-delay-from-claim|2026-09-01|en-attente|-1|3",
          "monthly-accompaniment-delay-from-claim|2026-09-01|sortis|-1|1",
          "monthly-accompaniment-delay-from-rights-and-duties|2026-09-01|en-attente|-1|2",
          "monthly-accompaniment-delay-from-rights-and-duties|2026-09-01|sortis|-1|1",
          "monthly-first-appointment-delay|2026-10-01|en-attente|-1|2",
          "monthly-new-subject|2026-09-01||-1|3",
          "monthly-orientation-delay-from-claim|2026-09-01|PROFESSIONAL|35|1",
          "monthly-orientation-delay-from-claim|2026-09-01|SOCIAL|40|1",
          "monthly-orientation-delay-from-claim|2026-09-01|en-attente|-1|1",
          "monthly-orientation-delay-from-claim|2026-09-01|sortis|-1|1",
          "monthly-orientation-delay-from-rights-and-duties|2026-09-01|SOCIAL|31|1",
          "monthly-orientation-delay-from-rights-and-duties|2026-09-01|en-attente|-1|1",
          "monthly-orientation-delay-from-rights-and-duties|2026-09-01|sortis|-1|1",
          "monthly-orientation-delay-from-rights-and-duties|2026-10-01|debut-inconnu|-1|1",
          "monthly-oriented|2026-10-01|PROFESSIONAL|-1|1",
          "monthly-oriented|2026-10-01|SOCIAL|-1|1",
          "oarsa-t1-not-oriented|2026-09-01||-1|3",
          "oarsa-t1-not-oriented|2026-10-01||-2|2",
          "oarsa-t1-oriented|2026-10-01|UNKNOWN|-1|1",
          "oarsa-t1-subject|2026-09-01||-1|3",
          "oarsa-t1-subject|2026-10-01||-2|1",
          "oarsa-t5-delay-claim-to-orientation|2026-12-01|SOCIAL|40|1",
          "oarsa-t5-entrants|2026-12-01||-1|2",
          "oarsa-t5-first-oriented|2026-12-01|UNKNOWN|-1|1");

  @Test
  void theCohortsFiguresAreThoseComputedByHand() throws SQLException {
    apply(cohort());
    assertThat(cells("08")).containsExactlyElementsOf(EXPECTED);
    assertThat(cells("59"))
        .containsExactly(
            "monthly-first-appointment-delay|2026-10-01|en-attente|-1|1",
            "monthly-orientation-delay-from-claim|2026-10-01|debut-inconnu|-1|1",
            "monthly-orientation-delay-from-rights-and-duties|2026-10-01|debut-inconnu|-1|1",
            "monthly-oriented|2026-10-01|SOCIAL|-1|1");
  }

  @Test
  void anEventTwiceCountsOnce() throws SQLException {
    List<String> events = cohort();
    assertThat(apply(events)).isEqualTo(events.size());
    assertThat(apply(events)).as("every event seen before").isZero();
    assertThat(cells("08")).containsExactlyElementsOf(EXPECTED);
  }

  @Test
  void anyOrderOfArrivalGivesTheSameCells() throws SQLException {
    for (long seed = 1; seed <= 5; seed++) {
      empty();
      List<String> events = cohort();
      Collections.shuffle(events, new Random(seed));
      apply(events);
      assertThat(cells("08")).as("order " + seed).containsExactlyElementsOf(EXPECTED);
    }
  }

  @Test
  void aCorrectionMovesThePersonAndALateOlderEventDoesNot() throws SQLException {
    apply(cohort());
    // the claim of P1 corrected to 5 Sept.: 36 days instead of 40
    apply(List.of(created(1, "2026-10-15T08:00:00Z", "2026-09-05", "2026-09-10")));
    // an older version of P1's file arriving late changes nothing
    apply(List.of(created(1, "2026-09-13T08:00:00Z", "2026-08-01", "2026-08-01")));
    assertThat(cells("08"))
        .contains("monthly-orientation-delay-from-claim|2026-09-01|SOCIAL|36|1")
        .doesNotContain("monthly-orientation-delay-from-claim|2026-09-01|SOCIAL|40|1")
        .noneMatch(c -> c.contains("2026-08-01"));
  }

  @Test
  void aPersonBackInTheRsaIsFollowedInTheirNewEntry() throws SQLException {
    apply(cohort());
    apply(
        List.of(
            created(4, "2026-11-02T08:00:00Z", "2026-10-28", "2026-11-01"),
            orientation(4, 3 + 2, "to-orient", "2026-11-02T08:00:00Z", null),
            orientation(4, 3 + 2, "decided", "2026-11-20T08:00:00Z", "SOCIAL")));
    assertThat(cells("08"))
        .doesNotContain("monthly-orientation-delay-from-claim|2026-09-01|sortis|-1|1")
        .contains(
            "monthly-orientation-delay-from-claim|2026-10-01|SOCIAL|23|1",
            "monthly-orientation-delay-from-rights-and-duties|2026-11-01|SOCIAL|19|1",
            "monthly-oriented|2026-11-01|SOCIAL|-1|1");
  }

  /** Applies each event in its own transaction, as the consumer does; returns how many counted. */
  static int apply(List<String> events) throws SQLException {
    int applied = 0;
    for (String e : events) {
      LifecycleFact f = LifecycleFact.parse(e).orElseThrow();
      try (Connection c = owner(f.tenant())) {
        if (Projector.apply(c, f)) {
          applied++;
        }
        c.commit();
      }
    }
    return applied;
  }

  /** The cells of the indicators' own breakdowns (the people's margins left out). */
  static List<String> cells(String tenant) throws SQLException {
    return allCells(tenant).stream().filter(c -> c.split("\\|")[2].indexOf(':') < 0).toList();
  }

  static List<String> allCells(String tenant) throws SQLException {
    TreeMap<String, Long> out = new TreeMap<>();
    try (Connection c = owner(tenant);
        PreparedStatement ps =
            c.prepareStatement("SELECT indicator, month, breakdown, days, people FROM stat_cell");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(
            rs.getString(1) + "|" + rs.getDate(2) + "|" + rs.getString(3) + "|" + rs.getInt(4),
            rs.getLong(5));
      }
    }
    return out.entrySet().stream().map(e -> e.getKey() + "|" + e.getValue()).toList();
  }

  /** The totals the consumer kept (V27 {@code stat_total}). */
  static List<String> totals(String tenant) throws SQLException {
    return rows(
        tenant, "SELECT indicator, month, breakdown, days, people, days_sum FROM stat_total");
  }

  /** The totals as the migration's SQL rule gives them from the cells. */
  static List<String> totalsOfTheCells(String tenant) throws SQLException {
    return rows(
        tenant,
        "SELECT indicator, month, stat_total_breakdown(indicator, breakdown), stat_band(days),"
            + " sum(people), sum(people * greatest(days, 0)) FROM stat_cell GROUP BY 1, 2, 3, 4");
  }

  private static List<String> rows(String tenant, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = owner(tenant);
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            rs.getString(1)
                + "|"
                + rs.getDate(2)
                + "|"
                + rs.getString(3)
                + "|"
                + rs.getInt(4)
                + "|"
                + rs.getLong(5)
                + "|"
                + rs.getLong(6));
      }
    }
    Collections.sort(out);
    return out;
  }

  /** The owner, as the consumer connects, in a transaction of {@code tenant}. */
  static Connection owner(String tenant) throws SQLException {
    Connection c = db.ownerDataSource().getConnection();
    c.setAutoCommit(false);
    try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
      ps.setString(1, tenant);
      ps.execute();
    }
    return c;
  }
}
