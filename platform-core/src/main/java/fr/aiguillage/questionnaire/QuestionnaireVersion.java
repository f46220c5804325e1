package fr.aiguillage.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A version of a département's own questions, appended to the national base. */
@Entity
@Table(name = "questionnaire_version")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class QuestionnaireVersion {
  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "version", nullable = false)
  private int version;

  @Column(name = "sections", nullable = false)
  private String sectionsJson;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected QuestionnaireVersion() {}

  QuestionnaireVersion(int version, String sectionsJson, String by, Instant at) {
    this.id = UUID.randomUUID();
    this.version = version;
    this.sectionsJson = sectionsJson;
    this.createdBy = by;
    this.createdAt = at;
  }

  public int version() {
    return version;
  }

  String sectionsJson() {
    return sectionsJson;
  }
}
