package fr.aiguillage.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The first step of {@link ChunkWriter}: a chunk's valid rows in the transaction's temporary table
 * {@code intake_stage}, sent with {@code COPY} ({@link BinaryCopy}); the table's other columns are
 * what the next statements find out about each row.
 */
final class ChunkStage {
  // nir_hash has the type of beneficiary.nir_hash: compared as text, the index on it is not used
  // and every match reads all the people followed (0.5 s per chunk with a million of them)
  private static final String STAGE =
      """
      CREATE TEMP TABLE IF NOT EXISTS intake_stage (
        row_no int, civility text, last_name text, birth_name text, first_names text,
        birth_date date, birth_year smallint, birth_month smallint, caf_number text,
        household_role text, nir_cipher text, nir_hash char(64),
        email text, phone text, phone_2 text, address_line text, address_complement text,
        postal_code text, commune_name text, commune_insee text, rsa_claim_date date,
        rights_duties_start date, france_travail_id text, referent_email text, tags text,
        department_file_id text, listed_structure text, search_key text,
        claim_number text, right_state smallint, suspension_reason text, benefit_kind text,
        flow_date date, has_partner boolean, children smallint, caf_entrant boolean,
        in_scope boolean NOT NULL DEFAULT true, exit_reason text,
        beneficiary_id uuid, caf_match uuid, orientation_id uuid,
        prev_run uuid, prev_row int,
        is_new boolean NOT NULL DEFAULT false, changed boolean NOT NULL DEFAULT false,
        reentry boolean NOT NULL DEFAULT false, exits boolean NOT NULL DEFAULT false,
        print bytea, problem text, why text, household bytea) ON COMMIT DELETE ROWS""";

  /** A staged column: its name, its SQL type and how a row gives its value. */
  private record Col(String name, String type, Function<Staged, Object> value) {}

  private static final List<Col> COLUMNS =
      List.of(
          new Col("row_no", "int4", Staged::row),
          new Col("civility", "text", Staged::civility),
          new Col("last_name", "text", Staged::lastName),
          new Col("birth_name", "text", Staged::birthName),
          new Col("first_names", "text", Staged::firstNames),
          new Col("birth_date", "date", Staged::birthDate),
          new Col("birth_year", "int2", Staged::birthYear),
          new Col("birth_month", "int2", Staged::birthMonth),
          new Col("caf_number", "text", Staged::cafNumber),
          new Col("household_role", "text", Staged::householdRole),
          new Col("nir_cipher", "text", Staged::nirCipher),
          new Col("nir_hash", "text", Staged::nirHash),
          new Col("email", "text", Staged::email),
          new Col("phone", "text", Staged::phone),
          new Col("phone_2", "text", Staged::phone2),
          new Col("address_line", "text", Staged::addressLine),
          new Col("address_complement", "text", Staged::addressComplement),
          new Col("postal_code", "text", Staged::postalCode),
          new Col("commune_name", "text", Staged::communeName),
          new Col("commune_insee", "text", Staged::communeInsee),
          new Col("rsa_claim_date", "date", Staged::rsaClaimDate),
          new Col("rights_duties_start", "date", Staged::rightsAndDutiesStart),
          new Col("france_travail_id", "text", Staged::franceTravailId),
          new Col("referent_email", "text", Staged::referentEmail),
          new Col("tags", "text", Staged::tags),
          new Col("department_file_id", "text", Staged::departmentFileId),
          new Col("listed_structure", "text", Staged::listedStructure),
          new Col("search_key", "text", Staged::searchKey),
          new Col("claim_number", "text", flow(Staged.Flow::claimNumber)),
          new Col("right_state", "int2", flow(Staged.Flow::rightState)),
          new Col("suspension_reason", "text", flow(Staged.Flow::suspensionReason)),
          new Col("benefit_kind", "text", flow(Staged.Flow::benefitKind)),
          new Col("flow_date", "date", flow(Staged.Flow::flowDate)),
          new Col("has_partner", "bool", flow(Staged.Flow::hasPartner)),
          new Col("children", "int2", flow(Staged.Flow::children)),
          new Col("caf_entrant", "bool", flow(Staged.Flow::entrant)),
          new Col("in_scope", "bool", r -> r.flow() == null || r.flow().inScope()),
          new Col("exit_reason", "text", flow(Staged.Flow::exitReason)),
          new Col("why", "text", flow(Staged.Flow::why)),
          new Col("household", "bytea", flow(Staged.Flow::household)),
          new Col("print", "bytea", Staged::print));

  private ChunkStage() {}

  private static Function<Staged, Object> flow(Function<Staged.Flow, Object> f) {
    return r -> r.flow() == null ? null : f.apply(r.flow());
  }

  /**
   * Empties the stage (created on the transaction's first chunk) and fills it with {@code rows}.
   */
  static void load(Connection c, List<Staged> rows) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(STAGE);
      // the writer's joins of the stage with itself (duplicates) probe this index
      s.execute("CREATE INDEX IF NOT EXISTS intake_stage_row ON intake_stage (row_no)");
      s.execute("DELETE FROM intake_stage");
    }
    fill(c, rows);
  }

  private static void fill(Connection c, List<Staged> rows) throws SQLException {
    try (BinaryCopy copy =
        BinaryCopy.into(c, "intake_stage", COLUMNS.stream().map(Col::name).toList())) {
      for (Staged r : rows) {
        copy.row(COLUMNS.size());
        for (Col col : COLUMNS) {
          Object v = col.value().apply(r);
          switch (col.type()) {
            case "int4" -> copy.int4((Number) v);
            case "int2" -> copy.int2((Number) v);
            case "bool" -> copy.bool((Boolean) v);
            case "date" -> copy.date((LocalDate) v);
            case "bytea" -> copy.bytea((byte[]) v);
            default -> copy.text((String) v);
          }
        }
      }
      copy.end();
    }
  }
}
