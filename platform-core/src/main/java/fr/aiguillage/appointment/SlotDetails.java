package fr.aiguillage.appointment;

import java.time.Instant;
import java.util.UUID;

/** A slot in a calendar, with the appointment it carries if any. */
public record SlotDetails(
    UUID id,
    String departement,
    UUID structureId,
    String structureName,
    UUID referentId,
    String referentName,
    Instant startsAt,
    Instant endsAt,
    String modality,
    String modalityLabel,
    String location,
    String status,
    Booked appointment) {

  /** The live appointment on a slot. */
  public record Booked(
      UUID id, UUID referralId, String personName, String status, String statusLabel) {}
}
