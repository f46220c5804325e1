package fr.aiguillage.statistics.projection;

import fr.aiguillage.statistics.projection.FollowUp.Appointment;
import fr.aiguillage.statistics.projection.FollowUp.Contract;
import fr.aiguillage.statistics.projection.FollowUp.Decision;
import fr.aiguillage.statistics.projection.FollowUp.Notice;
import fr.aiguillage.statistics.projection.FollowUp.Referral;
import fr.aiguillage.statistics.projection.FollowUp.SessionVisit;
import fr.aiguillage.statistics.projection.FollowUp.Traits;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Merges one event into a person's {@link FollowUp}: the same facts whatever order the events come
 * in (each part keeps its latest event's facts; a first signature or a replacement, once known,
 * stays).
 */
final class FollowUpEvents {
  /** The OARSA category of a structure (a {@code BodyCategory} name) when a decision is applied. */
  interface Categories {
    String of(UUID structureId) throws SQLException;
  }

  static final Set<String> TYPES =
      Set.of("referral.", "appointment.", "contract.", "notification.", "diagnostic.", "session.");

  private FollowUpEvents() {}

  /** Whether the event type carries follow-up facts (beyond the file and the first decision). */
  static boolean reads(String type) {
    return TYPES.stream().anyMatch(type::startsWith);
  }

  static FollowUp apply(FollowUp u, LifecycleFact f, Categories categories) throws SQLException {
    String type = f.type();
    if (type.equals("beneficiary.created") || type.equals("beneficiary.updated")) {
      return u.withTraits(t -> file(t, f));
    }
    if (type.equals("diagnostic.completed")) {
      return u.withTraits(t -> diagnostic(t, f));
    }
    if (type.startsWith("orientation.") && f.text("orientationId") != null) {
      u =
          u.withReferent(
              f.text("orientationId"), new FollowUp.Referent(f.text("referentId"), f.time()));
    }
    if (type.equals("orientation.decided")) {
      String orientation = f.text("orientationId");
      Instant at = f.instant("at");
      String structure = f.text("structureId");
      return u.withDecision(
          orientation + "@" + at,
          new Decision(
              orientation,
              at,
              f.text("pathway"),
              structure,
              structure == null ? "UNKNOWN" : categories.of(UUID.fromString(structure)),
              "REORIENTATION_REQUESTED".equals(f.text("from"))));
    }
    if (type.equals("orientation.reorientation-requested")) {
      Instant at = f.instant("at");
      return u.withReorientationRequest(f.text("orientationId") + "@" + at, at);
    }
    if (type.startsWith("referral.")) {
      return u.withReferral(f.text("referralId"), r -> referral(r, f));
    }
    if (type.startsWith("appointment.")) {
      FollowUp out = u.withAppointment(f.text("appointmentId"), a -> appointment(a, f));
      String replaces = f.text("replaces");
      return replaces == null ? out : out.withAppointment(replaces, FollowUpEvents::replaced);
    }
    if (type.startsWith("contract.")) {
      return u.withContract(f.text("contractId"), c -> contract(c, f));
    }
    if (type.startsWith("session.person-") && f.text("sessionId") != null) {
      return u.withSession(f.text("sessionId"), v -> visit(v, f));
    }
    if (type.equals("notification.sent") && f.text("notificationId") != null) {
      return u.withNotice(
          f.text("notificationId"),
          new Notice(f.text("orientationId"), f.text("kind"), f.instant("sentAt")));
    }
    return u;
  }

  /** The person's visit to a session once it is known cancelled. */
  static FollowUp cancelled(FollowUp u, String session) {
    return u.sessions().containsKey(session)
        ? u.withSession(
            session,
            v ->
                new SessionVisit(
                    v.startsAt(),
                    v.invited(),
                    v.attendance(),
                    v.attendanceSeen(),
                    v.oriented(),
                    true))
        : u;
  }

  private static SessionVisit visit(SessionVisit v, LifecycleFact f) {
    String type = f.type();
    boolean invited = (v != null && v.invited()) || type.equals("session.person-invited");
    boolean oriented = (v != null && v.oriented()) || type.equals("session.person-oriented");
    boolean cancelled = (v != null && v.cancelled()) || "CANCELLED".equals(f.text("state"));
    String attendance = v == null ? null : v.attendance();
    Instant seen = v == null ? null : v.attendanceSeen();
    if (type.equals("session.person-checked-in")
        && f.text("attendance") != null
        && (seen == null || !f.time().isBefore(seen))) {
      attendance = f.text("attendance");
      seen = f.time();
    }
    Instant startsAt = f.instant("startsAt");
    return new SessionVisit(startsAt, invited, attendance, seen, oriented, cancelled);
  }

  private static Traits file(Traits t, LifecycleFact f) {
    if (t.fileAt() != null && f.time().isBefore(t.fileAt())) {
      return t;
    }
    return new Traits(
        f.time(),
        f.integer("birthYear"),
        f.integer("birthMonth"),
        f.text("sex"),
        f.bool("hasPartner"),
        f.integer("children"),
        f.text("rightState"),
        f.bool("rightSuspended"),
        t.diagnosticAt(),
        t.familySituation(),
        t.educationLevel());
  }

  private static Traits diagnostic(Traits t, LifecycleFact f) {
    if (t.diagnosticAt() != null && f.time().isBefore(t.diagnosticAt())) {
      return t;
    }
    return new Traits(
        t.fileAt(),
        t.birthYear(),
        t.birthMonth(),
        t.sex(),
        t.hasPartner(),
        t.children(),
        t.rightState(),
        t.rightSuspended(),
        f.time(),
        f.text("familySituation"),
        f.text("educationLevel"));
  }

  private static Referral referral(Referral r, LifecycleFact f) {
    if (r != null && r.seen() != null && f.time().isBefore(r.seen())) {
      return r;
    }
    String status = f.text("status");
    boolean answered = "ACCEPTED".equals(status) || "REFUSED".equals(status);
    return new Referral(
        f.text("orientationId"),
        f.text("structureId"),
        f.instant("sentAt"),
        status,
        answered ? f.instant("at") : null,
        f.time());
  }

  private static Appointment appointment(Appointment a, LifecycleFact f) {
    boolean replaced = a != null && a.replaced();
    if (a != null && a.seen() != null && f.time().isBefore(a.seen())) {
      return a;
    }
    return new Appointment(
        f.text("orientationId"),
        f.text("structureId"),
        f.instant("startsAt"),
        f.text("status"),
        f.time(),
        replaced);
  }

  private static Appointment replaced(Appointment a) {
    return a == null
        ? new Appointment(null, null, null, null, null, true)
        : new Appointment(
            a.orientationId(), a.structureId(), a.startsAt(), a.status(), a.seen(), true);
  }

  private static Contract contract(Contract c, LifecycleFact f) {
    String type = f.type();
    Instant signed = c == null ? null : c.signedAt();
    if (type.equals("contract.signed")) {
      Instant at = f.instant("at");
      signed = signed == null || at.isBefore(signed) ? at : signed;
    }
    LocalDate stopped = c == null ? null : c.stoppedOn();
    if (type.equals("contract.ended") || type.equals("contract.cancelled")) {
      LocalDate on = f.instant("at").atZone(LifecycleFact.PARIS).toLocalDate();
      stopped = stopped == null || on.isBefore(stopped) ? on : stopped;
    }
    boolean latest = c == null || c.seen() == null || !f.time().isBefore(c.seen());
    if (!latest) {
      return new Contract(
          c.orientationId(),
          signed,
          c.startDate(),
          c.endDate(),
          stopped,
          c.actionCategories(),
          c.seen());
    }
    return new Contract(
        f.text("orientationId"),
        signed,
        f.date("startDate"),
        f.date("endDate"),
        stopped,
        f.data().has("actionCategories")
            ? f.texts("actionCategories")
            : c == null ? null : c.actionCategories(),
        f.time());
  }
}
