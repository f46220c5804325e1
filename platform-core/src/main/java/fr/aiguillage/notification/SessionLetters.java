package fr.aiguillage.notification;

import fr.aiguillage.appointment.Appointment;
import fr.aiguillage.appointment.Modality;
import fr.aiguillage.appointment.Slots;
import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.beneficiary.Beneficiary;
import fr.aiguillage.beneficiary.BeneficiaryRepository;
import fr.aiguillage.directory.Referent;
import fr.aiguillage.directory.Structure;
import fr.aiguillage.directory.StructureRepository;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantRepository;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The convocations printed at a collective session's desk, for the département's staff: a person's
 * convocation to the session (the letter they were sent), and their convocation to the first
 * appointment booked for them at the desk.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class SessionLetters {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject NotificationRepository notifications;
  @Inject LetterWriter letters;
  @Inject BeneficiaryRepository beneficiaries;
  @Inject StructureRepository structures;
  @Inject TenantRepository tenants;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * The latest letter the person was sent about the session (convocation, reminder, cancellation).
   */
  public LetterFile sessionConvocation(UUID sessionId, UUID personId) {
    staff();
    notifications.session(sessionId).orElseThrow(() -> new NotFoundException("Session"));
    Notification letter =
        notifications
            .latestSessionLetter(sessionId, personId)
            .orElseThrow(() -> new NotFoundException("Convocation"));
    byte[] pdf = letters.convocationPdf(letter);
    audit.record(AuditAction.READ, "beneficiary", personId, "convocation à la session imprimée");
    return new LetterFile(ConvocationLetter.fileName(ConvocationLetter.read(letter)), pdf);
  }

  /** The convocation to the first appointment booked for the person at the session's desk. */
  public LetterFile deskAppointment(UUID sessionId, UUID personId) {
    staff();
    notifications.session(sessionId).orElseThrow(() -> new NotFoundException("Session"));
    Appointment a =
        bookedAtDesk(sessionId, personId)
            .flatMap(notifications::appointment)
            .orElseThrow(() -> new NotFoundException("Rendez-vous"));
    Beneficiary b = beneficiaries.find(a.beneficiaryId()).orElseThrow();
    Structure s = structures.find(a.structureId()).orElseThrow();
    ConvocationData data =
        appointment(
            tenants.require(caller.get().requireTenant()).name(),
            AppointmentFacts.of(
                a,
                s,
                a.referentId().flatMap(structures::referent).map(Referent::name).orElse(null)),
            SessionNotices.Addressee.of(b),
            LocalDate.now(clock.withZone(Templates.PARIS)));
    byte[] pdf = ConvocationLetter.pdf(data);
    audit.record(AuditAction.READ, "beneficiary", personId, "convocation au rendez-vous imprimée");
    return new LetterFile(ConvocationLetter.fileName(data), pdf);
  }

  /** A first appointment as its convocation tells it. */
  record AppointmentFacts(
      UUID id,
      Modality modality,
      Instant startsAt,
      Instant endsAt,
      String location,
      String structure,
      String structurePhone,
      List<String> structurePlace,
      String referent) {
    static AppointmentFacts of(Appointment a, Structure s, String referent) {
      return new AppointmentFacts(
          a.id(),
          a.modality(),
          a.startsAt(),
          a.endsAt(),
          a.location(),
          s.name(),
          s.phone(),
          DecisionLetterData.placeLines(s.addressLine(), s.postalCode(), s.communeInsee()),
          referent);
    }
  }

  /** What the convocation to a first appointment says. */
  static ConvocationData appointment(
      String departement, AppointmentFacts a, SessionNotices.Addressee to, LocalDate day) {
    List<String> place = new ArrayList<>();
    String video = null;
    boolean located = a.location() != null && !a.location().isBlank();
    if (a.modality() == Modality.VISIO) {
      video = a.location();
    } else if (a.modality() == Modality.TELEPHONE) {
      place.add(a.structure() + " vous appellera" + (located ? " (" + a.location() + ")." : "."));
    } else if (located) {
      place.add(a.location());
    } else {
      place.addAll(a.structurePlace());
    }
    return new ConvocationData(
        departement,
        DecisionLetterData.reference(a.id()),
        day.toString(),
        to.civility(),
        to.fullName(),
        to.address(),
        "Convocation à votre premier rendez-vous",
        "Premier rendez-vous d'accompagnement avec " + a.structure(),
        Slots.when(a.startsAt()),
        Duration.between(a.startsAt(), a.endsAt()).toMinutes(),
        place,
        null,
        video,
        a.referent(),
        a.structurePhone(),
        true,
        false,
        false,
        null,
        null,
        List.of(),
        null,
        null);
  }

  /** The appointment booked at the session's desk for the person, if any. */
  private Optional<UUID> bookedAtDesk(UUID sessionId, UUID personId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT appointment_id FROM session_invitation WHERE session_id = ?1"
                    + " AND person_id = ?2 AND appointment_id IS NOT NULL")
            .setParameter(1, sessionId)
            .setParameter(2, personId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(o -> o instanceof UUID u ? u : UUID.fromString(o.toString()));
  }

  private void staff() {
    caller
        .get()
        .requireDepartementStaff("Les convocations sont imprimées par les agents du département.");
  }
}
