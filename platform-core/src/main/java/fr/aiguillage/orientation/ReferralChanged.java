package fr.aiguillage.orientation;

import fr.aiguillage.events.ForPartner;
import java.time.Instant;

/**
 * Payload of {@code referral.*} events (sent, reminded, expired, accepted, refused), version 1.
 * {@code beneficiaryId} (added to version 1, optional for older events) places the referral on a
 * person without waiting for the orientation's events.
 */
public record ReferralChanged(
    int schemaVersion,
    String referralId,
    String orientationId,
    String tenant,
    String structureId,
    String partnerOrganisation,
    String status,
    Instant sentAt,
    Instant dueAt,
    Instant at,
    String beneficiaryId)
    implements ForPartner {

  static ReferralChanged of(Referral r, String tenant, Instant at) {
    return new ReferralChanged(
        1,
        r.id().toString(),
        r.orientationId().toString(),
        tenant,
        r.structureId().toString(),
        r.partnerOrgId(),
        r.status().name(),
        r.sentAt(),
        r.dueAt(),
        at,
        r.beneficiaryId().toString());
  }
}
