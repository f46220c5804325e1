package fr.aiguillage.appointment;

import fr.aiguillage.events.ForPartner;
import java.time.Instant;

/**
 * Payload of {@code appointment.*} events (booked, moved, cancelled, attendance), version 1: what
 * the partner's and France Travail's systems need, without the person's identity. {@code
 * beneficiaryId} (added to version 1, optional for older events) places the appointment on a person
 * without waiting for the orientation's events.
 */
public record AppointmentChanged(
    int schemaVersion,
    String appointmentId,
    String referralId,
    String orientationId,
    String tenant,
    String structureId,
    String partnerOrganisation,
    String status,
    Instant startsAt,
    Instant endsAt,
    String replaces,
    String reason,
    AppointmentDetails.FranceTravailRdv franceTravail,
    Instant at,
    String beneficiaryId)
    implements ForPartner {

  static AppointmentChanged of(Appointment a, String tenant, Instant at) {
    return new AppointmentChanged(
        1,
        a.id().toString(),
        a.referralId().toString(),
        a.orientationId().toString(),
        tenant,
        a.structureId().toString(),
        a.partnerOrgId(),
        a.status().name(),
        a.startsAt(),
        a.endsAt(),
        a.replacesId().map(Object::toString).orElse(null),
        a.endedReason(),
        AppointmentViews.franceTravail(a),
        at,
        a.beneficiaryId().toString());
  }
}
