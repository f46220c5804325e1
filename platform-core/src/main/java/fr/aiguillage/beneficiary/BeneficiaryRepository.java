package fr.aiguillage.beneficiary;

import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.shared.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Beneficiaries of the tenant set on the transaction: EclipseLink adds the tenant to every query
 * and PostgreSQL RLS checks it again.
 */
@ApplicationScoped
public class BeneficiaryRepository {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  public Optional<Beneficiary> find(UUID id) {
    return Optional.ofNullable(em.find(Beneficiary.class, id));
  }

  public void add(Beneficiary b) {
    em.persist(b);
  }

  public void flush() {
    em.flush();
  }

  public Optional<Beneficiary> findByNirHash(String nirHash) {
    return em.createQuery("SELECT b FROM Beneficiary b WHERE b.nirHash = :h", Beneficiary.class)
        .setParameter("h", nirHash)
        .getResultStream()
        .findFirst();
  }

  /**
   * The person with this CAF number and role, and this birth date — or no birth date known, on
   * either side: a person whose birth date is unknown is identified by the CAF number and role.
   */
  public Optional<Beneficiary> findByCafIdentity(
      CafNumber caf, HouseholdRole role, LocalDate birthDate) {
    var q =
        em.createQuery(
                "SELECT b FROM Beneficiary b WHERE b.cafNumber = :caf AND b.householdRole = :role"
                    + (birthDate == null
                        ? ""
                        : " AND (b.birthDate = :birth OR b.birthDate IS NULL)")
                    + " ORDER BY b.createdAt",
                Beneficiary.class)
            .setParameter("caf", caf.value())
            .setParameter("role", role);
    if (birthDate != null) {
      q.setParameter("birth", birthDate);
    }
    return q.setMaxResults(1).getResultStream().findFirst();
  }

  public List<Beneficiary> search(BeneficiarySearch s, PageRequest page) {
    TypedQuery<Beneficiary> q =
        em.createQuery(
            "SELECT b FROM Beneficiary b" + where(s) + " ORDER BY b.lastName, b.firstNames, b.id",
            Beneficiary.class);
    params(s).forEach(q::setParameter);
    return q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
  }

  /**
   * How many match, counting no further than {@code limit}: an exact count of a whole département
   * costs a scan of all its rows on every page, which lists do not need. Native SQL with an
   * explicit tenant filter (RLS applies as well).
   */
  public long countUpTo(BeneficiarySearch s, String tenant, int limit) {
    StringBuilder sql =
        new StringBuilder("SELECT count(*) FROM (SELECT 1 FROM beneficiary WHERE tenant_id = ?1");
    List<Object> params = new ArrayList<>(List.of(tenant));
    s.text()
        .ifPresent(t -> add(sql, params, " AND search_key LIKE ?", "%" + Text.searchKey(t) + "%"));
    s.cafNumber().ifPresent(c -> add(sql, params, " AND caf_number = ?", c));
    s.territoryId().ifPresent(t -> add(sql, params, " AND territory_id = ?", t));
    s.status().ifPresent(st -> add(sql, params, " AND status = ?", st.name()));
    sql.append(" LIMIT ").append(limit).append(") AS capped");
    Query q = em.createNativeQuery(sql.toString());
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    return ((Number) q.getSingleResult()).longValue();
  }

  private static void add(StringBuilder sql, List<Object> params, String clause, Object value) {
    params.add(value);
    sql.append(clause).append(params.size());
  }

  private static String where(BeneficiarySearch s) {
    StringBuilder w = new StringBuilder(" WHERE 1 = 1");
    s.text().ifPresent(t -> w.append(" AND b.searchKey LIKE :text"));
    s.cafNumber().ifPresent(c -> w.append(" AND b.cafNumber = :caf"));
    s.territoryId().ifPresent(t -> w.append(" AND b.territoryId = :territory"));
    s.status().ifPresent(st -> w.append(" AND b.status = :status"));
    return w.toString();
  }

  private static Map<String, Object> params(BeneficiarySearch s) {
    Map<String, Object> p = new HashMap<>();
    s.text().ifPresent(t -> p.put("text", "%" + Text.searchKey(t) + "%"));
    s.cafNumber().ifPresent(c -> p.put("caf", c));
    s.territoryId().ifPresent(t -> p.put("territory", t));
    s.status().ifPresent(st -> p.put("status", st));
    return p;
  }
}
