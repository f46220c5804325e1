package fr.aiguillage.appointment;

import java.time.Instant;
import java.util.UUID;

/** An appointment as the partner and the département see it. */
public record AppointmentDetails(
    UUID id,
    UUID slotId,
    UUID referralId,
    UUID orientationId,
    UUID beneficiaryId,
    String departement,
    UUID structureId,
    String structureName,
    UUID referentId,
    String referentName,
    String personName,
    Instant startsAt,
    Instant endsAt,
    String modality,
    String modalityLabel,
    String location,
    String motif,
    String initiator,
    String status,
    String statusLabel,
    String bookedBy,
    Instant bookedAt,
    UUID replacesId,
    String endedReason,
    String endedBy,
    Instant endedAt,
    FranceTravailRdv franceTravail) {

  /**
   * The same appointment in the terms of France Travail's "rendez-vous partenaire" (motif,
   * modalité, initiateur, local date and time, duration in minutes), so that its systems can take
   * it as it is. The field names follow the published vocabulary; the exact schema of France
   * Travail's API is not public and is to be checked with it (docs/api.md).
   */
  public record FranceTravailRdv(
      String idRdvPartenaire,
      String motif,
      String modalite,
      String initiateur,
      String dateHeureDebut,
      int dureeMinutes,
      String lieu,
      String statut) {}
}
