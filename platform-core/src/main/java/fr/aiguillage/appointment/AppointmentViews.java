package fr.aiguillage.appointment;

import fr.aiguillage.beneficiary.Beneficiary;
import fr.aiguillage.beneficiary.BeneficiaryRepository;
import fr.aiguillage.directory.Referent;
import fr.aiguillage.directory.Structure;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;

/**
 * An appointment as the edges read it: with its structure's and referent's names, the person's
 * name, and France Travail's "rendez-vous partenaire" terms.
 */
@ApplicationScoped
public class AppointmentViews {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Inject AppointmentRepository appointments;
  @Inject BeneficiaryRepository beneficiaries;
  @Inject CurrentCaller caller;

  public AppointmentDetails view(Appointment a) {
    Structure s = appointments.structure(a.structureId()).orElse(null);
    Referent referent = a.referentId().flatMap(appointments::referent).orElse(null);
    Beneficiary b = beneficiaries.find(a.beneficiaryId()).orElse(null);
    String tenant = caller.get().tenant().map(TenantCode::value).orElse(null);
    return new AppointmentDetails(
        a.id(),
        a.slotId(),
        a.referralId(),
        a.orientationId(),
        a.beneficiaryId(),
        tenant,
        a.structureId(),
        s == null ? null : s.name(),
        referent == null ? null : referent.id(),
        referent == null ? null : referent.name(),
        b == null ? null : b.firstNames() + " " + b.lastName(),
        a.startsAt(),
        a.endsAt(),
        a.modality().name(),
        a.modality().label(),
        a.location(),
        a.motif().name(),
        a.initiator().name(),
        a.status().name(),
        a.status().label(),
        a.bookedBy(),
        a.bookedAt(),
        a.replacesId().orElse(null),
        a.endedReason(),
        a.endedBy(),
        a.endedAt().orElse(null),
        franceTravail(a));
  }

  /** France Travail's "rendez-vous partenaire" terms for the appointment. */
  static AppointmentDetails.FranceTravailRdv franceTravail(Appointment a) {
    return new AppointmentDetails.FranceTravailRdv(
        a.id().toString(),
        a.motif().name(),
        a.modality().name(),
        a.initiator().name(),
        a.startsAt().atZone(PARIS).toLocalDateTime().toString(),
        (int) Duration.between(a.startsAt(), a.endsAt()).toMinutes(),
        a.location(),
        switch (a.status()) {
          case BOOKED -> "PLANIFIE";
          case MOVED -> "DEPLACE";
          case CANCELLED -> "ANNULE";
          case SEEN -> "HONORE";
          case EXCUSED -> "EXCUSE";
          case NO_SHOW -> "ABSENT";
        });
  }
}
