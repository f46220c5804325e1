package fr.aiguillage.criteria;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One version of a département's criteria: draft, then published with an effective date, then
 * archived.
 */
@Entity
@Table(name = "criteria_version")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class CriteriaVersion {
  public enum Status {
    DRAFT,
    PUBLISHED,
    ARCHIVED
  }

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "version", nullable = false)
  private int version;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @Column(name = "questionnaire_version", nullable = false)
  private int questionnaireVersion;

  @Column(name = "rules", nullable = false)
  private String rulesJson;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  protected CriteriaVersion() {}

  static CriteriaVersion draft(
      int version, int questionnaireVersion, String rulesJson, String actor, Instant now) {
    CriteriaVersion v = new CriteriaVersion();
    v.id = UUID.randomUUID();
    v.version = version;
    v.status = Status.DRAFT;
    v.questionnaireVersion = questionnaireVersion;
    v.rulesJson = rulesJson;
    v.createdAt = now;
    v.createdBy = actor;
    return v;
  }

  void replaceDraft(String rulesJson, String actor, Instant now) {
    if (status != Status.DRAFT) {
      throw new IllegalStateException("only a draft can be changed");
    }
    this.rulesJson = rulesJson;
    this.createdAt = now;
    this.createdBy = actor;
  }

  void publish(LocalDate effectiveFrom, String actor, Instant now) {
    this.status = Status.PUBLISHED;
    this.effectiveFrom = effectiveFrom;
    this.publishedAt = now;
    this.publishedBy = actor;
  }

  void archive() {
    this.status = Status.ARCHIVED;
  }

  public int version() {
    return version;
  }

  public Status status() {
    return status;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public int questionnaireVersion() {
    return questionnaireVersion;
  }

  public String rulesJson() {
    return rulesJson;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public String publishedBy() {
    return publishedBy;
  }
}
