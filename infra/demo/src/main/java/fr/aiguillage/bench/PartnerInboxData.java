package fr.aiguillage.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * Data for the partner inbox benchmark, in the running demo's database: départements up to {@code
 * inbox.departements} (the demo's two plus generated ones), each with people up to {@code
 * inbox.people} in total, a France Travail agency and {@code inbox.referrals} pending referrals to
 * it per département — France Travail works with every département, so its inbox spans them all.
 * Idempotent: what is there already is kept.
 *
 * <p>./mvnw -B -q -pl infra/demo exec:java@inbox-data -Dinbox.people=1000000
 */
public final class PartnerInboxData {
  private static final List<String> CODES =
      List.of(
          "02", "10", "51", "52", "55", "57", "60", "62", "67", "68", "80", "54", "88", "21", "25",
          "39", "70", "90");

  private PartnerInboxData() {}

  public static void main(String[] args) throws Exception {
    String url = System.getProperty("inbox.jdbc", "jdbc:postgresql://127.0.0.1:15432/aiguillage");
    int departements = Integer.getInteger("inbox.departements", 20);
    long people = Long.getLong("inbox.people", 1_000_000L);
    int referrals = Integer.getInteger("inbox.referrals", 2_500);
    try (Connection c = DriverManager.getConnection(url, "aiguillage_owner", "owner");
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      List<String> wanted = CODES.subList(0, Math.max(0, departements - 2));
      long existing = people(s);
      long perTenant =
          Math.max(
              Long.getLong("inbox.min-per-departement", 20_000L),
              (people - existing) / Math.max(1, wanted.size()));
      System.out.printf(
          "%d people already; %d more in each of %d départements%n",
          existing, perTenant, wanted.size());
      for (String code : wanted) {
        long t = System.nanoTime();
        s.execute("SELECT set_config('app.tenant_id', '" + code + "', true)");
        s.execute(
            "INSERT INTO tenant (code, name, coordination_email) VALUES ('"
                + code
                + "', 'Département "
                + code
                + "', 'coordination-"
                + code
                + "@departement.localhost') ON CONFLICT DO NOTHING");
        long there = count(s, "SELECT count(*) FROM beneficiary WHERE tenant_id = '" + code + "'");
        if (there < perTenant) {
          s.execute(
              "INSERT INTO beneficiary (id, tenant_id, civility, last_name, first_names,"
                  + " birth_date, caf_number, household_role, rsa_claim_date, rights_duties_start,"
                  + " status, search_key, created_at, updated_at)"
                  + " SELECT gen_random_uuid(), '"
                  + code
                  + "', CASE WHEN g % 2 = 0 THEN 'MADAME' ELSE 'MONSIEUR' END,"
                  + " 'Nom' || g, 'Prénom' || g, date '1970-01-01' + (g % 12000),"
                  + " lpad((9000000 + g)::text, 7, '0'), 'CLAIMANT', current_date - (g % 300),"
                  + " current_date - (g % 290), 'ORIENTED', 'nom' || g || ' prenom' || g, now(), now()"
                  + " FROM generate_series("
                  + (there + 1)
                  + ", "
                  + perTenant
                  + ") g");
        }
        s.execute(
            "INSERT INTO structure (id, tenant_id, name, kind, partner_org_id, pathways,"
                + " current_load) SELECT gen_random_uuid(), '"
                + code
                + "', 'France Travail "
                + code
                + "', 'FRANCE_TRAVAIL', 'france-travail', 'PROFESSIONAL', 0"
                + " WHERE NOT EXISTS (SELECT 1 FROM structure WHERE tenant_id = '"
                + code
                + "' AND partner_org_id = 'france-travail')");
        long pending =
            count(
                s,
                "SELECT count(*) FROM referral WHERE tenant_id = '"
                    + code
                    + "' AND status = 'PENDING'");
        if (pending < referrals) {
          s.execute(
              "CREATE TEMP TABLE chosen ON COMMIT DROP AS SELECT b.id FROM beneficiary b"
                  + " WHERE b.tenant_id = '"
                  + code
                  + "' AND NOT EXISTS (SELECT 1 FROM orientation o WHERE o.beneficiary_id = b.id)"
                  + " LIMIT "
                  + (referrals - pending));
          s.execute(
              "INSERT INTO orientation (id, tenant_id, beneficiary_id, state, opened_at,"
                  + " state_since, pathway, structure_id, decided_at, decided_by)"
                  + " SELECT gen_random_uuid(), '"
                  + code
                  + "', c.id, 'REFERRED', now(), now(), 'PROFESSIONAL', st.id, now(), 'bench'"
                  + " FROM chosen c, structure st WHERE st.tenant_id = '"
                  + code
                  + "' AND st.partner_org_id = 'france-travail'");
          s.execute(
              "INSERT INTO referral (id, tenant_id, orientation_id, beneficiary_id, pathway,"
                  + " structure_id, partner_org_id, status, sent_at, sent_by, due_at, remind_at)"
                  + " SELECT gen_random_uuid(), o.tenant_id, o.id, o.beneficiary_id, o.pathway,"
                  + " o.structure_id, 'france-travail', 'PENDING', now(), 'bench',"
                  + " now() + (random() * interval '10 days'), now() + interval '7 days'"
                  + " FROM orientation o JOIN chosen c ON c.id = o.beneficiary_id");
        }
        c.commit();
        System.out.printf(
            "  %s: %d people, %d pending referrals to France Travail (%.1f s)%n",
            code,
            Math.max(there, perTenant),
            Math.max(pending, referrals),
            (System.nanoTime() - t) / 1e9);
      }
      s.execute("ANALYZE beneficiary");
      s.execute("ANALYZE referral");
      s.execute("ANALYZE orientation");
      c.commit();
      System.out.printf(
          "Now %d people, %d départements%n", people(s), count(s, "SELECT count(*) FROM tenant"));
    }
  }

  /** Everyone followed, département by département (row-level security applies to the owner). */
  private static long people(Statement s) throws Exception {
    long total = 0;
    for (String code : tenants(s)) {
      s.execute("SELECT set_config('app.tenant_id', '" + code + "', true)");
      total += count(s, "SELECT count(*) FROM beneficiary");
    }
    return total;
  }

  private static List<String> tenants(Statement s) throws Exception {
    List<String> codes = new java.util.ArrayList<>();
    try (ResultSet rs = s.executeQuery("SELECT code FROM tenant ORDER BY code")) {
      while (rs.next()) {
        codes.add(rs.getString(1));
      }
    }
    return codes;
  }

  private static long count(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
