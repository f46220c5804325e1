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

/** A time a structure (or one of its referents) offers for a first appointment. */
@Entity
@Table(name = "slot")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Slot {
  public enum Status {
    OPEN,
    BOOKED,
    WITHDRAWN
  }

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "structure_id", nullable = false)
  private UUID structureId;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "referent_id")
  private UUID referentId;

  @Column(name = "partner_org_id")
  private String partnerOrgId;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "series_id")
  private UUID seriesId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "modality", nullable = false)
  private Modality modality;

  @Column(name = "location")
  private String location;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version")
  private long version;

  protected Slot() {}

  static Slot open(
      UUID structureId,
      UUID referentId,
      String partnerOrgId,
      UUID seriesId,
      Instant startsAt,
      Instant endsAt,
      Modality modality,
      String location,
      String by,
      Instant now) {
    Slot s = new Slot();
    s.id = UUID.randomUUID();
    s.structureId = structureId;
    s.referentId = referentId;
    s.partnerOrgId = partnerOrgId;
    s.seriesId = seriesId;
    s.startsAt = startsAt;
    s.endsAt = endsAt;
    s.modality = modality;
    s.location = location;
    s.status = Status.OPEN;
    s.createdBy = by;
    s.createdAt = now;
    return s;
  }

  /** Refuses a slot of another structure, a past one, or one that is not open any more. */
  void checkBookableFor(UUID structure, Instant now) {
    if (!structureId.equals(structure)) {
      throw new InvalidInputException(
          "slotId", "Ce créneau n'est pas un créneau de la structure qui accompagne la personne.");
    }
    if (!startsAt.isAfter(now)) {
      throw new ConflictException("slotId", "Ce créneau est passé (" + Slots.when(startsAt) + ").");
    }
    if (status != Status.OPEN) {
      throw new ConflictException(
          "slotId",
          status == Status.BOOKED
              ? "Ce créneau vient d'être pris : choisissez-en un autre."
              : "Ce créneau a été retiré par la structure : choisissez-en un autre.");
    }
  }

  void book() {
    status = Status.BOOKED;
  }

  /** Free again (a cancelled or moved appointment), unless it was withdrawn meanwhile. */
  void free() {
    if (status == Status.BOOKED) {
      status = Status.OPEN;
    }
  }

  void withdraw() {
    status = Status.WITHDRAWN;
  }

  public UUID id() {
    return id;
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

  public Optional<UUID> seriesId() {
    return Optional.ofNullable(seriesId);
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public Modality modality() {
    return modality;
  }

  public String location() {
    return location;
  }

  public Status status() {
    return status;
  }
}
