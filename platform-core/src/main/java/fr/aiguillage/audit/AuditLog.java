package fr.aiguillage.audit;

import fr.aiguillage.tenancy.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Records reads and writes of a person's file in the caller's transaction and tenant. */
@ApplicationScoped
public class AuditLog {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(AuditAction action, String subjectType, UUID subjectId, String detail) {
    em.persist(
        new AuditEntry(
            clock.instant(), caller.get().username(), action, subjectType, subjectId, detail));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public List<AuditEntry> history(String subjectType, UUID subjectId) {
    return em.createQuery(
            "SELECT a FROM AuditEntry a WHERE a.subjectType = :t AND a.subjectId = :id ORDER BY a.id DESC",
            AuditEntry.class)
        .setParameter("t", subjectType)
        .setParameter("id", subjectId)
        .setMaxResults(200)
        .getResultList();
  }
}
