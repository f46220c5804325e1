package fr.aiguillage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.aiguillage.beneficiary.ProtectedNir;
import fr.aiguillage.tenancy.TenantCode;
import fr.aiguillage.testing.EmbeddedDatabase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 2 against a real PostgreSQL, person by person: a CNAF flow read, decided by the
 * scope rule and written; the same flow twice; a closed right making the people followed leave
 * (once); a later flow bringing them back. (The contexts that end what was in progress on an exit
 * are observers in the container: {@code CafFlowApiIT}.)
 */
class CafFlowWriteTest {
  static EmbeddedDatabase db;
  static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  @BeforeAll
  static void migrate() throws Exception {
    db = EmbeddedDatabase.start(Files.createTempDirectory("caf-flow"), 0, false);
    db.migrate();
    try (Connection c = db.ownerDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO tenant (code, name) VALUES ('08', 'Ardennes')");
    }
  }

  @AfterAll
  static void stop() throws Exception {
    db.close();
  }

  /** What one run gave: its counts and its report. */
  record Run(ChunkWriter.Counts counts, List<Problem> report) {}

  static String household(String claim, String caf, int state, String reason, String persons) {
    return "<InfosFoyerRSA><NUMDEMRSA>"
        + claim
        + "</NUMDEMRSA><MATRICULE>"
        + caf
        + "</MATRICULE><DTDEMRSA>2026-09-01</DTDEMRSA><ETATDOSRSA>"
        + state
        + "</ETATDOSRSA>"
        + (reason == null ? "" : "<MOTISUSVERSRSA>" + reason + "</MOTISUSVERSRSA>")
        + "<NATPF>RSD</NATPF><Adresse><NUMVOIE>2</NUMVOIE><LIBTYPEVOIE>RUE</LIBTYPEVOIE>"
        + "<NOMVOIE>DE LA GARE</NOMVOIE><CODEPOS>08000</CODEPOS>"
        + "<NOMCOM>CHARLEVILLE-MEZIERES</NOMCOM><NUMCOM>08105</NUMCOM></Adresse>"
        + persons
        + "</InfosFoyerRSA>";
  }

  static String person(String qual, String name, String first, String birth, String role, int rdd) {
    return "<Personne><QUAL>"
        + qual
        + "</QUAL><NOM>"
        + name
        + "</NOM><PRENOM>"
        + first
        + "</PRENOM><DTNAI>"
        + birth
        + "</DTNAI><ROLEPERS>"
        + role
        + "</ROLEPERS><TOPPERSDRODEVORSA>"
        + rdd
        + "</TOPPERSDRODEVORSA></Personne>";
  }

  static String flow(String date, String... households) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Flux><IdentificationFlux><DTCREAFLUX>"
        + date
        + "</DTCREAFLUX></IdentificationFlux>"
        + String.join("", households)
        + "</Flux>";
  }

  static final String DURAND =
      household(
          "900001",
          "9100001",
          2,
          null,
          person("MR", "DURAND", "Paul", "1980-02-03", "DEM", 1)
              + person("MME", "DURAND", "Alice", "1982-04-05", "CJT", 1)
              + person("MR", "DURAND", "Tom", "2015-06-07", "ENF", 0));

  static Run write(String xml) throws SQLException {
    List<Staged> people = new ArrayList<>();
    List<Problem> lines = new ArrayList<>();
    LocalDate flowDate;
    try (CafFlowReader reader =
        new CafFlowReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
      flowDate = reader.header().date();
      FlowStaging staging =
          new FlowStaging(
              CafScopeRule.WEBRSA,
              TenantCode.of("08"),
              TODAY,
              n -> new ProtectedNir("c-" + n.value(), "h-" + n.value()));
      FlowHousehold h;
      while ((h = reader.next()) != null) {
        staging.household(h, flowDate, null, people, lines);
      }
    }
    try (Connection c = CafIdentityChunkTest.appOf(db)) {
      ChunkWriter.Counts counts =
          ChunkWriter.write(c, UUID.randomUUID(), "agent-08", "test", people);
      c.commit();
      return new Run(counts, new FlowRows().report(lines, counts));
    }
  }

  @Test
  void aFlowIsFollowedPersonByPersonTwiceTheSameThenAClosedRightLeavesThenComesBack()
      throws SQLException {
    String first =
        flow(
            "2026-10-31",
            DURAND,
            // refused right: not followed, never created
            household(
                "900002", "9100002", 1, null, person("MR", "PETIT", "Luc", "1975-01-01", "DEM", 1)),
            // payment suspended for a reason: followed by WebRSA's rule
            household(
                "900003",
                "9100003",
                4,
                "AB",
                person("MME", "ROUX", "Inès", "1990-01-01", "DEM", 1)),
            // a commune of the Nord: another département's person, refused with the reason
            household(
                    "900004",
                    "9100004",
                    2,
                    null,
                    person("MR", "NORD", "Jean", "1970-01-01", "DEM", 1))
                .replace("08000", "59000")
                .replace("08105", "59350")
                .replace("CHARLEVILLE-MEZIERES", "LILLE"));
    Run r = write(first);
    assertThat(r.counts().created()).isEqualTo(3);
    assertThat(r.counts().outOfScope()).isEqualTo(1);
    assertThat(r.report())
        .extracting(Problem::row, Problem::kind)
        .containsExactlyInAnyOrder(
            tuple(2, Problem.Kind.OUT_OF_SCOPE), tuple(4, Problem.Kind.REJECTED));
    assertThat(r.report())
        .filteredOn(p -> p.row() == 2)
        .extracting(Problem::column, Problem::message)
        .containsExactly(
            tuple(
                "Demandeur (DEM)", "État du droit 1 (droit refusé) hors du champ du département."));
    assertThat(r.report())
        .filteredOn(p -> p.row() == 4)
        .extracting(Problem::column, Problem::message)
        .containsExactly(
            tuple(
                "Demandeur (DEM) — communeInsee",
                "La commune Lille (59350) est dans le département 59 : cette personne relève de ce"
                    + " département, pas du vôtre (08)."));
    // person by person: the right and the household as the flow says, waiting to be oriented
    assertThat(
            rows(
                "SELECT first_names, status, right_state, has_partner::text, children, rsa_claim_number,"
                    + " rsa_claim_date, flow_date FROM beneficiary"
                    + " WHERE rsa_claim_number IN ('900001', '900003') ORDER BY first_names"))
        .containsExactly(
            "Alice|TO_ORIENT|2|true|1|900001|2026-09-01|2026-10-31",
            "Inès|TO_ORIENT|4|false|0|900003|2026-09-01|2026-10-31",
            "Paul|TO_ORIENT|2|true|1|900001|2026-09-01|2026-10-31");

    Run again = write(first);
    assertThat(again.counts().created() + again.counts().updated()).as("the same flow").isZero();
    assertThat(again.counts().unchanged()).isEqualTo(3);

    // the Durands' right closes: both leave, with the flow's date; Inès is not in the flow
    String closed = flow("2026-11-30", DURAND.replace("<ETATDOSRSA>2<", "<ETATDOSRSA>5<"));
    Run exit = write(closed);
    assertThat(exit.counts().exited()).isEqualTo(2);
    assertThat(exit.counts().exits())
        .extracting(ChunkWriter.Exit::on, ChunkWriter.Exit::reason)
        .containsOnly(tuple(LocalDate.of(2026, 11, 30), "Droit au RSA clos (état 5)."));
    assertThat(exit.report())
        .extracting(Problem::column, Problem::message, Problem::kind)
        .containsExactlyInAnyOrder(
            tuple(
                "Demandeur (DEM)",
                "Sorti(e) du RSA le 30/11/2026 : Droit au RSA clos (état 5).",
                Problem.Kind.LEFT),
            tuple(
                "Conjoint (CJT)",
                "Sorti(e) du RSA le 30/11/2026 : Droit au RSA clos (état 5).",
                Problem.Kind.LEFT));
    assertThat(
            rows(
                "SELECT first_names, exit_date, right_state FROM beneficiary WHERE"
                    + " exit_date IS NOT NULL ORDER BY first_names"))
        .containsExactly("Alice|2026-11-30|5", "Paul|2026-11-30|5");
    assertThat(write(closed).counts().exited()).as("leaving once").isZero();

    // what the orientation context does on the exit (BeneficiaryLeft), done by hand here
    try (Connection c = db.ownerDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("SELECT set_config('app.tenant_id', '08', false)");
      s.execute("UPDATE beneficiary SET status = 'CLOSED' WHERE exit_date IS NOT NULL");
      s.execute(
          "UPDATE orientation SET state = 'CLOSED', closed_at = now() WHERE beneficiary_id IN"
              + " (SELECT id FROM beneficiary WHERE exit_date IS NOT NULL)");
    }
    Run back = write(flow("2026-12-31", DURAND));
    assertThat(back.counts().updated()).as("re-entry").isEqualTo(2);
    assertThat(
            rows(
                "SELECT first_names, status, exit_date FROM beneficiary WHERE"
                    + " rsa_claim_number = '900001' ORDER BY first_names"))
        .containsExactly("Alice|TO_ORIENT|null", "Paul|TO_ORIENT|null");
    assertThat(
            rows(
                "SELECT count(*) FROM orientation o JOIN beneficiary b ON b.id ="
                    + " o.beneficiary_id WHERE b.rsa_claim_number = '900001' AND o.state <> 'CLOSED'"))
        .containsExactly("2");
  }

  @Test
  void theSameHouseholdTwiceInOneFlowIsReportedOnTheSecondAndWrittenOnce() throws SQLException {
    String twice =
        household(
            "910001", "9200001", 2, null, person("MME", "MEME", "Léa", "1991-01-01", "DEM", 1));
    Run r = write(flow("2026-10-31", twice, twice));
    assertThat(r.counts().created()).isEqualTo(1);
    assertThat(r.report())
        .extracting(Problem::row, Problem::column, Problem::message)
        .containsExactly(
            tuple(
                2,
                "Demandeur (DEM)",
                "Ligne en double : la même personne (même numéro allocataire, rôle et date de"
                    + " naissance) est déjà au foyer n° 1."));
  }

  /**
   * The events the flow's import writes in SQL carry what the statistics break down by — the year
   * and month of birth, the sex, the household and the right — and nothing that names the person.
   */
  @Test
  void theFilesEventsCarryThePersonsTraitsAndRightWithoutIdentity() throws SQLException {
    write(
        flow(
            "2026-10-31",
            household(
                "920001",
                "9300001",
                2,
                null,
                person("MR", "TRAIT", "Marc", "1984-07-09", "DEM", 1)
                    + person("MME", "TRAIT", "Zoé", "1986-03-04", "CJT", 1)
                    + person("MR", "TRAIT", "Noé", "2016-01-01", "ENF", 0)
                    + person("MME", "TRAIT", "Ada", "2018-01-01", "ENF", 0)),
            household(
                "920002",
                "9300002",
                3,
                null,
                person("MME", "SEULE", "Rose", "2001-11-30", "DEM", 1))));

    assertThat(
            ownerRows(
                "SELECT b.first_names, e.type, p->>'birthYear', p->>'birthMonth', p->>'sex',"
                    + " p->>'hasPartner', p->>'children', p->>'rightState', p->>'rightSuspended'"
                    + " FROM (SELECT type, aggregate_id, payload::json AS p FROM outbox_event) e"
                    + " JOIN beneficiary b ON e.aggregate_id = b.id::text"
                    + " WHERE b.caf_number IN ('9300001', '9300002') ORDER BY b.first_names"))
        .containsExactly(
            "Marc|beneficiary.created|1984|7|M|true|2|2|false",
            "Rose|beneficiary.created|2001|11|F|false|0|3|true",
            "Zoé|beneficiary.created|1986|3|F|true|2|2|false");
    assertThat(
            ownerRows(
                "SELECT e.payload FROM outbox_event e JOIN beneficiary b ON e.aggregate_id ="
                    + " b.id::text WHERE b.caf_number = '9300001'"))
        .allSatisfy(
            payload ->
                assertThat(payload)
                    .doesNotContain("TRAIT", "Marc", "Zoé", "1984-07-09", "9300001", "920001"));

    // out of the département's scope now (a right refused, not an exit): the new state is told
    write(
        flow(
            "2026-11-30",
            household(
                "920001",
                "9300001",
                1,
                null,
                person("MR", "TRAIT", "Marc", "1984-07-09", "DEM", 1)
                    + person("MME", "TRAIT", "Zoé", "1986-03-04", "CJT", 1))));
    assertThat(
            ownerRows(
                "SELECT e.type, p->>'rightState', p->>'rightSuspended', p->>'hasPartner',"
                    + " p->>'children', p->>'birthYear' FROM (SELECT id, type, aggregate_id,"
                    + " payload::json AS p FROM outbox_event) e JOIN beneficiary b"
                    + " ON e.aggregate_id = b.id::text"
                    + " WHERE b.first_names = 'Marc' AND b.caf_number = '9300001' ORDER BY e.id"))
        .containsExactly(
            "beneficiary.created|2|false|true|2|1984", "beneficiary.updated|1|false|true|0|1984");
  }

  private static List<String> rows(String sql) throws SQLException {
    try (Connection c = CafIdentityChunkTest.appOf(db)) {
      return rows(c, sql);
    }
  }

  /** As the tables' owner (the application's role cannot read the outbox), in tenant 08. */
  private static List<String> ownerRows(String sql) throws SQLException {
    try (Connection c = db.ownerDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("SELECT set_config('app.tenant_id', '08', false)");
      return rows(c, sql);
    }
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        out.add(b.toString());
      }
    }
    return out;
  }
}
