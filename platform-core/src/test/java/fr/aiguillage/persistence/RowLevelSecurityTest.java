package fr.aiguillage.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguillage.testing.EmbeddedDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second lock: with the JPA filter bypassed entirely (raw SQL as the application role), a
 * tenant sees and touches only its own rows, and no tenant means no rows.
 */
class RowLevelSecurityTest {
  static EmbeddedDatabase db;
  static UUID ardennesPerson = UUID.randomUUID();
  static UUID nordPerson = UUID.randomUUID();

  @BeforeAll
  static void migrateAndSeed() throws Exception {
    db = EmbeddedDatabase.start(Files.createTempDirectory("rls"), 0, false);
    db.migrate();
    try (Connection c = db.ownerDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO tenant (code, name) VALUES ('08', 'Ardennes'), ('59', 'Nord')");
      s.execute(
          "INSERT INTO partner_organisation (id, name) VALUES ('plie-ardennes', 'PLIE'), ('france-travail', 'FT')");
      insertAs(c, "08", ardennesPerson, "Ardennais");
      insertAs(c, "59", nordPerson, "Nordiste");
      c.setAutoCommit(false);
      tenant(c, "08");
      s.execute(
          "INSERT INTO structure (id, tenant_id, name, kind, partner_org_id) VALUES (gen_random_uuid(), '08', 'PLIE', 'PLIE', 'plie-ardennes'),"
              + " (gen_random_uuid(), '08', 'FT 08', 'FRANCE_TRAVAIL', 'france-travail')");
      tenant(c, "59");
      s.execute(
          "INSERT INTO structure (id, tenant_id, name, kind, partner_org_id) VALUES (gen_random_uuid(), '59', 'FT 59', 'FRANCE_TRAVAIL', 'france-travail'),"
              + " (gen_random_uuid(), '59', 'Asso', 'ASSOCIATION', NULL)");
      c.commit();
    }
  }

  @AfterAll
  static void stop() throws Exception {
    db.close();
  }

  @Test
  void aTenantSeesOnlyItsRowsThroughRawSql() throws SQLException {
    try (Connection c = app()) {
      tenant(c, "08");
      assertThat(names(c, "SELECT last_name FROM beneficiary")).containsExactly("Ardennais");
      assertThat(count(c, "SELECT count(*) FROM beneficiary WHERE id = '" + nordPerson + "'"))
          .isZero();
    }
  }

  @Test
  void noTenantSetMeansNoRows() throws SQLException {
    try (Connection c = app()) {
      c.setAutoCommit(true);
      assertThat(count(c, "SELECT count(*) FROM beneficiary")).isZero();
      assertThat(count(c, "SELECT count(*) FROM territory")).isZero();
      assertThat(count(c, "SELECT count(*) FROM structure")).isZero();
      assertThat(count(c, "SELECT count(*) FROM audit_log")).isZero();
    }
  }

  @Test
  void criteriaVersionsStayInTheirDepartement() throws SQLException {
    try (Connection c = db.ownerDataSource().getConnection()) {
      c.setAutoCommit(false);
      tenant(c, "59");
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO criteria_version (id, tenant_id, version, status, questionnaire_version, rules, created_at, created_by)"
                + " VALUES (gen_random_uuid(), '59', 1, 'DRAFT', 1, '[]', now(), 'admin-59')");
      }
      c.commit();
    }
    try (Connection c = app()) {
      tenant(c, "08");
      assertThat(count(c, "SELECT count(*) FROM criteria_version")).isZero();
      c.rollback();
      tenant(c, "59");
      assertThat(count(c, "SELECT count(*) FROM criteria_version")).isEqualTo(1);
    }
  }

  @Test
  void contractTemplatesAndActionsStayInTheirDepartement() throws SQLException {
    try (Connection c = db.ownerDataSource().getConnection()) {
      c.setAutoCommit(false);
      tenant(c, "08");
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO contract_template (id, tenant_id, kind, version, status, title, sections, legal_mentions, created_at, created_by)"
                + " VALUES (gen_random_uuid(), '08', 'CER', 1, 'DRAFT', 'CER', '[]', '[]', now(), 'admin-08')");
        s.execute(
            "INSERT INTO contract_action (tenant_id, code, label, category, position, updated_at, updated_by)"
                + " VALUES ('08', 'mobilite', 'Mobilité', 'MOBILITY', 1, now(), 'admin-08')");
      }
      c.commit();
    }
    try (Connection c = app()) {
      tenant(c, "59");
      assertThat(count(c, "SELECT count(*) FROM contract_template")).isZero();
      assertThat(count(c, "SELECT count(*) FROM contract_action")).isZero();
      try (Statement s = c.createStatement()) {
        assertThat(s.executeUpdate("UPDATE contract_template SET title = 'Pirate'")).isZero();
        assertThatThrownBy(
                () ->
                    s.execute(
                        "INSERT INTO contract_action (tenant_id, code, label, category, position, updated_at, updated_by)"
                            + " VALUES ('08', 'intrus', 'Intrus', 'OTHER', 2, now(), 'agent-59')"))
            .hasMessageContaining("row-level security");
      }
      c.rollback();
      tenant(c, "08");
      assertThat(count(c, "SELECT count(*) FROM contract_template WHERE kind = 'CER'"))
          .isEqualTo(1);
      assertThat(count(c, "SELECT count(*) FROM contract_action")).isEqualTo(1);
    }
    try (Connection c = app()) {
      c.setAutoCommit(true);
      assertThat(count(c, "SELECT count(*) FROM contract_template"))
          .as("no tenant, no rows")
          .isZero();
    }
  }

  @Test
  void contractsTheirSignaturesStepsAndCodesStayInTheirDepartement() throws SQLException {
    String[] tables = {
      "contract", "contract_signature", "contract_step", "contract_signature_code"
    };
    try (Connection c = db.ownerDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("SELECT open_missing_orientations('test')");
      c.setAutoCommit(false);
      tenant(c, "08");
      s.execute(
          "INSERT INTO contract_template (id, tenant_id, kind, version, status, title, sections,"
              + " legal_mentions, effective_from, created_at, created_by) VALUES"
              + " ('00000000-0000-0000-0000-0000000000c1', '08', 'CONTRAT_ENGAGEMENT', 1,"
              + " 'PUBLISHED', 'CE', '[]', '[]', '2026-01-01', now(), 'admin-08')");
      String sha = "'" + "ab".repeat(32) + "'";
      s.execute(
          "INSERT INTO contract (id, tenant_id, beneficiary_id, person_name, orientation_id, kind,"
              + " template_id, template_version, referent_id, referent_name, author_body,"
              + " start_date, duration_months, review_on, plan, state, state_since, rendered,"
              + " document_sha256, document_pdf, partner_org_id, contract_version, created_at,"
              + " created_by, updated_at, updated_by) SELECT"
              + " '00000000-0000-0000-0000-0000000000c2', '08', o.beneficiary_id, 'Ardennais',"
              + " o.id, 'CONTRAT_ENGAGEMENT', '00000000-0000-0000-0000-0000000000c1', 1,"
              + " gen_random_uuid(), 'Réf', 'PARTNER', '2026-03-01', 6, '2026-06-01', '{}',"
              + " 'TO_SIGN', now(), '{}', "
              + sha
              + ", '\\x255044462d'::bytea, 'plie-ardennes', 1, now(), 'r', now(), 'r' FROM orientation o WHERE o.beneficiary_id = '"
              + ardennesPerson
              + "'");
      s.execute(
          "INSERT INTO contract_signature (id, tenant_id, contract_id, signer, signer_id, method,"
              + " signed_at, document_sha256, typed_name, consent) VALUES (gen_random_uuid(),"
              + " '08', '00000000-0000-0000-0000-0000000000c2', 'REFERENT', gen_random_uuid(),"
              + " 'IN_PERSON', now(), "
              + sha
              + ", 'Réf', true)");
      s.execute(
          "INSERT INTO contract_step (id, tenant_id, contract_id, orientation_id, step, to_state,"
              + " at, actor) SELECT gen_random_uuid(), '08', c.id, c.orientation_id, 'DRAFTED',"
              + " 'DRAFT', now(), 'r' FROM contract c");
      s.execute(
          "INSERT INTO contract_signature_code (id, tenant_id, contract_id, salt, hash, issued_at,"
              + " expires_at) VALUES (gen_random_uuid(), '08',"
              + " '00000000-0000-0000-0000-0000000000c2', 's', 'h', now(),"
              + " now() + interval '10 minutes')");
      c.commit();
    }
    try (Connection c = app()) {
      tenant(c, "59");
      for (String table : tables) {
        assertThat(count(c, "SELECT count(*) FROM " + table)).as(table).isZero();
      }
      try (Statement s = c.createStatement()) {
        assertThat(s.executeUpdate("UPDATE contract SET state = 'CANCELLED'")).isZero();
        assertThat(s.executeUpdate("UPDATE contract_signature_code SET failed_attempts = 0"))
            .isZero();
        assertThatThrownBy(
                () ->
                    s.execute(
                        "INSERT INTO contract_step (id, tenant_id, contract_id, orientation_id,"
                            + " step, to_state, at, actor) SELECT gen_random_uuid(), '08',"
                            + " gen_random_uuid(), gen_random_uuid(), 'EDITED', 'DRAFT', now(),"
                            + " 'agent-59'"))
            .hasMessageContaining("row-level security");
      }
      c.rollback();
      tenant(c, "08");
      for (String table : tables) {
        assertThat(count(c, "SELECT count(*) FROM " + table)).as(table).isEqualTo(1);
      }
      try (Statement s = c.createStatement()) {
        assertThatThrownBy(() -> s.execute("DELETE FROM contract_signature"))
            .as("a signature is never deleted")
            .hasMessageContaining("permission denied");
      }
    }
    try (Connection c = app()) {
      c.setAutoCommit(true);
      for (String table : tables) {
        assertThat(count(c, "SELECT count(*) FROM " + table)).as("no tenant: " + table).isZero();
      }
    }
    try (Connection c = app()) {
      partner(c, "plie-ardennes");
      assertThat(count(c, "SELECT count(*) FROM contract"))
          .as("the organisation that wrote it reads it, in any département")
          .isEqualTo(1);
      assertThat(count(c, "SELECT count(*) FROM contract_signature")).isZero();
      c.rollback();
      partner(c, "france-travail");
      assertThat(count(c, "SELECT count(*) FROM contract")).as("another organisation").isZero();
      try (Statement s = c.createStatement()) {
        assertThat(s.executeUpdate("UPDATE contract SET state = 'CANCELLED'")).isZero();
      }
      c.rollback();
    }
  }

  @Test
  void theOwnerTooNeedsATenantBecauseRlsIsForced() throws SQLException {
    try (Connection c = db.ownerDataSource().getConnection()) {
      assertThat(count(c, "SELECT count(*) FROM beneficiary")).isZero();
    }
  }

  @Test
  void writesToAnotherTenantAreRefusedOrMissTheirTarget() throws SQLException {
    try (Connection c = app()) {
      tenant(c, "08");
      assertThatThrownBy(() -> insert(c, "59", UUID.randomUUID(), "Intrus"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("row-level security");
      c.rollback();
      tenant(c, "08");
      try (Statement s = c.createStatement()) {
        assertThat(
                s.executeUpdate(
                    "UPDATE beneficiary SET last_name = 'Pirate' WHERE id = '" + nordPerson + "'"))
            .isZero();
        assertThat(
                s.executeUpdate(
                    "UPDATE beneficiary SET tenant_id = '59' WHERE id = '" + ardennesPerson + "'"))
            .isZero();
      }
    } catch (SQLException moved) {
      assertThat(moved.getMessage()).contains("row-level security");
    }
  }

  @Test
  void aPooledConnectionDoesNotKeepTheTenantAfterTheTransaction() throws SQLException {
    try (Connection c = app()) {
      tenant(c, "08");
      assertThat(count(c, "SELECT count(*) FROM beneficiary")).isEqualTo(1);
      c.commit();
      assertThat(count(c, "SELECT count(*) FROM beneficiary"))
          .as("next transaction, tenant unset")
          .isZero();
    }
  }

  @Test
  void aPartnerOrganisationReadsOnlyItsStructuresAcrossDepartements() throws SQLException {
    try (Connection c = app()) {
      partner(c, "france-travail");
      assertThat(names(c, "SELECT name FROM structure ORDER BY name"))
          .containsExactly("FT 08", "FT 59");
      assertThat(count(c, "SELECT count(*) FROM beneficiary")).isZero();
      try (Statement s = c.createStatement()) {
        assertThat(s.executeUpdate("UPDATE structure SET capacity = 1"))
            .as("partners read, never write")
            .isZero();
      }
    }
  }

  @Test
  void theAuditLogAndTheOutboxAreAppendOnlyForTheApplication() throws SQLException {
    try (Connection c = app()) {
      tenant(c, "08");
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO audit_log (tenant_id, at, actor, action, subject_type) VALUES ('08', now(), 't', 'READ', 'beneficiary')");
        assertThatThrownBy(() -> s.execute("DELETE FROM audit_log"))
            .hasMessageContaining("permission denied");
      }
      c.rollback();
      tenant(c, "08");
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO outbox_event (event_id, tenant_id, aggregate_type, aggregate_id, type, occurred_at, payload)"
                + " VALUES (gen_random_uuid(), '08', 'beneficiary', 'x', 'beneficiary.created', now(), '{}')");
        assertThatThrownBy(() -> s.executeQuery("SELECT * FROM outbox_event"))
            .hasMessageContaining("permission denied");
      }
      c.rollback();
      tenant(c, "08");
      try (Statement s = c.createStatement()) {
        assertThatThrownBy(
                () ->
                    s.execute(
                        "INSERT INTO outbox_event (event_id, tenant_id, aggregate_type, aggregate_id, type, occurred_at, payload)"
                            + " VALUES (gen_random_uuid(), '59', 'beneficiary', 'x', 'beneficiary.created', now(), '{}')"))
            .hasMessageContaining("row-level security");
      }
    }
  }

  @Test
  void orientationsTheirHistoryAndReferralsStayInTheirDepartement() throws SQLException {
    try (Connection c = db.ownerDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("SELECT open_missing_orientations('test')");
      c.setAutoCommit(false);
      tenant(c, "08");
      s.execute(
          "INSERT INTO referral (id, tenant_id, orientation_id, beneficiary_id, pathway, structure_id, partner_org_id, status, sent_at, sent_by, due_at, remind_at)"
              + " SELECT gen_random_uuid(), '08', o.id, o.beneficiary_id, 'SOCIAL', st.id, st.partner_org_id, 'PENDING', now(), 't', now(), now()"
              + " FROM orientation o, structure st WHERE st.name = 'PLIE'");
      c.commit();
    }
    try (Connection c = app()) {
      tenant(c, "08");
      assertThat(
              count(
                  c,
                  "SELECT count(*) FROM orientation WHERE beneficiary_id = '"
                      + ardennesPerson
                      + "'"))
          .isEqualTo(1);
      assertThat(
              count(
                  c,
                  "SELECT count(*) FROM orientation WHERE beneficiary_id = '" + nordPerson + "'"))
          .as("another département's orientation, by its person's id")
          .isZero();
      assertThat(count(c, "SELECT count(*) FROM orientation_transition")).isEqualTo(1);
      assertThat(count(c, "SELECT count(*) FROM referral")).isEqualTo(1);
      try (Statement s = c.createStatement()) {
        assertThatThrownBy(() -> s.execute("UPDATE orientation_transition SET actor = 'faussaire'"))
            .as("the history is append-only")
            .hasMessageContaining("permission denied");
      }
      c.rollback();
      tenant(c, "59");
      assertThat(count(c, "SELECT count(*) FROM orientation_transition")).isEqualTo(1);
      assertThat(count(c, "SELECT count(*) FROM referral")).isZero();
      c.rollback();
      partner(c, "plie-ardennes");
      assertThat(count(c, "SELECT count(*) FROM referral"))
          .as("addressed to its structure")
          .isEqualTo(1);
      assertThat(count(c, "SELECT count(*) FROM orientation")).isZero();
      assertThat(count(c, "SELECT count(*) FROM beneficiary"))
          .as("the person addressed to it, and only that person")
          .isEqualTo(1);
      assertThat(count(c, "SELECT count(*) FROM beneficiary WHERE id = '" + ardennesPerson + "'"))
          .isEqualTo(1);
      try (Statement s = c.createStatement()) {
        assertThat(s.executeUpdate("UPDATE beneficiary SET last_name = 'X'"))
            .as("read-only for the partner")
            .isZero();
      }
      c.rollback();
      partner(c, "france-travail");
      assertThat(count(c, "SELECT count(*) FROM referral")).isZero();
      assertThat(count(c, "SELECT count(*) FROM beneficiary")).isZero();
    }
  }

  @Test
  void noticesStayInTheirDepartement() throws SQLException {
    try (Connection c = db.ownerDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("SELECT open_missing_orientations('test')");
      c.setAutoCommit(false);
      tenant(c, "08");
      s.execute(
          "INSERT INTO notification (id, tenant_id, kind, channel, orientation_id, beneficiary_id,"
              + " body, status, created_at, created_by)"
              + " SELECT gen_random_uuid(), '08', 'DECISION', 'LETTER', o.id, o.beneficiary_id, '{}',"
              + " 'TO_PRINT', now(), 't' FROM orientation o");
      c.commit();
    }
    try (Connection c = app()) {
      tenant(c, "08");
      assertThat(count(c, "SELECT count(*) FROM notification")).isEqualTo(1);
      c.rollback();
      tenant(c, "59");
      assertThat(count(c, "SELECT count(*) FROM notification")).isZero();
      try (Statement s = c.createStatement()) {
        assertThat(s.executeUpdate("UPDATE notification SET status = 'PRINTED'"))
            .as("another département's letter cannot be marked as posted")
            .isZero();
      }
      c.rollback();
      partner(c, "plie-ardennes");
      assertThat(count(c, "SELECT count(*) FROM notification")).isZero();
    }
  }

  @Test
  void slotsAndAppointmentsStayInTheirDepartementAndWithTheirPartner() throws SQLException {
    try (Connection c = db.ownerDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("SELECT open_missing_orientations('test')");
      c.setAutoCommit(false);
      for (String t : new String[] {"08", "59"}) {
        tenant(c, t);
        s.execute(
            "INSERT INTO slot (id, tenant_id, structure_id, partner_org_id, starts_at, ends_at,"
                + " modality, status, created_by, created_at)"
                + " SELECT gen_random_uuid(), '"
                + t
                + "', st.id, st.partner_org_id, now() + interval '1 day',"
                + " now() + interval '25 hours', 'TELEPHONE', 'BOOKED', 't', now()"
                + " FROM structure st WHERE st.name IN ('PLIE', 'FT 59')");
      }
      tenant(c, "08");
      s.execute(
          "INSERT INTO referral (id, tenant_id, orientation_id, beneficiary_id, pathway, structure_id, partner_org_id, status, sent_at, sent_by, due_at, remind_at)"
              + " SELECT gen_random_uuid(), '08', o.id, o.beneficiary_id, 'SOCIAL', st.id, st.partner_org_id, 'ACCEPTED', now(), 't', now(), now()"
              + " FROM orientation o, structure st WHERE st.name = 'PLIE'");
      s.execute(
          "INSERT INTO appointment (id, tenant_id, slot_id, referral_id, orientation_id,"
              + " beneficiary_id, structure_id, partner_org_id, motif, modality, starts_at, ends_at,"
              + " initiator, status, booked_by, booked_at)"
              + " SELECT gen_random_uuid(), '08', sl.id, r.id, r.orientation_id, r.beneficiary_id,"
              + " sl.structure_id, sl.partner_org_id, 'ACC', sl.modality, sl.starts_at, sl.ends_at,"
              + " 'PARTENAIRE', 'BOOKED', 't', now()"
              + " FROM slot sl JOIN referral r ON r.structure_id = sl.structure_id"
              + " AND r.status = 'ACCEPTED' LIMIT 1");
      c.commit();
    }
    try (Connection c = app()) {
      tenant(c, "08");
      assertThat(count(c, "SELECT count(*) FROM slot")).isEqualTo(1);
      assertThat(count(c, "SELECT count(*) FROM appointment")).isEqualTo(1);
      c.rollback();
      tenant(c, "59");
      assertThat(count(c, "SELECT count(*) FROM slot")).isEqualTo(1);
      assertThat(count(c, "SELECT count(*) FROM appointment"))
          .as("another département's appointments")
          .isZero();
      try (Statement s = c.createStatement()) {
        assertThat(s.executeUpdate("UPDATE appointment SET status = 'CANCELLED'")).isZero();
      }
      c.rollback();
      partner(c, "plie-ardennes");
      assertThat(count(c, "SELECT count(*) FROM slot")).as("its structure's slots").isEqualTo(1);
      assertThat(count(c, "SELECT count(*) FROM appointment")).isEqualTo(1);
      try (Statement s = c.createStatement()) {
        assertThat(s.executeUpdate("UPDATE slot SET status = 'WITHDRAWN'"))
            .as("a partner writes only from inside the département")
            .isZero();
        assertThat(s.executeUpdate("UPDATE appointment SET status = 'SEEN'")).isZero();
      }
      c.rollback();
      partner(c, "france-travail");
      assertThat(count(c, "SELECT count(*) FROM slot"))
          .as("France Travail's own slot")
          .isEqualTo(1);
      assertThat(count(c, "SELECT count(*) FROM appointment")).isZero();
      c.rollback();
      tenant(c, "08");
      try (Statement s = c.createStatement()) {
        assertThatThrownBy(
                () ->
                    s.execute(
                        "INSERT INTO appointment (id, tenant_id, slot_id, referral_id,"
                            + " orientation_id, beneficiary_id, structure_id, partner_org_id, motif,"
                            + " modality, starts_at, ends_at, initiator, status, booked_by,"
                            + " booked_at) SELECT gen_random_uuid(), '08', a.slot_id, a.referral_id,"
                            + " a.orientation_id, a.beneficiary_id, a.structure_id, a.partner_org_id,"
                            + " 'ACC', a.modality, a.starts_at, a.ends_at, 'DEPARTEMENT', 'BOOKED',"
                            + " 'u', now() FROM appointment a"))
            .as("one live appointment per slot, even for a raw insert")
            .hasMessageContaining("appointment_one_per_slot");
      }
    }
  }

  @Test
  void aDepartementAppendsPartnerDeliveriesThatOnlyThePartnerReads() throws SQLException {
    try (Connection c = app()) {
      tenant(c, "08");
      try (Statement s = c.createStatement()) {
        assertThat(
                s.executeUpdate(
                    "INSERT INTO partner_delivery (id, partner_org_id, event_id, event_type,"
                        + " aggregate_id, body, status, next_attempt_at, created_at) VALUES"
                        + " (gen_random_uuid(), 'plie-ardennes', gen_random_uuid(), 't', 'a', '{}',"
                        + " 'PENDING', now(), now())"))
            .as("the département's transaction appends the partner's delivery")
            .isEqualTo(1);
      }
      assertThat(count(c, "SELECT count(*) FROM partner_delivery")).as("and reads none").isZero();
      c.commit();
      partner(c, "plie-ardennes");
      assertThat(count(c, "SELECT count(*) FROM partner_delivery")).isEqualTo(1);
      c.rollback();
      partner(c, "france-travail");
      assertThat(count(c, "SELECT count(*) FROM partner_delivery")).isZero();
      try (Statement s = c.createStatement()) {
        assertThat(s.executeUpdate("UPDATE partner_delivery SET status = 'DEAD'")).isZero();
        assertThatThrownBy(
                () ->
                    s.execute(
                        "INSERT INTO partner_webhook (partner_org_id, url, secret, updated_by,"
                            + " updated_at) VALUES ('plie-ardennes', 'https://x', 's', 'u', now())"))
            .as("nobody sets another organisation's endpoint")
            .hasMessageContaining("row-level security");
      }
    }
  }

  @Test
  void theApplicationRoleCannotChangeTheSchema() throws SQLException {
    try (Connection c = app();
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute("ALTER TABLE beneficiary DISABLE ROW LEVEL SECURITY"))
          .hasMessageContaining("must be owner");
      c.rollback();
      assertThatThrownBy(() -> s.execute("CREATE TABLE evil (id int)"))
          .hasMessageContaining("permission denied");
    }
  }

  private static Connection app() throws SQLException {
    DataSource ds = db.appDataSource();
    Connection c = ds.getConnection();
    c.setAutoCommit(false);
    return c;
  }

  static void tenant(Connection c, String tenant) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
      ps.setString(1, tenant);
      ps.execute();
    }
  }

  static void partner(Connection c, String org) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT set_config('app.partner_org', ?, true)")) {
      ps.setString(1, org);
      ps.execute();
    }
  }

  private static void insertAs(Connection c, String tenant, UUID id, String name)
      throws SQLException {
    c.setAutoCommit(false);
    tenant(c, tenant);
    insert(c, tenant, id, name);
    c.commit();
    c.setAutoCommit(true);
  }

  private static void insert(Connection c, String tenant, UUID id, String name)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO beneficiary (id, tenant_id, civility, last_name, first_names, birth_date, caf_number, household_role,"
                + " rsa_claim_date, status, search_key, created_at, updated_at)"
                + " VALUES (?, ?, 'MADAME', ?, 'Test', '1980-01-01', '1234567', 'CLAIMANT', '2026-01-01', 'INTAKE', ?, now(), now())")) {
      ps.setObject(1, id);
      ps.setString(2, tenant);
      ps.setString(3, name);
      ps.setString(4, name.toLowerCase());
      ps.executeUpdate();
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static java.util.List<String> names(Connection c, String sql) throws SQLException {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
