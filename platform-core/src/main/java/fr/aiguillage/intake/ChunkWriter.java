package fr.aiguillage.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes one chunk of valid rows in set-based SQL, in the caller's transaction and tenant: stages
 * the rows (one round trip, {@link ChunkStage}), matches them to people already followed (NIR hash,
 * then CAF number + household role + birth date), flags conflicts and duplicates (in the chunk, and
 * with earlier chunks of the same import through the fingerprints' {@code last_run}), updates
 * people whose details changed (fields the row leaves empty keep their value), creates the others
 * with their orientation, and appends their events and audit entries; a CAF flow's people out of
 * scope go through {@link FlowExits}. Row-level security applies to every statement.
 */
final class ChunkWriter {
  record Counts(
      int created,
      int updated,
      int unchanged,
      int outOfScope,
      int exited,
      List<Problem> problems,
      List<Exit> exits) {
    static final Counts NONE = new Counts(0, 0, 0, 0, 0, List.of(), List.of());
  }

  /** A person followed who leaves the RSA's rights and duties with this chunk. */
  record Exit(UUID beneficiaryId, java.time.LocalDate on, String reason, int row) {}

  /**
   * Every join to the people followed says the tenant, though row-level security does: the
   * partners' read policy is OR'ed with the tenant's, and with the OR the planner cannot use the
   * tenant in an index (4.5 s instead of 27 ms for one chunk's NIR match with 150,000 people).
   */
  private static final String TENANT = "b.tenant_id = current_setting('app.tenant_id')";

  private static final String[] MATCH = {
    // by NIR, then by CAF identity; a row whose NIR and CAF identity point at two people is refused
    "UPDATE intake_stage s SET beneficiary_id = b.id FROM beneficiary b"
        + " WHERE s.nir_hash IS NOT NULL AND b.nir_hash = s.nir_hash AND "
        + TENANT,
    "UPDATE intake_stage s SET caf_match = b.id FROM beneficiary b WHERE b.caf_number = s.caf_number"
        + " AND b.household_role = s.household_role AND b.birth_date = s.birth_date AND "
        + TENANT,
    // a birth date unknown on either side: the CAF number and role identify the person, if only one
    "UPDATE intake_stage s SET caf_match = CASE WHEN m.n = 1 THEN m.id END,"
        + " problem = CASE WHEN m.n > 1 THEN 'Plusieurs personnes suivies ont ce numéro allocataire"
        + " et ce rôle : ajoutez la date de naissance ou le NIR pour dire laquelle.' END"
        + " FROM (SELECT s2.row_no, (array_agg(b.id))[1] AS id, count(*) AS n FROM intake_stage s2"
        + " JOIN beneficiary b ON b.caf_number = s2.caf_number AND b.household_role = s2.household_role"
        + " AND (b.birth_date IS NULL OR s2.birth_date IS NULL) AND "
        + TENANT
        + " WHERE s2.caf_match IS NULL AND s2.beneficiary_id IS NULL GROUP BY s2.row_no) m"
        + " WHERE s.row_no = m.row_no",
    "UPDATE intake_stage SET problem = 'Le NIR désigne une personne déjà suivie et le numéro"
        + " allocataire (avec le rôle et la date de naissance) une autre : vérifiez la ligne.'"
        + " WHERE beneficiary_id IS NOT NULL AND caf_match IS NOT NULL AND beneficiary_id <> caf_match",
    "UPDATE intake_stage SET beneficiary_id = caf_match WHERE beneficiary_id IS NULL AND caf_match IS NOT NULL",
    "UPDATE intake_stage s SET problem = 'Le numéro allocataire désigne une personne déjà suivie"
        + " dont le NIR est différent : vérifiez la ligne.' FROM beneficiary b WHERE s.problem IS NULL"
        + " AND s.beneficiary_id = b.id AND "
        + TENANT
        + " AND s.nir_hash IS NOT NULL AND b.nir_hash IS NOT NULL"
        + " AND b.nir_hash <> s.nir_hash",
    // duplicates inside the chunk: the first row wins
    "UPDATE intake_stage s SET problem = 'Ligne en double : la même personne (même NIR) est déjà à"
        + " la ligne ' || f.first_row || '.' FROM (SELECT row_no, min(row_no) OVER (PARTITION BY"
        + " nir_hash) AS first_row FROM intake_stage WHERE nir_hash IS NOT NULL) f"
        + " WHERE s.row_no = f.row_no AND f.first_row < s.row_no AND s.problem IS NULL",
    "UPDATE intake_stage s SET problem = 'Ligne en double : la même personne (même numéro"
        + " allocataire, rôle et date de naissance) est déjà à la ligne ' || f.first_row || '.'"
        + " FROM (SELECT row_no, min(row_no) OVER (PARTITION BY caf_number, household_role,"
        + " birth_date) AS first_row FROM intake_stage) f"
        + " WHERE s.row_no = f.row_no AND f.first_row < s.row_no AND s.problem IS NULL",
    // two rows of the chunk that designate the same person followed (one with a birth date, one
    // without, say)
    "UPDATE intake_stage s SET problem = 'Ligne en double : la même personne est déjà à la ligne '"
        + " || f.first_row || '.' FROM (SELECT row_no, min(row_no) OVER (PARTITION BY"
        + " beneficiary_id) AS first_row FROM intake_stage WHERE beneficiary_id IS NOT NULL"
        + " AND problem IS NULL) f"
        + " WHERE s.row_no = f.row_no AND f.first_row < s.row_no AND s.problem IS NULL",
  };

  /** The import and row that last saw each matched person. */
  private static final String PREVIOUS =
      "UPDATE intake_stage s SET prev_run = f.last_run, prev_row = f.last_row"
          + " FROM intake_fingerprint f WHERE f.beneficiary_id = s.beneficiary_id"
          + " AND f.tenant_id = current_setting('app.tenant_id')";

  /**
   * Seen by this run at another row (a row itself may have been seen: a flow's household is skipped
   * whole or written whole, though one of its people was found unchanged).
   */
  private static final String ACROSS_CHUNKS =
      "UPDATE intake_stage SET problem = 'Ligne en double : la même personne est déjà à la ligne '"
          + " || prev_row || '.' WHERE problem IS NULL AND prev_run = ? AND prev_row <> row_no";

  /**
   * A new identifier whose first 48 bits are the time in milliseconds (the layout of a UUID version
   * 7, PostgreSQL 18's {@code uuidv7()}): the rows a chunk creates go to the end of each index on
   * them (people, orientations, their steps and events, the audit's and the fingerprints' indexes
   * by person) instead of anywhere in it, and a page written after a checkpoint is written to the
   * WAL whole once, not once per row that lands in it.
   */
  static final String TIME_ORDERED_ID =
      "encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send("
          + "(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1),"
          + " 53, 1), 'hex')::uuid";

  private static final String NEW_IDS =
      "UPDATE intake_stage SET beneficiary_id = "
          + TIME_ORDERED_ID
          + ", orientation_id = "
          + TIME_ORDERED_ID
          + ", is_new = true WHERE beneficiary_id IS NULL AND problem IS NULL AND in_scope";

  /** The state of a new person's file and of their first orientation, from their staged row. */
  private static final String NEW_STATE =
      "CASE WHEN s.rights_duties_start IS NULL AND s.flow_date IS NULL THEN 'INTAKE'"
          + " ELSE 'TO_ORIENT' END";

  /**
   * Fields a row may leave empty keep the file's value; what a CAF flow says of the right and the
   * household is replaced by each flow (a list leaves it as it is).
   */
  private static final String CHANGED =
      """
      UPDATE intake_stage s SET changed = (
          b.civility, b.last_name, b.first_names, b.birth_date, b.caf_number, b.household_role,
          b.rsa_claim_date, b.birth_name, b.nir_hash, b.email, b.phone, b.phone_2, b.address_line,
          b.address_complement, b.postal_code, b.commune_name, b.commune_insee,
          b.rights_duties_start, b.france_travail_id, b.referent_email, b.tags, b.birth_year,
          b.birth_month, b.department_file_id, b.listed_structure, b.rsa_claim_number,
          b.right_state, b.suspension_reason, b.benefit_kind, b.has_partner, b.children,
          b.caf_entrant)
        IS DISTINCT FROM (
          COALESCE(s.civility, b.civility), s.last_name, s.first_names,
          COALESCE(s.birth_date, b.birth_date),
          s.caf_number, s.household_role, COALESCE(s.rsa_claim_date, b.rsa_claim_date),
          COALESCE(s.birth_name, b.birth_name), COALESCE(s.nir_hash, b.nir_hash),
          COALESCE(s.email, b.email), COALESCE(s.phone, b.phone), COALESCE(s.phone_2, b.phone_2),
          COALESCE(s.address_line, b.address_line),
          COALESCE(s.address_complement, b.address_complement),
          COALESCE(s.postal_code, b.postal_code), COALESCE(s.commune_name, b.commune_name),
          COALESCE(s.commune_insee, b.commune_insee),
          COALESCE(s.rights_duties_start, b.rights_duties_start),
          COALESCE(s.france_travail_id, b.france_travail_id),
          COALESCE(s.referent_email, b.referent_email), COALESCE(s.tags, b.tags),
          COALESCE(s.birth_year, b.birth_year), COALESCE(s.birth_month, b.birth_month),
          COALESCE(s.department_file_id, b.department_file_id),
          COALESCE(s.listed_structure, b.listed_structure),
          COALESCE(s.claim_number, b.rsa_claim_number),
          CASE WHEN s.flow_date IS NULL THEN b.right_state ELSE s.right_state END,
          CASE WHEN s.flow_date IS NULL THEN b.suspension_reason ELSE s.suspension_reason END,
          CASE WHEN s.flow_date IS NULL THEN b.benefit_kind ELSE s.benefit_kind END,
          CASE WHEN s.flow_date IS NULL THEN b.has_partner ELSE s.has_partner END,
          CASE WHEN s.flow_date IS NULL THEN b.children ELSE s.children END,
          CASE WHEN s.flow_date IS NULL THEN b.caf_entrant ELSE s.caf_entrant END)
      FROM beneficiary b WHERE b.id = s.beneficiary_id AND b.tenant_id = current_setting('app.tenant_id') AND NOT s.is_new AND s.problem IS NULL
        AND s.in_scope""";

  /**
   * A person whose file was closed (exit from the RSA) and who is on the list again gets a new
   * orientation; the closed one stays in their history.
   */
  private static final String REENTRY =
      "UPDATE intake_stage s SET reentry = true, orientation_id = "
          + TIME_ORDERED_ID
          + " FROM beneficiary b"
          + " WHERE b.id = s.beneficiary_id AND b.tenant_id = current_setting('app.tenant_id') AND NOT s.is_new AND s.problem IS NULL"
          + " AND s.in_scope AND b.status = 'CLOSED'";

  private static final String REOPEN =
      """
      UPDATE beneficiary b SET status = CASE WHEN b.rights_duties_start IS NULL
          AND s.flow_date IS NULL THEN 'INTAKE' ELSE 'TO_ORIENT' END, exit_date = NULL, exit_reason = NULL, version = b.version + 1,
        updated_at = now()
      FROM intake_stage s WHERE b.id = s.beneficiary_id AND b.tenant_id = current_setting('app.tenant_id') AND s.reentry""";

  private static final String UPDATE =
      """
      UPDATE beneficiary b SET civility = COALESCE(s.civility, b.civility), last_name = s.last_name,
        first_names = s.first_names, caf_number = s.caf_number,
        household_role = s.household_role,
        birth_date = COALESCE(s.birth_date, b.birth_date),
        rsa_claim_date = COALESCE(s.rsa_claim_date, b.rsa_claim_date),
        birth_year = COALESCE(s.birth_year, b.birth_year),
        birth_month = COALESCE(s.birth_month, b.birth_month),
        department_file_id = COALESCE(s.department_file_id, b.department_file_id),
        listed_structure = COALESCE(s.listed_structure, b.listed_structure),
        rsa_claim_number = COALESCE(s.claim_number, b.rsa_claim_number),
        right_state = CASE WHEN s.flow_date IS NULL THEN b.right_state ELSE s.right_state END,
        suspension_reason = CASE WHEN s.flow_date IS NULL THEN b.suspension_reason
                                 ELSE s.suspension_reason END,
        benefit_kind = CASE WHEN s.flow_date IS NULL THEN b.benefit_kind ELSE s.benefit_kind END,
        has_partner = CASE WHEN s.flow_date IS NULL THEN b.has_partner ELSE s.has_partner END,
        children = CASE WHEN s.flow_date IS NULL THEN b.children ELSE s.children END,
        caf_entrant = CASE WHEN s.flow_date IS NULL THEN b.caf_entrant ELSE s.caf_entrant END,
        flow_date = COALESCE(s.flow_date, b.flow_date),
        birth_name = COALESCE(s.birth_name, b.birth_name),
        nir_cipher = CASE WHEN s.nir_hash IS NULL THEN b.nir_cipher ELSE s.nir_cipher END,
        nir_hash = COALESCE(s.nir_hash, b.nir_hash), email = COALESCE(s.email, b.email),
        phone = COALESCE(s.phone, b.phone), phone_2 = COALESCE(s.phone_2, b.phone_2),
        address_line = COALESCE(s.address_line, b.address_line),
        address_complement = COALESCE(s.address_complement, b.address_complement),
        postal_code = COALESCE(s.postal_code, b.postal_code),
        commune_name = COALESCE(s.commune_name, b.commune_name),
        commune_insee = COALESCE(s.commune_insee, b.commune_insee),
        rights_duties_start = COALESCE(s.rights_duties_start, b.rights_duties_start),
        france_travail_id = COALESCE(s.france_travail_id, b.france_travail_id),
        referent_email = COALESCE(s.referent_email, b.referent_email), tags = COALESCE(s.tags, b.tags),
        search_key = s.search_key,
        status = CASE WHEN b.status = 'INTAKE'
                        AND (s.rights_duties_start IS NOT NULL OR s.flow_date IS NOT NULL)
                      THEN 'TO_ORIENT' ELSE b.status END,
        version = b.version + 1, updated_at = now()
      FROM intake_stage s WHERE b.id = s.beneficiary_id AND b.tenant_id = current_setting('app.tenant_id') AND s.changed AND s.problem IS NULL""";

  private static final String INSERT =
      """
      INSERT INTO beneficiary (id, tenant_id, version, civility, last_name, birth_name, first_names,
        birth_date, caf_number, household_role, nir_cipher, nir_hash, email, phone, phone_2,
        address_line, address_complement, postal_code, commune_name, commune_insee, rsa_claim_date,
        rights_duties_start, france_travail_id, referent_email, tags, status, search_key,
        created_at, updated_at, birth_year, birth_month,
        department_file_id, listed_structure, rsa_claim_number, right_state, suspension_reason,
        benefit_kind, flow_date, has_partner, children, caf_entrant)
      SELECT beneficiary_id, current_setting('app.tenant_id'), 0, civility, last_name, birth_name,
        first_names, birth_date, caf_number, household_role, nir_cipher, nir_hash, email, phone,
        phone_2, address_line, address_complement, postal_code, commune_name, commune_insee,
        rsa_claim_date, rights_duties_start, france_travail_id, referent_email, tags,
      """
          + NEW_STATE
          + """
        , search_key,
        now(), now(), birth_year, birth_month, department_file_id, listed_structure,
        claim_number, right_state, suspension_reason, benefit_kind, flow_date, has_partner,
        children, caf_entrant
      FROM intake_stage s WHERE is_new AND problem IS NULL ORDER BY row_no""";

  /**
   * A new person's orientation takes the state of their new file (known from the stage, no need to
   * read the row just written); a person back on the list, that of their file reopened.
   */
  private static final String OPEN_ORIENTATIONS =
      """
      INSERT INTO orientation (id, tenant_id, beneficiary_id, state, opened_at, state_since)
      SELECT s.orientation_id, current_setting('app.tenant_id'), s.beneficiary_id,
      """
          + NEW_STATE
          + """
        , now(), now()
      FROM intake_stage s WHERE s.is_new AND s.problem IS NULL
      UNION ALL
      SELECT s.orientation_id, current_setting('app.tenant_id'), s.beneficiary_id,
        CASE WHEN b.status = 'INTAKE' THEN 'INTAKE' ELSE 'TO_ORIENT' END, now(), now()
      FROM intake_stage s JOIN beneficiary b ON b.id = s.beneficiary_id AND b.tenant_id = current_setting('app.tenant_id')
      WHERE s.reentry AND s.problem IS NULL""";

  /** People already followed who now enter rights and duties: INTAKE → TO_ORIENT. */
  private static final String ENTER_RIGHTS_AND_DUTIES =
      """
      UPDATE orientation o SET state = 'TO_ORIENT', state_since = now(), version = o.version + 1
      FROM intake_stage s WHERE o.beneficiary_id = s.beneficiary_id AND o.state = 'INTAKE'
        AND o.tenant_id = current_setting('app.tenant_id')
        AND o.state <> 'CLOSED'
        AND (s.rights_duties_start IS NOT NULL OR s.flow_date IS NOT NULL)
        AND NOT s.is_new AND NOT s.reentry AND s.changed
        AND s.problem IS NULL
      RETURNING o.id, o.beneficiary_id""";

  /** A new person's first step is known from the stage; the others' from their orientation. */
  private static final String STEPS =
      """
      INSERT INTO orientation_transition (id, tenant_id, orientation_id, from_state, to_state, at, actor, reason)
      SELECT\s"""
          + TIME_ORDERED_ID
          + """
      , current_setting('app.tenant_id'), s.orientation_id, NULL,
      """
          + NEW_STATE
          + """
      , now(), ?, ?
      FROM intake_stage s WHERE s.is_new AND s.problem IS NULL
      UNION ALL
      SELECT\s"""
          + TIME_ORDERED_ID
          + """
      , o.tenant_id, o.id,
        CASE WHEN s.reentry THEN NULL ELSE 'INTAKE' END, o.state, now(), ?,
        CASE WHEN s.reentry THEN 'De nouveau sur la liste de la CAF après une sortie du RSA'
          ELSE ? END
      FROM intake_stage s JOIN orientation o ON o.beneficiary_id = s.beneficiary_id AND o.state <> 'CLOSED'
        AND o.tenant_id = current_setting('app.tenant_id')
        AND o.state_since = now()
      WHERE s.problem IS NULL AND NOT s.is_new
        AND (s.reentry OR (s.changed AND o.state = 'TO_ORIENT'))""";

  /**
   * {@code BeneficiaryChanged} as JSON, from a person's row {@code b} (the same fields, pinned by
   * ChunkWriterTest); {@link FlowExits} writes it too.
   */
  static final String BENEFICIARY_PAYLOAD =
      """
        json_build_object('schemaVersion', 1, 'beneficiaryId', b.id, 'tenant', b.tenant_id,
          'householdRole', b.household_role, 'territoryId', b.territory_id,
          'communeInsee', b.commune_insee, 'rsaClaimDate', b.rsa_claim_date,
          'rightsAndDutiesStart', b.rights_duties_start, 'status', b.status,
          'birthYear', b.birth_year, 'birthMonth', b.birth_month,
          'sex', CASE b.civility WHEN 'MADAME' THEN 'F' WHEN 'MONSIEUR' THEN 'M' END,
          'hasPartner', b.has_partner, 'children', b.children,
          'rightState', b.right_state::text,
          'rightSuspended', CASE WHEN b.suspension_reason IS NOT NULL OR b.right_state IN (3, 4)
            THEN true WHEN b.right_state IS NOT NULL THEN false END)::text
      """;

  private static final String EVENTS =
      """
      INSERT INTO outbox_event (event_id, tenant_id, aggregate_type, aggregate_id, type, occurred_at, payload)
      SELECT\s"""
          + TIME_ORDERED_ID
          + """
      , b.tenant_id, 'beneficiary', b.id::text,
        CASE WHEN s.is_new THEN 'beneficiary.created' ELSE 'beneficiary.updated' END, now(),
      """
          + BENEFICIARY_PAYLOAD
          + """
      FROM intake_stage s JOIN beneficiary b ON b.id = s.beneficiary_id AND b.tenant_id = current_setting('app.tenant_id')
      WHERE s.problem IS NULL AND (s.is_new OR s.changed OR s.reentry) ORDER BY s.row_no""";

  /** As {@link #STEPS}: a new person's orientation is known from the stage. */
  private static final String ORIENTATION_EVENTS =
      """
      INSERT INTO outbox_event (event_id, tenant_id, aggregate_type, aggregate_id, type, occurred_at, payload)
      SELECT\s"""
          + TIME_ORDERED_ID
          + """
      , o.tenant_id, 'orientation', o.id::text,
        'orientation.' || replace(lower(o.state), '_', '-'), now(),
        json_build_object('schemaVersion', 1, 'orientationId', o.id, 'beneficiaryId', o.beneficiary_id,
          'tenant', o.tenant_id, 'from', o.from_state,
          'to', o.state, 'at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          'pathway', NULL, 'structureId', NULL, 'proposedPathway', NULL, 'criteriaVersion', NULL,
          'overridden', false, 'referentId', NULL)::text
      FROM (
        SELECT s.row_no, s.orientation_id AS id, s.beneficiary_id,
          current_setting('app.tenant_id')::varchar AS tenant_id, NULL AS from_state,
      """
          + NEW_STATE
          + """
          AS state
        FROM intake_stage s WHERE s.is_new AND s.problem IS NULL
        UNION ALL
        SELECT s.row_no, o.id, o.beneficiary_id, o.tenant_id,
          CASE WHEN s.reentry THEN NULL ELSE 'INTAKE' END, o.state
        FROM intake_stage s JOIN orientation o ON o.beneficiary_id = s.beneficiary_id
          AND o.state <> 'CLOSED' AND o.tenant_id = current_setting('app.tenant_id')
          AND o.state_since = now()
        WHERE s.problem IS NULL AND NOT s.is_new
          AND (s.reentry OR (s.changed AND o.state = 'TO_ORIENT'))) o
      ORDER BY o.row_no""";

  private static final String AUDIT =
      """
      INSERT INTO audit_log (tenant_id, at, actor, action, subject_type, subject_id, detail)
      SELECT current_setting('app.tenant_id'), now(), ?,
        CASE WHEN is_new THEN 'CREATE' ELSE 'UPDATE' END, 'beneficiary', beneficiary_id, ?
      FROM intake_stage WHERE problem IS NULL AND (is_new OR changed OR reentry)""";

  /**
   * Each person this chunk wrote or matched keeps the fingerprint of its row, and is marked seen by
   * the run (a row without fingerprint gets a random one: a mark that no row finds again).
   */
  private static final String[] REMEMBER = {
    "DELETE FROM intake_fingerprint f USING intake_stage s WHERE f.beneficiary_id = s.beneficiary_id"
        + " AND f.tenant_id = current_setting('app.tenant_id') AND s.problem IS NULL"
        + " AND NOT s.is_new",
    "INSERT INTO intake_fingerprint (tenant_id, fingerprint, beneficiary_id, last_run, last_row)"
        + " SELECT current_setting('app.tenant_id'),"
        + " COALESCE(print, decode(md5(gen_random_uuid()::text), 'hex')), beneficiary_id, ?, row_no"
        + " FROM intake_stage WHERE problem IS NULL AND beneficiary_id IS NOT NULL"
        + " ON CONFLICT (tenant_id, fingerprint) DO UPDATE SET beneficiary_id = excluded.beneficiary_id,"
        + " last_run = excluded.last_run, last_row = excluded.last_row"
  };

  private static final String COUNTS =
      "SELECT count(*) FILTER (WHERE is_new AND problem IS NULL),"
          + " count(*) FILTER (WHERE (changed OR reentry) AND problem IS NULL),"
          + " count(*) FILTER (WHERE in_scope AND NOT is_new AND NOT changed AND NOT reentry"
          + " AND problem IS NULL),"
          + " count(*) FILTER (WHERE NOT in_scope AND NOT exits AND problem IS NULL),"
          + " count(*) FILTER (WHERE exits AND problem IS NULL)"
          + " FROM intake_stage";

  private ChunkWriter() {}

  static Counts write(Connection c, UUID run, String actor, String detail, List<Staged> rows)
      throws SQLException {
    ChunkStage.load(c, rows);
    try (Statement s = c.createStatement()) {
      // a temporary table has no statistics: without them the planner scans every person
      // followed for each statement instead of using the indexes
      s.execute("ANALYZE intake_stage");
      // even with them, it hashed every person followed (and every fingerprint) to join a chunk
      // of 2,000 rows, a cost that grows with the département (the CAF match and the marks: 180
      // ms a chunk with 110,000 people, where 2,000 index probes take a few): every join of a
      // chunk is a probe of an index, the stage's own included (its row number)
      s.execute("SET LOCAL enable_hashjoin = off");
      s.execute("SET LOCAL enable_mergejoin = off");
      for (String sql : MATCH) {
        s.executeUpdate(sql);
      }
    }
    try (Statement s = c.createStatement()) {
      s.executeUpdate(PREVIOUS);
    }
    update(c, ACROSS_CHUNKS, run);
    try (Statement s = c.createStatement()) {
      s.executeUpdate(NEW_IDS);
      s.executeUpdate(CHANGED);
      s.executeUpdate(REENTRY);
    }
    update(c, UPDATE);
    update(c, INSERT);
    List<Exit> exits = FlowExits.write(c);
    try (Statement s = c.createStatement()) {
      s.executeUpdate(REOPEN);
      s.executeUpdate(OPEN_ORIENTATIONS);
      s.execute(ENTER_RIGHTS_AND_DUTIES);
    }
    update(c, STEPS, actor, detail, actor, detail);
    try (Statement s = c.createStatement()) {
      s.executeUpdate(EVENTS);
      s.executeUpdate(ORIENTATION_EVENTS);
    }
    update(c, AUDIT, actor, detail);
    update(c, REMEMBER[0]);
    update(c, REMEMBER[1], run);
    try (Statement s = c.createStatement()) {
      s.execute("RESET enable_hashjoin");
      s.execute("RESET enable_mergejoin");
    }
    List<Problem> problems = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT row_no, problem FROM intake_stage WHERE problem IS NOT NULL ORDER BY row_no")) {
      while (rs.next()) {
        problems.add(new Problem(rs.getInt(1), null, rs.getString(2)));
      }
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(COUNTS)) {
      rs.next();
      return new Counts(
          rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), problems, exits);
    }
  }

  private static void update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    }
  }
}
