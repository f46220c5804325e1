package fr.aiguillage.intake;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The first step of {@link ChunkWriter}: a chunk's valid rows in the transaction's temporary table
 * {@code intake_stage}, sent in one round trip as one array per column; the table's other columns
 * are what the next statements find out about each row.
 */
final class ChunkStage {
  // nir_hash has the type of beneficiary.nir_hash: compared as text, the index on it is not used
  // and every match reads all the people followed (0.5 s per chunk with a million of them)
  private static final String STAGE =
      """
      CREATE TEMP TABLE IF NOT EXISTS intake_stage (
        row_no int, civility text, last_name text, birth_name text, first_names text,
        birth_date date, caf_number text, household_role text, nir_cipher text, nir_hash char(64),
        email text, phone text, phone_2 text, address_line text, address_complement text,
        postal_code text, commune_name text, commune_insee text, rsa_claim_date date,
        rights_duties_start date, france_travail_id text, referent_email text, tags text,
        search_key text, beneficiary_id uuid, caf_match uuid, orientation_id uuid,
        prev_run uuid, prev_row int,
        is_new boolean NOT NULL DEFAULT false, changed boolean NOT NULL DEFAULT false,
        reentry boolean NOT NULL DEFAULT false,
        problem text) ON COMMIT DELETE ROWS""";

  private static final String FILL =
      """
      INSERT INTO intake_stage (row_no, civility, last_name, birth_name, first_names, birth_date,
        caf_number, household_role, nir_cipher, nir_hash, email, phone, phone_2, address_line,
        address_complement, postal_code, commune_name, commune_insee, rsa_claim_date,
        rights_duties_start, france_travail_id, referent_email, tags, search_key)
      SELECT * FROM unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[],
        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
        ?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::date[], ?::text[], ?::text[],
        ?::text[], ?::text[])""";

  private ChunkStage() {}

  /**
   * Empties the stage (created on the transaction's first chunk) and fills it with {@code rows}.
   */
  static void load(Connection c, List<Staged> rows) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(STAGE);
      s.execute("DELETE FROM intake_stage");
    }
    fill(c, rows);
  }

  private static void fill(Connection c, List<Staged> rows) throws SQLException {
    int n = rows.size();
    Integer[] rowNo = new Integer[n];
    String[][] text = new String[21][n];
    String[][] dates = new String[3][n];
    for (int i = 0; i < n; i++) {
      Staged r = rows.get(i);
      rowNo[i] = r.row();
      String[] t = {
        r.civility(),
        r.lastName(),
        r.birthName(),
        r.firstNames(),
        r.cafNumber(),
        r.householdRole(),
        r.nirCipher(),
        r.nirHash(),
        r.email(),
        r.phone(),
        r.phone2(),
        r.addressLine(),
        r.addressComplement(),
        r.postalCode(),
        r.communeName(),
        r.communeInsee(),
        r.franceTravailId(),
        r.referentEmail(),
        r.tags(),
        r.searchKey(),
        null
      };
      for (int k = 0; k < 20; k++) {
        text[k][i] = t[k];
      }
      dates[0][i] = r.birthDate().toString();
      dates[1][i] = r.rsaClaimDate().toString();
      dates[2][i] = r.rightsAndDutiesStart() == null ? null : r.rightsAndDutiesStart().toString();
    }
    try (PreparedStatement ps = c.prepareStatement(FILL)) {
      int p = 1;
      ps.setArray(p++, c.createArrayOf("int4", rowNo));
      Array[] a = new Array[20];
      for (int k = 0; k < 20; k++) {
        a[k] = c.createArrayOf("text", text[k]);
      }
      // column order of FILL: civility, last, birth name, first names, birth date, caf, role,
      // nir cipher, nir hash, email, phone, phone 2, address, complement, postal code, commune,
      // insee, claim date, rights and duties, FT id, referent e-mail, tags, search key
      ps.setArray(p++, a[0]);
      ps.setArray(p++, a[1]);
      ps.setArray(p++, a[2]);
      ps.setArray(p++, a[3]);
      ps.setArray(p++, c.createArrayOf("text", dates[0]));
      for (int k = 4; k <= 15; k++) {
        ps.setArray(p++, a[k]);
      }
      ps.setArray(p++, c.createArrayOf("text", dates[1]));
      ps.setArray(p++, c.createArrayOf("text", dates[2]));
      for (int k = 16; k <= 19; k++) {
        ps.setArray(p++, a[k]);
      }
      ps.executeUpdate();
    }
  }
}
