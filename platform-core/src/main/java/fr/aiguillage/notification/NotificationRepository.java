package fr.aiguillage.notification;

import fr.aiguillage.appointment.Appointment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Notices of the tenant set on the transaction. */
@ApplicationScoped
public class NotificationRepository {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  public Optional<Appointment> appointment(UUID id) {
    return Optional.ofNullable(em.find(Appointment.class, id));
  }

  /** The appointments an appointment replaced, move after move: its calendar event. */
  public CalendarChain chainOf(Appointment a) {
    return CalendarChain.of(
        a.id(), a.replacesId(), id -> appointment(id).orElseThrow().replacesId());
  }

  /** A collective session of the tenant, as its notices tell it. */
  Optional<SessionFacts> session(UUID id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT kind, starts_at, duration_min, address, room, video_url, cancel_reason"
                    + " FROM collective_session WHERE id = ?1")
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r -> {
              Instant start = ((java.sql.Timestamp) r[1]).toInstant();
              return new SessionFacts(
                  (String) r[0],
                  start,
                  start.plus(java.time.Duration.ofMinutes(((Number) r[2]).longValue())),
                  (String) r[3],
                  (String) r[4],
                  (String) r[5],
                  (String) r[6]);
            });
  }

  /**
   * How many calendar files the person was already sent for this session: the next one's SEQUENCE
   * (RFC 5546: a later change outranks the earlier ones).
   */
  int calendarFilesSent(UUID sessionId, UUID personId) {
    return em.createQuery(
            "SELECT COUNT(n) FROM Notification n WHERE n.sessionId = :s AND n.beneficiaryId = :p"
                + " AND n.channel = :email AND n.document IS NOT NULL",
            Long.class)
        .setParameter("s", sessionId)
        .setParameter("p", personId)
        .setParameter("email", Notification.Channel.EMAIL)
        .getSingleResult()
        .intValue();
  }

  /** The latest letter about a session to a person (convocation, reminder or cancellation). */
  public Optional<Notification> latestSessionLetter(UUID sessionId, UUID personId) {
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.sessionId = :s AND n.beneficiaryId = :p"
                + " AND n.channel = :letter ORDER BY n.createdAt DESC",
            Notification.class)
        .setParameter("s", sessionId)
        .setParameter("p", personId)
        .setParameter("letter", Notification.Channel.LETTER)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public Optional<Notification> find(UUID id) {
    return Optional.ofNullable(em.find(Notification.class, id));
  }

  public List<Notification> ofOrientation(UUID orientationId) {
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.orientationId = :o"
                + " ORDER BY n.createdAt DESC, n.channel",
            Notification.class)
        .setParameter("o", orientationId)
        .getResultList();
  }

  /** The latest decision letter of an orientation. */
  public Optional<Notification> latestLetter(UUID orientationId) {
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.orientationId = :o AND n.channel = :letter"
                + " AND n.sessionId IS NULL ORDER BY n.createdAt DESC",
            Notification.class)
        .setParameter("o", orientationId)
        .setParameter("letter", Notification.Channel.LETTER)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Whether an e-mail carries this letter. */
  public boolean carriedByEmail(Notification letter) {
    return ofOrientation(letter.orientationId()).stream()
        .anyMatch(x -> letter.id().equals(x.letterId().orElse(null)));
  }

  /**
   * Notices due to be sent, locked for this transaction; those another replica holds are skipped.
   * Letters come before the e-mails that carry them.
   */
  public List<Notification> due(Instant now, int max) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT id FROM notification WHERE status = 'PENDING' AND next_attempt_at <= ?1"
                    + " ORDER BY created_at, CASE channel WHEN 'LETTER' THEN 0 ELSE 1 END"
                    + " LIMIT ?2 FOR UPDATE SKIP LOCKED")
            .setParameter(1, java.sql.Timestamp.from(now))
            .setParameter(2, max)
            .getResultList();
    return ids.stream()
        .map(
            id ->
                em.find(
                    Notification.class, id instanceof UUID u ? u : UUID.fromString(id.toString())))
        .toList();
  }

  /** Written at once: EclipseLink may reorder inserts, and an e-mail refers to its letter. */
  public void add(Notification n) {
    em.persist(n);
    em.flush();
  }
}
