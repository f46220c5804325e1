package fr.aiguillage.session;

import fr.aiguillage.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sessions and invitations of the caller's département (the tenant filter and row policy). */
@ApplicationScoped
public class SessionRepository {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  public CollectiveSession load(UUID id) {
    return Optional.ofNullable(em.find(CollectiveSession.class, id))
        .orElseThrow(() -> new NotFoundException("Session"));
  }

  /** The session, its row locked: invitations and state changes one at a time. */
  public CollectiveSession loadForUpdate(UUID id) {
    return Optional.ofNullable(em.find(CollectiveSession.class, id, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(() -> new NotFoundException("Session"));
  }

  public void add(CollectiveSession s) {
    em.persist(s);
  }

  /** Sessions starting in [from, to), soonest first. */
  public List<CollectiveSession> between(Instant from, Instant to, int first, int max) {
    return em.createQuery(
            "SELECT s FROM CollectiveSession s WHERE s.startsAt >= :from AND s.startsAt < :to"
                + " ORDER BY s.startsAt, s.id",
            CollectiveSession.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countBetween(Instant from, Instant to) {
    return em.createQuery(
            "SELECT COUNT(s) FROM CollectiveSession s WHERE s.startsAt >= :from AND s.startsAt < :to",
            Long.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getSingleResult();
  }

  /**
   * The next planned session of the same kind and territory after this one, with a place left:
   * where absentees and the people of a cancelled session go.
   */
  public Optional<CollectiveSession> nextAfter(CollectiveSession s, Instant now) {
    var q =
        em.createQuery(
                "SELECT n FROM CollectiveSession n WHERE n.state = :planned AND n.kind = :kind"
                    + " AND n.startsAt > :after AND n.id <> :id"
                    + (s.territoryId() == null
                        ? " AND n.territoryId IS NULL"
                        : " AND n.territoryId = :territory")
                    + " ORDER BY n.startsAt",
                CollectiveSession.class)
            .setParameter("planned", SessionState.PLANNED)
            .setParameter("kind", s.kind())
            .setParameter("after", now.isAfter(s.startsAt()) ? now : s.startsAt())
            .setParameter("id", s.id());
    if (s.territoryId() != null) {
      q.setParameter("territory", s.territoryId());
    }
    return q.getResultStream().filter(n -> n.remainingPlaces() > 0).findFirst();
  }

  /** The session to come (planned or under way) where the person holds a place, if any. */
  public Optional<UUID> placeToCome(UUID personId, UUID except) {
    List<?> r =
        em.createNativeQuery(
                """
                SELECT s.id FROM session_invitation i
                  JOIN collective_session s ON s.id = i.session_id
                 WHERE i.person_id = ?1 AND i.declined_at IS NULL AND s.id <> ?2
                   AND s.state IN ('PLANNED', 'HELD')
                 LIMIT 1
                """)
            .setParameter(1, personId)
            .setParameter(2, except)
            .getResultList();
    return r.stream().findFirst().map(o -> o instanceof UUID u ? u : UUID.fromString(o.toString()));
  }

  /** How many sessions the person was invited to and marked absent at. */
  public int absences(UUID personId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM session_invitation WHERE person_id = ?1"
                        + " AND attendance = 'ABSENT'")
                .setParameter(1, personId)
                .getSingleResult())
        .intValue();
  }

  /** One person waiting for their orientation, as the invitation queue lists them. */
  public record Candidate(
      UUID personId,
      UUID orientationId,
      String lastName,
      String firstNames,
      LocalDate waitingSince,
      String waitingFrom,
      String state) {}

  /**
   * The people of the territory (all, without one) waiting for their orientation, the longest wait
   * first, neither holding a place at a session to come nor sent to the individual path.
   */
  public List<Candidate> candidates(UUID territoryId, int max) {
    String sql =
        """
        SELECT b.id, o.id, b.last_name, b.first_names,
               COALESCE(b.rights_duties_start, b.rsa_claim_date, b.listed_on),
               CASE WHEN b.rights_duties_start IS NOT NULL THEN 'droits et devoirs'
                    WHEN b.rsa_claim_date IS NOT NULL THEN 'demande de RSA'
                    ELSE 'arrivée sur la liste' END,
               o.state
          FROM orientation o
          JOIN beneficiary b ON b.id = o.beneficiary_id
         WHERE o.state IN ('TO_ORIENT', 'DIAGNOSTIC', 'PROPOSED')
        """
            + (territoryId == null ? "" : " AND b.territory_id = ?2 ")
            + """
               AND NOT EXISTS (SELECT 1 FROM session_invitation i
                                 JOIN collective_session s ON s.id = i.session_id
                                WHERE i.person_id = b.id AND i.declined_at IS NULL
                                  AND s.state IN ('PLANNED', 'HELD'))
               AND NOT EXISTS (SELECT 1 FROM session_invitation i
                                WHERE i.person_id = b.id AND i.individual_path)
             ORDER BY 5, b.last_name, b.id
             LIMIT ?1
            """;
    var q = em.createNativeQuery(sql).setParameter(1, max);
    if (territoryId != null) {
      q.setParameter(2, territoryId);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    return rows.stream()
        .map(
            r ->
                new Candidate(
                    uuid(r[0]),
                    uuid(r[1]),
                    (String) r[2],
                    (String) r[3],
                    ((Date) r[4]).toLocalDate(),
                    (String) r[5],
                    (String) r[6]))
        .toList();
  }

  /**
   * Planned sessions to remind before {@code until}, not yet reminded (their rows locked): those
   * where someone holds a place, and those already begun (to be marked only). A session nobody is
   * invited to yet waits, without holding back the others.
   */
  public List<CollectiveSession> toRemindWithPeople(Instant until, Instant now, int max) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                """
                SELECT s.id FROM collective_session s
                 WHERE s.state = 'PLANNED' AND s.reminded_at IS NULL AND s.starts_at <= ?1
                   AND (s.starts_at <= ?2
                        OR EXISTS (SELECT 1 FROM session_invitation i
                                    WHERE i.session_id = s.id AND i.declined_at IS NULL
                                      AND NOT i.walk_in))
                 ORDER BY s.starts_at LIMIT ?3 FOR UPDATE OF s SKIP LOCKED
                """)
            .setParameter(1, Timestamp.from(until))
            .setParameter(2, Timestamp.from(now))
            .setParameter(3, max)
            .getResultList();
    return ids.stream().map(id -> em.find(CollectiveSession.class, uuid(id))).toList();
  }

  public Invitation invitationForUpdate(UUID invitationId) {
    return Optional.ofNullable(
            em.find(Invitation.class, invitationId, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(() -> new NotFoundException("Invitation"));
  }

  public void flush() {
    em.flush();
  }

  static UUID uuid(Object o) {
    return o instanceof UUID u ? u : UUID.fromString(o.toString());
  }
}
