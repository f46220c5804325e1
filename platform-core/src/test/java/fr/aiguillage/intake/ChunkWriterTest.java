package fr.aiguillage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.aiguillage.beneficiary.BeneficiaryLimits;
import fr.aiguillage.testing.EmbeddedDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import's row checks against a real PostgreSQL: the limits are the columns' lengths, a row at
 * the limits is written, and the rows the checks stop are ones the database would refuse with a
 * data exception (which would fail a whole chunk).
 */
class ChunkWriterTest {
  static EmbeddedDatabase db;

  @BeforeAll
  static void migrate() throws Exception {
    db = EmbeddedDatabase.start(Files.createTempDirectory("intake"), 0, false);
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

  @Test
  void everyLimitIsTheLengthOfItsColumn() throws SQLException {
    Map<String, Integer> columns = new HashMap<>();
    try (Connection c = db.ownerDataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT column_name, character_maximum_length FROM information_schema.columns"
                    + " WHERE table_name = 'beneficiary' AND character_maximum_length IS NOT NULL")) {
      while (rs.next()) {
        columns.put(rs.getString(1), rs.getInt(2));
      }
    }
    assertThat(columns)
        .containsEntry("civility", BeneficiaryLimits.CIVILITY)
        .containsEntry("last_name", BeneficiaryLimits.LAST_NAME)
        .containsEntry("birth_name", BeneficiaryLimits.BIRTH_NAME)
        .containsEntry("first_names", BeneficiaryLimits.FIRST_NAMES)
        .containsEntry("household_role", BeneficiaryLimits.HOUSEHOLD_ROLE)
        .containsEntry("email", BeneficiaryLimits.EMAIL)
        .containsEntry("referent_email", BeneficiaryLimits.EMAIL)
        .containsEntry("address_line", BeneficiaryLimits.ADDRESS_LINE)
        .containsEntry("address_complement", BeneficiaryLimits.ADDRESS_COMPLEMENT)
        .containsEntry("postal_code", BeneficiaryLimits.POSTAL_CODE)
        .containsEntry("commune_name", BeneficiaryLimits.COMMUNE_NAME)
        .containsEntry("commune_insee", BeneficiaryLimits.COMMUNE_INSEE)
        .containsEntry("france_travail_id", BeneficiaryLimits.FRANCE_TRAVAIL_ID)
        .containsEntry("tags", BeneficiaryLimits.TAGS);
    // stored normalised: 13 digits, +33 and 9 digits
    assertThat(columns.get("caf_number")).isGreaterThanOrEqualTo(13);
    assertThat(columns.get("phone")).isGreaterThanOrEqualTo(12);
    assertThat(columns.get("phone_2")).isGreaterThanOrEqualTo(12);
  }

  @Test
  void aRowAtTheLimitsIsWrittenOnceAndTheBadRowsNeverReachTheDatabase() throws SQLException {
    Map<String, Object> longest =
        IntakeRowsTest.person(
            "6100001",
            Map.of(
                "lastName", "L".repeat(100),
                "firstNames", "Léa".repeat(50),
                "addressLine", "a".repeat(200),
                "addressComplement", "b".repeat(200),
                "communeName", "c".repeat(120),
                "email", "e".repeat(243) + "@exemple.fr",
                "referentEmail", "r".repeat(243) + "@exemple.fr",
                "franceTravailId", "F".repeat(20),
                "tags", "t".repeat(500)));
    List<IntakeRows.Outcome> out =
        IntakeRowsTest.readJson(
            List.of(
                longest,
                IntakeRowsTest.person("6100002", Map.of("addressLine", "x".repeat(100 * 1024))),
                IntakeRowsTest.person("6100003", Map.of("addressLine", "1 rue\u0000Haute"))));
    assertThat(out.get(0).problems()).isEmpty();
    assertThat(out.get(1).problems()).extracting(Problem::row).containsExactly(2);
    assertThat(out.get(2).problems()).extracting(Problem::row).containsExactly(3);
    List<Staged> staged =
        out.stream().map(IntakeRows.Outcome::staged).filter(Objects::nonNull).toList();

    UUID run = UUID.randomUUID();
    assertThat(write(run, staged).created()).isEqualTo(1);
    assertThat(write(UUID.randomUUID(), staged).unchanged()).as("the same rows again").isEqualTo(1);
    try (Connection c = app()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT length(address_line), length(tags) FROM beneficiary WHERE caf_number = ?"); ) {
        ps.setString(1, "6100001");
        try (ResultSet rs = ps.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(200);
          assertThat(rs.getInt(2)).isEqualTo(500);
        }
      }
    }
  }

  @Test
  void withoutTheChecksTheDatabaseRefusesTheWholeChunkWithADataException() throws SQLException {
    Staged good = staged("6200001", "1 rue Haute");
    for (String address : List.of("x".repeat(100 * 1024), "1 rue\u0000Haute")) {
      SQLException e =
          catchThrowableOfType(
              SQLException.class,
              () -> write(UUID.randomUUID(), List.of(good, staged("6200002", address))));
      assertThat(e.getSQLState()).as(e.getMessage()).startsWith("22");
    }
    try (Connection c = app();
        PreparedStatement ps =
            c.prepareStatement("SELECT count(*) FROM beneficiary WHERE caf_number = '6200001'");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      assertThat(rs.getInt(1)).as("nothing of the chunk was written").isZero();
    }
  }

  /**
   * The import writes its events in SQL ({@code json_build_object}); they must be exactly the Java
   * records the rest of the platform publishes for the same types: the same fields, no more, no
   * fewer, each of the JSON type its component is read from.
   */
  @Test
  void theEventsBuiltInSqlAreTheJavaRecordsOfTheirTypes() throws Exception {
    assertThat(write(UUID.randomUUID(), List.of(staged("6300001", "2 rue Basse"))).created())
        .isEqualTo(1);
    Map<String, Class<? extends Record>> recordOf = new HashMap<>();
    try (Connection c = db.ownerDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("SELECT set_config('app.tenant_id', '08', false)");
      readEvents(s, recordOf);
    }
    assertThat(recordOf.keySet())
        .as("a new person's events")
        .contains("beneficiary.created")
        .anyMatch(t -> t.startsWith("orientation."));
  }

  /**
   * A new person's rows are keyed by time-ordered identifiers (the layout of a UUID version 7: the
   * time in milliseconds first), so that a chunk's rows go to the end of each index; and their
   * orientation, first step and events, written from the stage, are those of the person written.
   */
  @Test
  void aNewPersonsRowsHaveTimeOrderedIdsAndTheirOrientationStepAndEventsAreThePersons()
      throws Exception {
    long before = System.currentTimeMillis();
    assertThat(write(UUID.randomUUID(), List.of(staged("6400001", "3 rue Neuve"))).created())
        .isEqualTo(1);
    long after = System.currentTimeMillis();
    try (Connection c = db.ownerDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("SELECT set_config('app.tenant_id', '08', false)");
      try (ResultSet rs =
          s.executeQuery(
              "SELECT b.id, o.id, t.id, b.status, o.state, t.from_state, t.to_state, t.actor"
                  + " FROM beneficiary b JOIN orientation o ON o.beneficiary_id = b.id"
                  + " JOIN orientation_transition t ON t.orientation_id = o.id"
                  + " WHERE b.caf_number = '6400001'")) {
        assertThat(rs.next()).as("one orientation and its first step").isTrue();
        for (int i = 1; i <= 3; i++) {
          assertTimeOrdered(rs.getObject(i, UUID.class), before, after);
        }
        // no rights-and-duties date: the file and its orientation are opened at intake
        assertThat(rs.getString(4)).isEqualTo("INTAKE");
        assertThat(rs.getString(5)).as("the orientation has the file's state").isEqualTo("INTAKE");
        assertThat(rs.getString(6)).isNull();
        assertThat(rs.getString(7)).isEqualTo("INTAKE");
        assertThat(rs.getString(8)).isEqualTo("agent-08");
        assertThat(rs.next()).isFalse();
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT e.event_id, e.type, e.aggregate_id, e.payload::json->>'to'"
                  + " FROM outbox_event e JOIN beneficiary b"
                  + " ON e.payload::json->>'beneficiaryId' = b.id::text"
                  + " JOIN orientation o ON o.beneficiary_id = b.id"
                  + " WHERE b.caf_number = '6400001' ORDER BY e.id")) {
        List<String> types = new java.util.ArrayList<>();
        while (rs.next()) {
          assertTimeOrdered(rs.getObject(1, UUID.class), before, after);
          types.add(rs.getString(2) + (rs.getString(4) == null ? "" : " " + rs.getString(4)));
        }
        assertThat(types).containsExactly("beneficiary.created", "orientation.intake INTAKE");
      }
    }
  }

  /**
   * A step's tenant is checked through its orientation (V31: the steps, the events, the audit and
   * the fingerprints an import writes no longer check the tenant table row by row): a step cannot
   * name another tenant's orientation.
   */
  @Test
  void aStepCannotNameAnotherTenantsOrientation() throws Exception {
    assertThat(write(UUID.randomUUID(), List.of(staged("6500001", "4 rue Haute"))).created())
        .isEqualTo(1);
    try (Connection c = db.ownerDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO tenant (code, name) VALUES ('59', 'Nord') ON CONFLICT DO NOTHING");
      s.execute("SELECT set_config('app.tenant_id', '08', false)");
      String orientation;
      try (ResultSet rs =
          s.executeQuery(
              "SELECT o.id FROM orientation o JOIN beneficiary b ON b.id = o.beneficiary_id"
                  + " WHERE b.caf_number = '6500001'")) {
        assertThat(rs.next()).isTrue();
        orientation = rs.getString(1);
      }
      s.execute("SELECT set_config('app.tenant_id', '59', false)");
      SQLException refused =
          catchThrowableOfType(
              SQLException.class,
              () ->
                  s.execute(
                      "INSERT INTO orientation_transition (id, tenant_id, orientation_id,"
                          + " to_state, at, actor) VALUES (gen_random_uuid(), '59', '"
                          + orientation
                          + "', 'TO_ORIENT', now(), 'agent-59')"));
      assertThat((Object) refused)
          .as("a step of the Nord on an orientation of the Ardennes")
          .isNotNull();
      assertThat(refused.getSQLState()).isEqualTo("23503");
    }
  }

  private static void assertTimeOrdered(UUID id, long from, long to) {
    assertThat(id.version()).as(id + " is a version 7 UUID").isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(id.getMostSignificantBits() >>> 16)
        .as(id + " starts with the time it was made")
        .isBetween(from, to);
  }

  private static void readEvents(Statement s, Map<String, Class<? extends Record>> recordOf)
      throws Exception {
    try (ResultSet rs =
        s.executeQuery(
            "SELECT e.type, e.payload FROM outbox_event e JOIN beneficiary b"
                + " ON e.payload::json->>'beneficiaryId' = b.id::text"
                + " WHERE b.caf_number = '6300001'")) {
      while (rs.next()) {
        String type = rs.getString(1);
        Class<? extends Record> record =
            type.startsWith("beneficiary.")
                ? fr.aiguillage.beneficiary.BeneficiaryChanged.class
                : fr.aiguillage.orientation.OrientationChanged.class;
        recordOf.put(type, record);
        assertSameShape(type, rs.getString(2), record);
      }
    }
  }

  private static void assertSameShape(String type, String payload, Class<? extends Record> record)
      throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper strict =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .enable(
                com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                com.fasterxml.jackson.databind.DeserializationFeature
                    .FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();
    com.fasterxml.jackson.databind.JsonNode sql = strict.readTree(payload);
    assertThat(strict.treeToValue(sql, record)).as(type + " reads as " + record).isNotNull();
    List<String> fields = new java.util.ArrayList<>();
    sql.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .as(type + " has the fields of " + record.getSimpleName())
        .containsExactlyInAnyOrder(
            java.util.Arrays.stream(record.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .toArray(String[]::new));
    for (java.lang.reflect.RecordComponent c : record.getRecordComponents()) {
      com.fasterxml.jackson.databind.JsonNode v = sql.get(c.getName());
      if (v.isNull()) {
        assertThat(c.getType().isPrimitive())
            .as(type + "." + c.getName() + " may be null")
            .isFalse();
      } else if (Number.class.isAssignableFrom(c.getType()) || c.getType() == int.class) {
        assertThat(v.isIntegralNumber()).as(type + "." + c.getName() + " is a number").isTrue();
      } else if (c.getType() == boolean.class || c.getType() == Boolean.class) {
        assertThat(v.isBoolean()).as(type + "." + c.getName() + " is a boolean").isTrue();
      } else {
        assertThat(v.isTextual()).as(type + "." + c.getName() + " is a text").isTrue();
      }
    }
  }

  /** A row as it would be staged had it not been checked. */
  private static Staged staged(String caf, String addressLine) {
    Staged s =
        IntakeRowsTest.readJson(List.of(IntakeRowsTest.person(caf, Map.of()))).get(0).staged();
    return new Staged(
        s.row() + (caf.endsWith("2") ? 1 : 0),
        s.civility(),
        s.lastName(),
        s.birthName(),
        s.firstNames(),
        s.birthDate(),
        s.birthYear(),
        s.birthMonth(),
        s.cafNumber(),
        s.householdRole(),
        s.nirCipher(),
        s.nirHash(),
        s.email(),
        s.phone(),
        s.phone2(),
        addressLine,
        s.addressComplement(),
        s.postalCode(),
        s.communeName(),
        s.communeInsee(),
        s.rsaClaimDate(),
        s.rightsAndDutiesStart(),
        s.franceTravailId(),
        s.referentEmail(),
        s.tags(),
        s.departmentFileId(),
        s.listedStructure(),
        s.searchKey(),
        null,
        null);
  }

  private static ChunkWriter.Counts write(UUID run, List<Staged> rows) throws SQLException {
    try (Connection c = app()) {
      try {
        ChunkWriter.Counts counts = ChunkWriter.write(c, run, "agent-08", "test", rows);
        c.commit();
        return counts;
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** The application's role, subject to row-level security, in a transaction of tenant 08. */
  private static Connection app() throws SQLException {
    Connection c = db.appDataSource().getConnection();
    c.setAutoCommit(false);
    try (PreparedStatement ps =
        c.prepareStatement("SELECT set_config('app.tenant_id', '08', true)")) {
      ps.execute();
    }
    return c;
  }
}
