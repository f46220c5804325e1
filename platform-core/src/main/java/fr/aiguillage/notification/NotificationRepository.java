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
                + " ORDER BY n.createdAt DESC",
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
