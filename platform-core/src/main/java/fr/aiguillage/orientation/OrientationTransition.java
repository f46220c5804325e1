package fr.aiguillage.orientation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One step of an orientation's history: from, to, when, who, why. Never changed once written. */
@Entity
@Table(name = "orientation_transition")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class OrientationTransition {
  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "orientation_id", nullable = false)
  private UUID orientationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state")
  private OrientationState from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false)
  private OrientationState to;

  @Column(name = "at", nullable = false)
  private Instant at;

  @Column(name = "actor", nullable = false)
  private String actor;

  @Column(name = "reason")
  private String reason;

  protected OrientationTransition() {}

  OrientationTransition(
      UUID orientationId,
      OrientationState from,
      OrientationState to,
      String actor,
      String reason,
      Instant at) {
    this.id = UUID.randomUUID();
    this.orientationId = orientationId;
    this.from = from;
    this.to = to;
    this.actor = actor;
    this.reason = reason;
    this.at = at;
  }

  public UUID orientationId() {
    return orientationId;
  }

  /** Null for the first step (the orientation was opened). */
  public OrientationState from() {
    return from;
  }

  public OrientationState to() {
    return to;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String reason() {
    return reason;
  }
}
