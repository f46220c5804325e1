package fr.aiguillage.intake;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The step of {@link ChunkWriter} for a CAF flow's people out of the département's scope: what the
 * flow says of their right is kept for those followed, and those whose right closed or who are no
 * longer subject to rights and duties leave (their exit dated, {@code beneficiary.left} appended,
 * after the {@code beneficiary.updated} that gives their right's new state); the caller then tells
 * the other contexts. A household whose people out of scope designate nobody is kept with its
 * report ({@code intake_flow_report}). Nothing happens for a list's rows (all in scope).
 */
final class FlowExits {
  /**
   * A person followed whom the flow puts out of the département's scope: what it says of the right
   * is kept (their identity is not touched), and told by {@code beneficiary.updated} (its right
   * state and household); whether they leave is decided next.
   */
  private static final String OUT_OF_SCOPE_FACTS =
      """
      WITH facts AS (
        UPDATE beneficiary b SET rsa_claim_number = COALESCE(s.claim_number, b.rsa_claim_number),
          right_state = s.right_state, suspension_reason = s.suspension_reason,
          benefit_kind = s.benefit_kind, has_partner = s.has_partner, children = s.children,
          caf_entrant = s.caf_entrant, flow_date = s.flow_date, version = b.version + 1,
          updated_at = now()
        FROM intake_stage s WHERE b.id = s.beneficiary_id AND b.tenant_id = current_setting('app.tenant_id') AND NOT s.in_scope AND s.problem IS NULL
          AND (b.rsa_claim_number, b.right_state, b.suspension_reason, b.benefit_kind, b.has_partner,
               b.children, b.caf_entrant)
            IS DISTINCT FROM (COALESCE(s.claim_number, b.rsa_claim_number), s.right_state,
               s.suspension_reason, s.benefit_kind, s.has_partner, s.children, s.caf_entrant)
        RETURNING b.*, s.row_no AS stage_row)
      INSERT INTO outbox_event (event_id, tenant_id, aggregate_type, aggregate_id, type, occurred_at, payload)
      SELECT gen_random_uuid(), b.tenant_id, 'beneficiary', b.id::text, 'beneficiary.updated', now(),
      """
          + ChunkWriter.BENEFICIARY_PAYLOAD
          + """
      FROM facts b ORDER BY b.stage_row""";

  /**
   * A person followed whose right closed (state 5 or 6) or who is no longer subject to rights and
   * duties leaves, on the flow's date; a person who already left stays as they are.
   */
  private static final String EXITS =
      """
      UPDATE intake_stage s SET exits = true FROM beneficiary b
      WHERE b.id = s.beneficiary_id AND b.tenant_id = current_setting('app.tenant_id') AND NOT s.in_scope AND s.problem IS NULL
        AND s.exit_reason IS NOT NULL AND b.status <> 'CLOSED' AND b.exit_date IS NULL""";

  private static final String EXIT =
      """
      UPDATE beneficiary b SET exit_date = s.flow_date, exit_reason = s.exit_reason,
        version = b.version + 1, updated_at = now()
      FROM intake_stage s WHERE b.id = s.beneficiary_id AND b.tenant_id = current_setting('app.tenant_id') AND s.exits
      RETURNING b.id, s.flow_date, s.exit_reason, s.row_no""";

  private static final String EXIT_EVENTS =
      """
      INSERT INTO outbox_event (event_id, tenant_id, aggregate_type, aggregate_id, type, occurred_at, payload)
      SELECT gen_random_uuid(), b.tenant_id, 'beneficiary', b.id::text, 'beneficiary.left', now(),
        json_build_object('schemaVersion', 1, 'beneficiaryId', b.id, 'tenant', b.tenant_id,
          'householdRole', b.household_role, 'territoryId', b.territory_id,
          'exitDate', b.exit_date, 'reason', b.exit_reason, 'rightState', b.right_state)::text
      FROM intake_stage s JOIN beneficiary b ON b.id = s.beneficiary_id AND b.tenant_id = current_setting('app.tenant_id')
      WHERE s.exits ORDER BY s.row_no""";

  /**
   * The households kept with their report that this chunk reads again (another version of them, as
   * a rule): forgotten, each CAF number keeping at most the household last written.
   */
  private static final String FORGET_REPORTS =
      """
      DELETE FROM intake_flow_report r USING intake_stage s
      WHERE r.tenant_id = current_setting('app.tenant_id') AND r.caf_number = s.caf_number
        AND s.flow_date IS NOT NULL""";

  /**
   * The households of the chunk whose people out of scope designate nobody, and whose every person
   * (the claimant, and the spouse if there is one) was written without a problem: their shape
   * (people, why each is out of scope) and whom their people out of scope are.
   */
  private static final String KEPT =
      """
      SELECT household, min(caf_number) AS caf_number, count(*) AS people,
        min(why) FILTER (WHERE row_no % 2 = 0 AND NOT in_scope) AS claimant_why,
        min(why) FILTER (WHERE row_no % 2 = 1 AND NOT in_scope) AS spouse_why,
        min(nir_hash) FILTER (WHERE row_no % 2 = 0 AND NOT in_scope) AS claimant_nir,
        min(nir_hash) FILTER (WHERE row_no % 2 = 1 AND NOT in_scope) AS spouse_nir
      FROM intake_stage WHERE household IS NOT NULL
      GROUP BY row_no / 2, household
      HAVING bool_and(problem IS NULL AND (in_scope OR beneficiary_id IS NULL))
        AND bool_or(NOT in_scope) AND count(*) = 1 + bool_or(has_partner)::int""";

  /** Their shapes, each kept once for the département. */
  private static final String SHAPES =
      "INSERT INTO intake_flow_shape (tenant_id, people, claimant_why, spouse_why)"
          + " SELECT DISTINCT current_setting('app.tenant_id'), people, claimant_why, spouse_why"
          + " FROM ("
          + KEPT
          + ") k ON CONFLICT DO NOTHING";

  /**
   * The households, each with its shape's number (ADR 0021, decision 18): a later run that reads
   * the same bytes says the same without parsing them.
   */
  private static final String REPORTS =
      "INSERT INTO intake_flow_report (tenant_id, household, caf_number, shape, claimant_nir,"
          + " spouse_nir) SELECT current_setting('app.tenant_id'), k.household, k.caf_number, s.id,"
          + " k.claimant_nir, k.spouse_nir FROM ("
          + KEPT
          + ") k JOIN intake_flow_shape s ON s.tenant_id = current_setting('app.tenant_id')"
          + " AND s.people = k.people AND s.claimant_why IS NOT DISTINCT FROM k.claimant_why"
          + " AND s.spouse_why IS NOT DISTINCT FROM k.spouse_why"
          + " ON CONFLICT (tenant_id, household) DO NOTHING";

  private FlowExits() {}

  /** Runs the step on the staged chunk; the people who leave with it. */
  static List<ChunkWriter.Exit> write(Connection c) throws SQLException {
    List<ChunkWriter.Exit> exits = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      s.executeUpdate(OUT_OF_SCOPE_FACTS);
      s.executeUpdate(EXITS);
      try (ResultSet rs = s.executeQuery(EXIT)) {
        while (rs.next()) {
          exits.add(
              new ChunkWriter.Exit(
                  rs.getObject(1, UUID.class),
                  rs.getObject(2, java.time.LocalDate.class),
                  rs.getString(3),
                  rs.getInt(4)));
        }
      }
      s.executeUpdate(EXIT_EVENTS);
      s.executeUpdate(FORGET_REPORTS);
      s.executeUpdate(SHAPES);
      s.executeUpdate(REPORTS);
    }
    return exits;
  }
}
