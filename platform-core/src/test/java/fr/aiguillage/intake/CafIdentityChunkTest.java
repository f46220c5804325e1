package fr.aiguillage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.testing.EmbeddedDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 1 against a real PostgreSQL: without a birth date, the CAF number and the role
 * identify the person (once, unambiguously); the same file twice changes nothing; a later list with
 * the birth date completes the file instead of creating a second person.
 */
class CafIdentityChunkTest {
  static EmbeddedDatabase db;

  @BeforeAll
  static void migrate() throws Exception {
    db = EmbeddedDatabase.start(Files.createTempDirectory("caf-identity"), 0, false);
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

  static Staged row(String caf, Map<String, Object> changes) {
    return Objects.requireNonNull(
        IntakeRowsTest.readJson(List.of(IntakeRowsTest.person(caf, changes))).get(0).staged());
  }

  @Test
  void withoutBirthDateTheCafNumberAndRoleIdentifyThePersonAndASecondRunChangesNothing()
      throws SQLException {
    Staged noBirth = row("8100001", Map.of("birthDate", "", "rsaClaimDate", ""));
    assertThat(write(List.of(noBirth)).created()).isEqualTo(1);
    ChunkWriter.Counts again = write(List.of(noBirth));
    assertThat(again.unchanged()).as("the same file twice").isEqualTo(1);
    assertThat(again.created()).isZero();

    // a later list gives the birth date: the same person, completed
    ChunkWriter.Counts completed = write(List.of(row("8100001", Map.of("rsaClaimDate", ""))));
    assertThat(completed.created()).isZero();
    assertThat(completed.updated()).isEqualTo(1);
    assertThat(one("SELECT birth_date FROM beneficiary WHERE caf_number = '8100001'"))
        .isEqualTo(java.sql.Date.valueOf(LocalDate.of(1990, 5, 3)));
    assertThat(one("SELECT count(*) FROM beneficiary WHERE caf_number = '8100001'")).isEqualTo(1L);
    assertThat(one("SELECT rsa_claim_date FROM beneficiary WHERE caf_number = '8100001'"))
        .as("never a made-up claim date")
        .isNull();
    assertThat(one("SELECT listed_on IS NOT NULL FROM beneficiary WHERE caf_number = '8100001'"))
        .isEqualTo(true);
  }

  @Test
  void aRowWithoutBirthDateMatchingTwoPeopleIsRefusedWithTheReason() throws SQLException {
    // two spouses in turn on the same CAF number (a new partner): two people, two birth dates
    write(List.of(row("8200001", Map.of("householdRole", "CJT", "birthDate", "1980-01-02"))));
    write(List.of(row("8200001", Map.of("householdRole", "CJT", "birthDate", "1985-03-04"))));
    ChunkWriter.Counts c =
        write(List.of(row("8200001", Map.of("householdRole", "CJT", "birthDate", ""))));
    assertThat(c.created() + c.updated() + c.unchanged()).isZero();
    assertThat(c.problems())
        .extracting(Problem::message)
        .containsExactly(
            "Plusieurs personnes suivies ont ce numéro allocataire et ce rôle : ajoutez la date de"
                + " naissance ou le NIR pour dire laquelle.");
  }

  @Test
  void twoRowsOfOneFileForTheSamePersonOneWithoutBirthDateAreADuplicate() throws SQLException {
    write(List.of(row("8300001", Map.of())));
    Staged withBirth = row("8300001", Map.of());
    Staged without = row("8300001", Map.of("birthDate", ""));
    Staged second =
        IntakeRowsTest.readJson(
                List.of(
                    IntakeRowsTest.person("8300001", Map.of()),
                    IntakeRowsTest.person("8300001", Map.of("birthDate", ""))))
            .get(1)
            .staged();
    ChunkWriter.Counts c = write(List.of(withBirth, second));
    assertThat(c.problems())
        .extracting(Problem::row, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                2, "Ligne en double : la même personne est déjà à la ligne 1."));
    assertThat(without.birthDate()).isNull();
  }

  private static Object one(String sql) throws SQLException {
    try (Connection c = app();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getObject(1);
    }
  }

  static ChunkWriter.Counts write(List<Staged> rows) throws SQLException {
    try (Connection c = app()) {
      try {
        ChunkWriter.Counts counts =
            ChunkWriter.write(c, UUID.randomUUID(), "agent-08", "test", rows);
        c.commit();
        return counts;
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** The application's role, subject to row-level security, in a transaction of tenant 08. */
  static Connection app() throws SQLException {
    return appOf(db);
  }

  static Connection appOf(EmbeddedDatabase db) throws SQLException {
    Connection c = db.appDataSource().getConnection();
    c.setAutoCommit(false);
    try (PreparedStatement ps =
        c.prepareStatement("SELECT set_config('app.tenant_id', '08', true)")) {
      ps.execute();
    }
    return c;
  }
}
