package fr.aiguillage.directory;

import fr.aiguillage.persistence.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A structure (organisme référent) in a département's directory. Not an EclipseLink multitenant
 * entity: a partner organisation reads its structures across départements, so queries filter
 * explicitly and RLS admits the tenant or the owning partner organisation.
 */
@Entity
@Table(name = "structure")
public class Structure {
  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private String tenantId;

  @Column(name = "name", nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private StructureKind kind;

  @Column(name = "partner_org_id")
  private String partnerOrgId;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "territory_id")
  private UUID territoryId;

  @Column(name = "capacity")
  private Integer capacity;

  protected Structure() {}

  public UUID id() {
    return id;
  }

  public String tenantId() {
    return tenantId;
  }

  public String name() {
    return name;
  }

  public StructureKind kind() {
    return kind;
  }

  public String partnerOrgId() {
    return partnerOrgId;
  }

  public UUID territoryId() {
    return territoryId;
  }

  public Integer capacity() {
    return capacity;
  }
}
