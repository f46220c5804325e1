package fr.aiguillage.appointment;

import fr.aiguillage.persistence.NullableUuidConverter;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The first appointment of a person with the structure that accepted them, on one slot. Moving it
 * ends this one (MOVED) and books another that {@code replaces} it; the slot is freed.
 */
@Entity
@Table(name = "appointment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Appointment {
  public enum Status {
    BOOKED("Prévu"),
    MOVED("Déplacé"),
    CANCELLED("Annulé"),
    SEEN("Venu(e)"),
    EXCUSED("Absent(e) excusé(e)"),
    NO_SHOW("Absent(e) sans prévenir");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** France Travail's "motif": ORI (orientation), ACC (accompagnement, the referent's first). */
  public enum Motif {
    ORI,
    ACC;

    /** The motif a booking asks for; ACC (the first accompaniment appointment) by default. */
    static Motif of(String code) {
      if (code == null || code.isBlank()) {
        return ACC;
      }
      try {
        return valueOf(code.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            "motif",
            "Motif inconnu : ACC (premier rendez-vous d'accompagnement) ou ORI (orientation).");
      }
    }
  }

  /** Who booked: the partner (structure) or the département. */
  public enum Initiator {
    PARTENAIRE,
    DEPARTEMENT
  }

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "slot_id", nullable = false)
  private UUID slotId;

  @Column(name = "referral_id", nullable = false)
  private UUID referralId;

  @Column(name = "orientation_id", nullable = false)
  private UUID orientationId;

  @Column(name = "beneficiary_id", nullable = false)
  private UUID beneficiaryId;

  @Column(name = "structure_id", nullable = false)
  private UUID structureId;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "referent_id")
  private UUID referentId;

  @Column(name = "partner_org_id")
  private String partnerOrgId;

  @Enumerated(EnumType.STRING)
  @Column(name = "motif", nullable = false)
  private Motif motif;

  @Enumerated(EnumType.STRING)
  @Column(name = "modality", nullable = false)
  private Modality modality;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "location")
  private String location;

  @Enumerated(EnumType.STRING)
  @Column(name = "initiator", nullable = false)
  private Initiator initiator;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "booked_by", nullable = false)
  private String bookedBy;

  @Column(name = "booked_at", nullable = false)
  private Instant bookedAt;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "replaces_id")
  private UUID replacesId;

  @Column(name = "ended_reason")
  private String endedReason;

  @Column(name = "ended_by")
  private String endedBy;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected Appointment() {}

  static Appointment book(
      Slot slot,
      UUID referralId,
      UUID orientationId,
      UUID beneficiaryId,
      UUID referentId,
      Motif motif,
      Initiator initiator,
      UUID replaces,
      String by,
      Instant now) {
    Appointment a = new Appointment();
    a.id = UUID.randomUUID();
    a.slotId = slot.id();
    a.referralId = referralId;
    a.orientationId = orientationId;
    a.beneficiaryId = beneficiaryId;
    a.structureId = slot.structureId();
    a.referentId = slot.referentId().orElse(referentId);
    a.partnerOrgId = slot.partnerOrgId();
    a.motif = motif;
    a.modality = slot.modality();
    a.startsAt = slot.startsAt();
    a.endsAt = slot.endsAt();
    a.location = slot.location();
    a.initiator = initiator;
    a.status = Status.BOOKED;
    a.replacesId = replaces;
    a.bookedBy = by;
    a.bookedAt = now;
    return a;
  }

  void end(Status outcome, String reason, String by, Instant now) {
    status = outcome;
    endedReason = reason;
    endedBy = by;
    endedAt = now;
  }

  void reminded(Instant now) {
    remindedAt = now;
  }

  /** Refuses to move or cancel an appointment that is no longer booked or has begun. */
  void checkChangeable(String verb, Instant now) {
    if (status != Status.BOOKED) {
      throw new ConflictException(
          "status",
          "Ce rendez-vous ne peut plus être " + verb + " : il est « " + status.label() + " ».");
    }
    if (!startsAt.isAfter(now)) {
      throw new ConflictException(
          "status",
          "Ce rendez-vous a commencé ("
              + Slots.when(startsAt)
              + ") : notez plutôt si la personne est venue.");
    }
  }

  /** Refuses to record attendance twice, or before the appointment has begun. */
  void checkAttendable(Instant now) {
    if (status != Status.BOOKED) {
      throw new ConflictException(
          "status", "Ce rendez-vous est déjà noté « " + status.label() + " » : il ne change plus.");
    }
    if (startsAt.isAfter(now)) {
      throw new ConflictException(
          "outcome", "Ce rendez-vous n'a pas encore eu lieu (" + Slots.when(startsAt) + ").");
    }
  }

  public UUID id() {
    return id;
  }

  public UUID slotId() {
    return slotId;
  }

  public UUID referralId() {
    return referralId;
  }

  public UUID orientationId() {
    return orientationId;
  }

  public UUID beneficiaryId() {
    return beneficiaryId;
  }

  public UUID structureId() {
    return structureId;
  }

  public Optional<UUID> referentId() {
    return Optional.ofNullable(referentId);
  }

  public String partnerOrgId() {
    return partnerOrgId;
  }

  public Motif motif() {
    return motif;
  }

  public Modality modality() {
    return modality;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public String location() {
    return location;
  }

  public Initiator initiator() {
    return initiator;
  }

  public Status status() {
    return status;
  }

  public String bookedBy() {
    return bookedBy;
  }

  public Instant bookedAt() {
    return bookedAt;
  }

  public Optional<UUID> replacesId() {
    return Optional.ofNullable(replacesId);
  }

  public String endedReason() {
    return endedReason;
  }

  public String endedBy() {
    return endedBy;
  }

  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }

  public Optional<Instant> remindedAt() {
    return Optional.ofNullable(remindedAt);
  }

  public long version() {
    return version;
  }
}
