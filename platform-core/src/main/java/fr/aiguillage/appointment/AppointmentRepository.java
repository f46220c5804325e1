package fr.aiguillage.appointment;

import fr.aiguillage.directory.Referent;
import fr.aiguillage.directory.Structure;
import fr.aiguillage.orientation.Orientation;
import fr.aiguillage.orientation.Referral;
import fr.aiguillage.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * First appointments of the tenant set on the transaction, and what booking one reads: the referral
 * it follows, the slot it takes (locked when booked), the structure and referent it counts for.
 */
@ApplicationScoped
public class AppointmentRepository {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  public Optional<Appointment> find(UUID id) {
    return Optional.ofNullable(em.find(Appointment.class, id));
  }

  /** The appointments of a referral, the latest first. */
  public List<Appointment> ofReferral(UUID referralId) {
    return em.createQuery(
            "SELECT a FROM Appointment a WHERE a.referralId = :r ORDER BY a.bookedAt DESC",
            Appointment.class)
        .setParameter("r", referralId)
        .getResultList();
  }

  /** The appointments of an orientation, the latest first. */
  public List<Appointment> ofOrientation(UUID orientationId) {
    return em.createQuery(
            "SELECT a FROM Appointment a WHERE a.orientationId = :o ORDER BY a.bookedAt DESC",
            Appointment.class)
        .setParameter("o", orientationId)
        .getResultList();
  }

  /** Whether the referral already has its one booked appointment. */
  /** The person's appointments still to come, whatever the orientation. */
  public List<Appointment> bookedOf(UUID beneficiaryId, Instant after) {
    return em.createQuery(
            "SELECT a FROM Appointment a WHERE a.beneficiaryId = :b AND a.status = :booked"
                + " AND a.startsAt > :after ORDER BY a.startsAt",
            Appointment.class)
        .setParameter("b", beneficiaryId)
        .setParameter("booked", Appointment.Status.BOOKED)
        .setParameter("after", after)
        .getResultList();
  }

  public boolean hasBooked(UUID referralId) {
    return em.createQuery(
                "SELECT count(a) FROM Appointment a WHERE a.referralId = :r AND a.status = :s",
                Long.class)
            .setParameter("r", referralId)
            .setParameter("s", Appointment.Status.BOOKED)
            .getSingleResult()
        > 0;
  }

  /**
   * Booked appointments starting in [{@code from}, {@code to}), booked before {@code bookedBefore}
   * and not yet reminded, the soonest first; locked so that another replica skips them.
   */
  public List<Appointment> dueReminders(Instant from, Instant to, Instant bookedBefore, int max) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT id FROM appointment WHERE tenant_id = current_setting('app.tenant_id', true)"
                    + " AND status = 'BOOKED' AND reminded_at IS NULL"
                    + " AND starts_at >= ?1 AND starts_at < ?2 AND booked_at < ?3"
                    + " ORDER BY starts_at LIMIT ?4 FOR UPDATE SKIP LOCKED")
            .setParameter(1, Timestamp.from(from))
            .setParameter(2, Timestamp.from(to))
            .setParameter(3, Timestamp.from(bookedBefore))
            .setParameter(4, max)
            .getResultList();
    return ids.stream().map(id -> em.find(Appointment.class, id)).toList();
  }

  public Optional<Referral> referral(UUID id) {
    return Optional.ofNullable(em.find(Referral.class, id));
  }

  /** The orientation's latest referral that its structure accepted. */
  public Optional<Referral> latestAccepted(UUID orientationId) {
    return em.createQuery(
            "SELECT r FROM Referral r WHERE r.orientationId = :o AND r.status = :s"
                + " ORDER BY r.sentAt DESC",
            Referral.class)
        .setParameter("o", orientationId)
        .setParameter("s", Referral.Status.ACCEPTED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Whether the orientation is there (another département's is as absent as a made-up one). */
  public boolean orientationExists(UUID id) {
    return em.find(Orientation.class, id) != null;
  }

  public Optional<Slot> slot(UUID id) {
    return Optional.ofNullable(em.find(Slot.class, id));
  }

  /** The slot, locked until the transaction ends: of simultaneous bookings, one wins. */
  public Optional<Slot> lockSlot(UUID id) {
    return Optional.ofNullable(em.find(Slot.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<Structure> structure(UUID id) {
    return Optional.ofNullable(em.find(Structure.class, id));
  }

  public Optional<Referent> referent(UUID id) {
    return Optional.ofNullable(em.find(Referent.class, id));
  }

  public void add(Appointment a) {
    em.persist(a);
  }

  public void flush() {
    em.flush();
  }

  /**
   * Writes the changes now, so that a slot or a referral taken meanwhile by someone else is refused
   * as a conflict the person booking can act on.
   */
  public void flushOrConflict() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("appointment_one_per_slot")) {
        throw new ConflictException(
            "slotId", "Ce créneau vient d'être pris : choisissez-en un autre.");
      }
      if (m.contains("appointment_one_booked")) {
        throw new ConflictException(
            "referralId",
            "Un premier rendez-vous vient d'être fixé pour cette personne : rechargez.");
      }
      throw e;
    }
  }
}
