package fr.aiguillage.stack;

import fr.aiguillage.criteria.CompiledRuleSet;
import fr.aiguillage.criteria.CriteriaCompiler;
import fr.aiguillage.criteria.NationalCriteria;
import fr.aiguillage.criteria.Proposal;
import fr.aiguillage.questionnaire.NationalQuestionnaire;
import fr.aiguillage.stack.DemoData.Dept;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;

/** Seeds completed diagnostics, each with the proposal the national criteria give its answers. */
public final class DemoDiagnostics {
  /** The national criteria, to give seeded diagnostics the proposal a real one records. */
  static final CompiledRuleSet NATIONAL =
      CriteriaCompiler.compile(
          NationalCriteria.VERSION, NationalCriteria.rules(), NationalQuestionnaire.base());

  private final DataSource owner;

  public DemoDiagnostics(DataSource owner) {
    this.owner = owner;
  }

  /**
   * Completed diagnostics with random answers for the first {@code count} people of a département
   * that has fewer (the replay has past diagnostics to work on).
   */
  public int seed(Dept d, int count, long seed) throws SQLException {
    try (Connection c = owner.getConnection()) {
      c.setAutoCommit(false);
      DemoSeeder.tenant(c, d.code());
      int existing;
      try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM diagnostic")) {
        rs.next();
        existing = rs.getInt(1);
      }
      if (existing >= count) {
        c.commit();
        return 0;
      }
      Random random = new Random(seed);
      String[] levels = {"NONE", "NONE", "NONE", "NONE", "NONE", "MEDIUM", "MEDIUM", "STRONG"};
      int added = 0;
      try (PreparedStatement people =
              c.prepareStatement(
                  "SELECT b.id, b.birth_date FROM beneficiary b WHERE NOT EXISTS (SELECT 1 FROM diagnostic x WHERE x.beneficiary_id = b.id)"
                      + " ORDER BY b.id LIMIT ?");
          PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO diagnostic (id, tenant_id, beneficiary_id, questionnaire_version, status, professional_answers,"
                      + " synthesis, proposed_pathway, proposed_target, proposed_rule, proposed_review, criteria_version, proposed_at,"
                      + " created_at, updated_at, completed_at)"
                      + " VALUES (?, ?, ?, 1, 'COMPLETED', ?, ?, ?, ?, ?, ?, ?, now(), now(), now(), now())")) {
        people.setInt(1, count - existing);
        try (ResultSet rs = people.executeQuery()) {
          while (rs.next()) {
            StringBuilder json = new StringBuilder("{");
            Map<String, Object> values = new HashMap<>();
            answer(json, values, "activity_now", random.nextInt(5) == 0);
            answer(json, values, "activity_last_24_months", random.nextBoolean());
            answer(json, values, "can_picture_job", random.nextInt(3) > 0);
            answer(json, values, "qualified", random.nextBoolean());
            answer(json, values, "rqth", random.nextInt(12) == 0);
            answer(json, values, "oeth", false);
            for (String barrier : NationalQuestionnaire.barrierCodes()) {
              answer(json, values, barrier, levels[random.nextInt(levels.length)]);
            }
            LocalDate birth = rs.getObject(2, LocalDate.class);
            Proposal p =
                NATIONAL.evaluate(
                    values,
                    birth == null ? null : Period.between(birth, LocalDate.now()).getYears());
            json.setLength(json.length() - 1);
            json.append('}');
            insert.setObject(
                1,
                UUID.nameUUIDFromBytes(
                    ("diagnostic:" + rs.getObject(1)).getBytes(StandardCharsets.UTF_8)));
            insert.setString(2, d.code());
            insert.setObject(3, rs.getObject(1));
            insert.setString(4, json.toString());
            insert.setString(5, "Diagnostic de démonstration.");
            insert.setString(6, p.pathway().name());
            insert.setString(7, p.targetKind().map(Enum::name).orElse(null));
            insert.setString(8, p.decidedBy().code());
            insert.setBoolean(9, p.needsReview());
            insert.setInt(10, p.ruleSetVersion());
            insert.addBatch();
            if (++added % 1000 == 0) {
              insert.executeBatch();
            }
          }
        }
        insert.executeBatch();
      }
      c.commit();
      return added;
    }
  }

  private static void answer(
      StringBuilder json, Map<String, Object> values, String code, Object value) {
    values.put(code, value);
    json.append('"')
        .append(code)
        .append("\":{\"value\":")
        .append(value instanceof String ? "\"" + value + "\"" : value)
        .append(",\"by\":\"demo\",\"at\":\"2026-01-01T00:00:00Z\"},");
  }
}
