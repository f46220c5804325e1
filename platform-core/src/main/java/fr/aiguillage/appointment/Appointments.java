package fr.aiguillage.appointment;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.directory.Referent;
import fr.aiguillage.events.DomainEvent;
import fr.aiguillage.events.EventPublisher;
import fr.aiguillage.orientation.AppointmentMilestone;
import fr.aiguillage.orientation.Referral;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantCode;
import fr.aiguillage.tenancy.TenantEntry;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * First appointments: booked on a free slot by the partner or by a département agent once the
 * structure has accepted the person; moved or cancelled with a reason; attendance recorded after
 * the time. The orientation follows (booked, back to accepted, accompanied), the person is convened
 * and reminded, the referent's caseload and the structure's load count the people followed. A
 * partner acts in the département of the referral, found through its own policies.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Appointments {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final String SUBJECT = "beneficiary";

  /** How a partner or an agent records what happened. */
  public enum Attendance {
    SEEN,
    EXCUSED,
    NO_SHOW;

    static Attendance of(String code) {
      try {
        return valueOf(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            "outcome",
            "Indiquez si la personne est venue : "
                + String.join(", ", Arrays.stream(values()).map(Enum::name).toList())
                + ".");
      }
    }
  }

  public record BookingInput(UUID referralId, UUID slotId, String motif) {}

  @Inject AppointmentRepository appointments;
  @Inject AppointmentViews views;
  @Inject CurrentCaller caller;
  @Inject TenantEntry entry;
  @Inject EventPublisher events;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<AppointmentNotice> notices;
  @Inject Event<AppointmentMilestone> milestones;

  // ---- booking ----

  /**
   * Books the first appointment of an accepted referral on a free slot of its structure. The slot
   * row is locked: of any number of simultaneous attempts on one slot, one wins and the others are
   * told the slot was just taken.
   */
  public AppointmentDetails book(BookingInput in) {
    Caller c = caller.get();
    if (in == null || in.referralId() == null) {
      throw new InvalidInputException("referralId", "Indiquez l'orientation adressée.");
    }
    if (in.slotId() == null) {
      throw new InvalidInputException("slotId", "Choisissez un créneau libre.");
    }
    Appointment.Motif motif = Appointment.Motif.of(in.motif());
    Appointment.Initiator initiator;
    if (isPartner(c)) {
      entry.enterTenantOf("referral", in.referralId(), "Orientation adressée");
      initiator = Appointment.Initiator.PARTENAIRE;
    } else {
      c.requireDepartementStaff(
          "La prise de rendez-vous est réservée au partenaire et au département.");
      initiator = Appointment.Initiator.DEPARTEMENT;
    }
    Referral r = referral(in.referralId());
    return view(bookOn(r, in.slotId(), motif, initiator, null, null));
  }

  /** A département agent books from the person's file: the orientation's accepted referral. */
  public AppointmentDetails bookForOrientation(UUID orientationId, UUID slotId, String motif) {
    Caller c = caller.get();
    c.requireDepartementStaff(
        "La prise de rendez-vous est réservée au partenaire et au département.");
    if (!appointments.orientationExists(orientationId)) {
      throw new NotFoundException("Orientation");
    }
    Referral accepted =
        appointments
            .latestAccepted(orientationId)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "state",
                        "La structure n'a pas encore accepté cette personne : pas de rendez-vous"
                            + " possible."));
    return book(new BookingInput(accepted.id(), slotId, motif));
  }

  /** Moves a booked appointment to another free slot of the same structure. */
  public AppointmentDetails reschedule(UUID id, UUID slotId, String reason) {
    String why = required(reason, "reason", "Dites pourquoi le rendez-vous est déplacé.");
    if (slotId == null) {
      throw new InvalidInputException("slotId", "Choisissez le nouveau créneau.");
    }
    Appointment old = appointment(id);
    old.checkChangeable("déplacé", clock.instant());
    Referral r = referral(old.referralId());
    Appointment moved = bookOn(r, slotId, old.motif(), old.initiator(), old, why);
    return view(moved);
  }

  /** Cancels a booked appointment: the slot is free again, the person is told. */
  public AppointmentDetails cancel(UUID id, String reason) {
    String why = required(reason, "reason", "Dites pourquoi le rendez-vous est annulé.");
    Appointment a = appointment(id);
    a.checkChangeable("annulé", clock.instant());
    Instant now = clock.instant();
    a.end(Appointment.Status.CANCELLED, why, caller.get().username(), now);
    slot(a.slotId(), false).free();
    milestone(a, AppointmentMilestone.Kind.CANCELLED, why);
    publish(a, "appointment.cancelled", now);
    notices.fire(new AppointmentNotice(a.id(), AppointmentNotice.Type.CANCELLATION, null));
    audit.record(AuditAction.UPDATE, SUBJECT, a.beneficiaryId(), "rendez-vous annulé");
    flush();
    return view(a);
  }

  /**
   * The person left the RSA's rights and duties (the CAF's flow): their appointments to come are
   * cancelled with the reason — the partner and the person are told as for any cancellation.
   */
  void onLeft(
      @jakarta.enterprise.event.Observes @jakarta.annotation.Priority(100)
          fr.aiguillage.beneficiary.BeneficiaryLeft left) {
    for (Appointment a : appointments.bookedOf(left.beneficiaryId(), clock.instant())) {
      cancel(a.id(), "Sortie du RSA : " + left.reason());
    }
  }

  /**
   * Records whether the person came, once the appointment has begun. The first appointment held
   * starts the accompaniment; an excused or missed one leaves the orientation accepted, to book
   * again.
   */
  public AppointmentDetails attendance(UUID id, String outcome) {
    Attendance what = Attendance.of(outcome);
    Appointment a = appointment(id);
    Instant now = clock.instant();
    a.checkAttendable(now);
    String by = caller.get().username();
    switch (what) {
      case SEEN -> {
        a.end(Appointment.Status.SEEN, null, by, now);
        milestone(a, AppointmentMilestone.Kind.SEEN, null);
        a.referentId().flatMap(appointments::referent).ifPresent(Referent::followsOneMore);
        appointments.structure(a.structureId()).orElseThrow().takesOneMore();
      }
      case EXCUSED -> {
        a.end(Appointment.Status.EXCUSED, null, by, now);
        milestone(a, AppointmentMilestone.Kind.EXCUSED, null);
      }
      case NO_SHOW -> {
        a.end(Appointment.Status.NO_SHOW, null, by, now);
        milestone(a, AppointmentMilestone.Kind.NO_SHOW, null);
      }
    }
    publish(a, "appointment.attendance", now);
    audit.record(AuditAction.UPDATE, SUBJECT, a.beneficiaryId(), "présence : " + a.status().name());
    flush();
    return view(a);
  }

  /** One appointment; a partner sees only its own organisation's. Audited. */
  public AppointmentDetails get(UUID id) {
    Appointment a = appointment(id);
    audit.record(AuditAction.READ, SUBJECT, a.beneficiaryId(), "rendez-vous");
    return view(a);
  }

  /** The appointments of a referral, the latest first; a partner sees only its own. */
  public List<AppointmentDetails> ofReferral(UUID referralId) {
    Caller c = caller.get();
    if (isPartner(c)) {
      entry.enterTenantOf("referral", referralId, "Orientation adressée");
    } else {
      c.requireDepartementStaff("Les rendez-vous sont réservés au partenaire et au département.");
    }
    return appointments.ofReferral(referralId).stream().map(views::view).toList();
  }

  /** The appointments of an orientation, the latest first (département staff). */
  public List<AppointmentDetails> ofOrientation(UUID orientationId) {
    caller.get().requireDepartementStaff("Les rendez-vous sont réservés au département.");
    if (!appointments.orientationExists(orientationId)) {
      throw new NotFoundException("Orientation");
    }
    return appointments.ofOrientation(orientationId).stream().map(views::view).toList();
  }

  // ---- reminders (called by AppointmentTimers inside one tenant's transaction) ----

  /**
   * Reminds the people whose appointment is tomorrow (Paris time) and was booked before today; each
   * appointment is locked and marked, so it is reminded once.
   */
  public int runDueReminders(Instant now, int max) {
    LocalDate today = LocalDate.ofInstant(now, PARIS);
    Instant tomorrow = today.plusDays(1).atStartOfDay(PARIS).toInstant();
    Instant after = today.plusDays(2).atStartOfDay(PARIS).toInstant();
    Instant todayStart = today.atStartOfDay(PARIS).toInstant();
    List<Appointment> due = appointments.dueReminders(tomorrow, after, todayStart, max);
    for (Appointment a : due) {
      a.reminded(now);
      notices.fire(new AppointmentNotice(a.id(), AppointmentNotice.Type.REMINDER, null));
    }
    appointments.flush();
    return due.size();
  }

  // ---- inside ----

  private Appointment bookOn(
      Referral r,
      UUID slotId,
      Appointment.Motif motif,
      Appointment.Initiator initiator,
      Appointment replaced,
      String movedReason) {
    if (r.status() != Referral.Status.ACCEPTED) {
      throw new ConflictException(
          "referralId",
          "La structure doit d'abord accepter la personne avant qu'un rendez-vous soit fixé.");
    }
    Instant now = clock.instant();
    Slot slot = slot(slotId, true);
    slot.checkBookableFor(r.structureId(), now);
    String by = caller.get().username();
    if (replaced != null) {
      replaced.end(Appointment.Status.MOVED, movedReason, by, now);
      slot(replaced.slotId(), false).free();
      appointments.flush(); // the old one no longer holds the referral's one booked appointment
    } else {
      if (appointments.hasBooked(r.id())) {
        throw new ConflictException(
            "referralId",
            "Un premier rendez-vous est déjà fixé pour cette personne : déplacez-le plutôt.");
      }
    }
    slot.book();
    Appointment a =
        Appointment.book(
            slot,
            r.id(),
            r.orientationId(),
            r.beneficiaryId(),
            r.referentId().orElse(null),
            motif,
            initiator,
            replaced == null ? null : replaced.id(),
            by,
            now);
    appointments.add(a);
    flush();
    String when = Slots.when(a.startsAt());
    if (replaced == null) {
      milestone(a, AppointmentMilestone.Kind.BOOKED, when);
      publish(a, "appointment.booked", now);
      notices.fire(new AppointmentNotice(a.id(), AppointmentNotice.Type.CONVOCATION, null));
    } else {
      publish(a, "appointment.moved", now);
      notices.fire(new AppointmentNotice(a.id(), AppointmentNotice.Type.MOVED, replaced.id()));
    }
    audit.record(
        AuditAction.UPDATE,
        SUBJECT,
        a.beneficiaryId(),
        (replaced == null ? "rendez-vous fixé le " : "rendez-vous déplacé au ") + when);
    flush();
    return a;
  }

  private Appointment appointment(UUID id) {
    Caller c = caller.get();
    if (isPartner(c)) {
      entry.enterTenantOf("appointment", id, "Rendez-vous");
    } else {
      c.requireDepartementStaff("Les rendez-vous sont réservés au partenaire et au département.");
    }
    return appointments.find(id).orElseThrow(() -> new NotFoundException("Rendez-vous"));
  }

  private Referral referral(UUID id) {
    return appointments
        .referral(id)
        .orElseThrow(() -> new NotFoundException("Orientation adressée"));
  }

  private Slot slot(UUID id, boolean lock) {
    return (lock ? appointments.lockSlot(id) : appointments.slot(id))
        .orElseThrow(() -> new NotFoundException("Créneau"));
  }

  static boolean isPartner(Caller c) {
    boolean partner = c.hasRole(Roles.PARTNER_USER) || c.hasRole(Roles.PARTNER_ADMIN);
    if (partner && c.partnerOrg().isEmpty()) {
      throw new AccessDeniedException(
          "Votre compte n'est rattaché à aucune organisation partenaire.");
    }
    return partner;
  }

  /** The orientation follows the first appointment (in this transaction). */
  private void milestone(Appointment a, AppointmentMilestone.Kind kind, String detail) {
    milestones.fire(new AppointmentMilestone(kind, a.id(), a.orientationId(), detail));
  }

  private void publish(Appointment a, String type, Instant at) {
    String tenant = caller.get().tenant().map(TenantCode::value).orElseThrow();
    events.publish(
        DomainEvent.of(
            type, "appointment", a.id(), tenant, at, AppointmentChanged.of(a, tenant, at)));
  }

  private void flush() {
    appointments.flushOrConflict();
  }

  private AppointmentDetails view(Appointment a) {
    return views.view(a);
  }

  static String required(String value, String field, String message) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, message);
    }
    String v = value.strip();
    fr.aiguillage.shared.Limits.checkText(field, v, 500);
    return v;
  }
}
