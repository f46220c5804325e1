package fr.aiguillage.orientation;

import fr.aiguillage.beneficiary.Beneficiary;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Orientations, their steps and referrals of the tenant set on the transaction. */
@ApplicationScoped
public class OrientationRepository {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  public Optional<Orientation> find(UUID id) {
    return Optional.ofNullable(em.find(Orientation.class, id));
  }

  /** The orientation, or 404 (another département's is as absent as a made-up one). */
  public Orientation load(UUID id) {
    return find(id).orElseThrow(() -> new NotFoundException("Orientation"));
  }

  /** The person's orientation in progress (at most one). */
  public Optional<Orientation> openOf(UUID beneficiaryId) {
    return em.createQuery(
            "SELECT o FROM Orientation o WHERE o.beneficiaryId = :b AND o.state <> :closed",
            Orientation.class)
        .setParameter("b", beneficiaryId)
        .setParameter("closed", OrientationState.CLOSED)
        .getResultStream()
        .findFirst();
  }

  public List<Orientation> allOf(UUID beneficiaryId) {
    return em.createQuery(
            "SELECT o FROM Orientation o WHERE o.beneficiaryId = :b ORDER BY o.openedAt DESC",
            Orientation.class)
        .setParameter("b", beneficiaryId)
        .getResultList();
  }

  /** When the decision was first sent to the person (its notification), in Paris; empty before. */
  public Optional<Instant> notifiedAt(UUID orientationId) {
    Object at =
        em.createNativeQuery(
                "SELECT min(sent_at) FROM notification WHERE orientation_id = ?1"
                    + " AND kind = 'DECISION' AND sent_at IS NOT NULL")
            .setParameter(1, orientationId)
            .getSingleResult();
    return Optional.ofNullable(at).map(a -> ((java.sql.Timestamp) a).toInstant());
  }

  public List<OrientationTransition> steps(UUID orientationId) {
    return em.createQuery(
            "SELECT t FROM OrientationTransition t WHERE t.orientationId = :o ORDER BY t.at, t.id",
            OrientationTransition.class)
        .setParameter("o", orientationId)
        .getResultList();
  }

  public List<Referral> referrals(UUID orientationId) {
    return em.createQuery(
            "SELECT r FROM Referral r WHERE r.orientationId = :o ORDER BY r.sentAt", Referral.class)
        .setParameter("o", orientationId)
        .getResultList();
  }

  public Optional<Referral> pendingReferral(UUID orientationId) {
    return em.createQuery(
            "SELECT r FROM Referral r WHERE r.orientationId = :o AND r.status = :p", Referral.class)
        .setParameter("o", orientationId)
        .setParameter("p", Referral.Status.PENDING)
        .getResultStream()
        .findFirst();
  }

  /**
   * Pending referrals whose reminder or deadline has come, locked so that another replica running
   * the same timer skips them rather than handling them twice.
   */
  public List<Referral> dueReferrals(Instant now, int max) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT id FROM referral WHERE status = 'PENDING'"
                    + " AND (due_at <= ?1 OR (reminded_at IS NULL AND remind_at <= ?1))"
                    + " ORDER BY due_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
            .setParameter(1, java.sql.Timestamp.from(now))
            .setParameter(2, max)
            .getResultList();
    return ids.stream()
        .map(
            id ->
                em.find(Referral.class, id instanceof UUID u ? u : UUID.fromString(id.toString())))
        .toList();
  }

  public List<Orientation> findAll(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT o FROM Orientation o WHERE o.id IN :ids", Orientation.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** An orientation waiting for a decision and the person's file. */
  public record Waiting(Orientation orientation, Beneficiary beneficiary) {}

  private static final String QUEUE =
      " FROM Orientation o, Beneficiary b WHERE b.id = o.beneficiaryId AND o.state IN :states";

  /**
   * The orientations waiting for a decision, the longest-waiting first; {@code startedBefore} keeps
   * those whose wait started before that day (overdue).
   */
  public List<Waiting> queue(UUID territoryId, LocalDate startedBefore, PageRequest page) {
    TypedQuery<Object[]> q =
        em.createQuery(
            "SELECT o, b"
                + QUEUE
                + filters(territoryId, startedBefore)
                + " ORDER BY COALESCE(b.rightsAndDutiesStart, b.rsaClaimDate, b.listedOn), b.lastName, o.id",
            Object[].class);
    bind(q, territoryId, startedBefore);
    return q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
        .map(r -> new Waiting((Orientation) r[0], (Beneficiary) r[1]))
        .toList();
  }

  public long countQueue(UUID territoryId, LocalDate startedBefore) {
    TypedQuery<Long> q =
        em.createQuery("SELECT COUNT(o)" + QUEUE + filters(territoryId, startedBefore), Long.class);
    bind(q, territoryId, startedBefore);
    return q.getSingleResult();
  }

  private static String filters(UUID territoryId, LocalDate startedBefore) {
    return (territoryId == null ? "" : " AND b.territoryId = :territory")
        + (startedBefore == null
            ? ""
            : " AND COALESCE(b.rightsAndDutiesStart, b.rsaClaimDate, b.listedOn) < :before");
  }

  private static void bind(TypedQuery<?> q, UUID territoryId, LocalDate startedBefore) {
    q.setParameter("states", OrientationState.TO_DECIDE);
    if (territoryId != null) {
      q.setParameter("territory", territoryId);
    }
    if (startedBefore != null) {
      q.setParameter("before", startedBefore);
    }
  }

  /** Waiting people of one territory (null: no territory), for the coordinator. */
  public record BacklogRow(
      UUID territoryId, long waiting, long overdue, long expired, LocalDate oldestStart) {}

  public List<BacklogRow> backlog(LocalDate startedBefore) {
    return em
        .createQuery(
            "SELECT b.territoryId, COUNT(o),"
                + " SUM(CASE WHEN COALESCE(b.rightsAndDutiesStart, b.rsaClaimDate, b.listedOn) < :before"
                + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN o.state = :expired THEN 1 ELSE 0 END),"
                + " MIN(COALESCE(b.rightsAndDutiesStart, b.rsaClaimDate, b.listedOn))"
                + QUEUE
                + " GROUP BY b.territoryId",
            Object[].class)
        .setParameter("states", OrientationState.TO_DECIDE)
        .setParameter("before", startedBefore)
        .setParameter("expired", OrientationState.EXPIRED)
        .getResultList()
        .stream()
        .map(
            r ->
                new BacklogRow(
                    (UUID) r[0],
                    ((Number) r[1]).longValue(),
                    r[2] == null ? 0 : ((Number) r[2]).longValue(),
                    r[3] == null ? 0 : ((Number) r[3]).longValue(),
                    (LocalDate) r[4]))
        .toList();
  }

  /** An expired referral whose orientation still waits for a new decision. */
  public record Escalated(Referral referral, Orientation orientation, Beneficiary beneficiary) {}

  public List<Escalated> escalated() {
    return em
        .createQuery(
            "SELECT r, o, b FROM Referral r, Orientation o, Beneficiary b"
                + " WHERE o.id = r.orientationId AND b.id = o.beneficiaryId"
                + " AND r.status = :expiredReferral AND o.state = :expired ORDER BY r.dueAt, r.id",
            Object[].class)
        .setParameter("expiredReferral", Referral.Status.EXPIRED)
        .setParameter("expired", OrientationState.EXPIRED)
        .getResultList()
        .stream()
        .map(r -> new Escalated((Referral) r[0], (Orientation) r[1], (Beneficiary) r[2]))
        .toList();
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  /**
   * Writes the changes now, so that a concurrent change of the same orientation (its version, or a
   * second open orientation of the person) is refused as a conflict the agent can act on.
   */
  public void flushOrConflict() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException(
          "version",
          "Quelqu'un d'autre vient de décider pour cette personne : rechargez le dossier.");
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException
          || String.valueOf(e.getMessage()).contains("orientation_one_open")) {
        throw new ConflictException(
            "version",
            "Quelqu'un d'autre vient de modifier cette orientation : rechargez le dossier.");
      }
      throw e;
    }
  }
}
