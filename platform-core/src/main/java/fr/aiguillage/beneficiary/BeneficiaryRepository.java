package fr.aiguillage.beneficiary;

import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.shared.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
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

  public Optional<Beneficiary> findByCafIdentity(
      CafNumber caf, HouseholdRole role, LocalDate birthDate) {
    return em.createQuery(
            "SELECT b FROM Beneficiary b WHERE b.cafNumber = :caf AND b.householdRole = :role"
                + " AND b.birthDate = :birth",
            Beneficiary.class)
        .setParameter("caf", caf.value())
        .setParameter("role", role)
        .setParameter("birth", birthDate)
        .getResultStream()
        .findFirst();
  }

  public List<Beneficiary> search(BeneficiarySearch s, PageRequest page) {
    TypedQuery<Beneficiary> q =
        em.createQuery(
            "SELECT b FROM Beneficiary b" + where(s) + " ORDER BY b.lastName, b.firstNames, b.id",
            Beneficiary.class);
    params(s).forEach(q::setParameter);
    return q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
  }

  public long count(BeneficiarySearch s) {
    TypedQuery<Long> q =
        em.createQuery("SELECT COUNT(b) FROM Beneficiary b" + where(s), Long.class);
    params(s).forEach(q::setParameter);
    return q.getSingleResult();
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
