package fr.aiguillage.audit;

import fr.aiguillage.persistence.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Who read or changed which file, when, in which tenant. Append-only (the app role cannot update).
 */
@Entity
@Table(name = "audit_log")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class AuditEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "at", nullable = false)
  private Instant at;

  @Column(name = "actor", nullable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false)
  private AuditAction action;

  @Column(name = "subject_type", nullable = false)
  private String subjectType;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "subject_id")
  private UUID subjectId;

  @Column(name = "detail")
  private String detail;

  protected AuditEntry() {}

  AuditEntry(
      Instant at,
      String actor,
      AuditAction action,
      String subjectType,
      UUID subjectId,
      String detail) {
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.detail = detail;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public AuditAction action() {
    return action;
  }

  public String subjectType() {
    return subjectType;
  }

  public UUID subjectId() {
    return subjectId;
  }

  public String detail() {
    return detail;
  }
}
