package fr.aiguillage.directory;

import fr.aiguillage.persistence.NullableUuidConverter;
import fr.aiguillage.vocabulary.StructureKind;
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

  @Column(name = "current_load", nullable = false)
  private int currentLoad;

  @Column(name = "pathways", nullable = false)
  private String pathways;

  @Column(name = "commune_insee")
  private String communeInsee;

  @Column(name = "siret")
  private String siret;

  @Column(name = "address_line")
  private String addressLine;

  @Column(name = "postal_code")
  private String postalCode;

  @Column(name = "opening_hours")
  private String openingHours;

  @Column(name = "thematiques", nullable = false)
  private String thematiques;

  @Column(name = "phone")
  private String phone;

  @Column(name = "email")
  private String email;

  protected Structure() {}

  /** Replaces what a directory file says about this structure (its load and owner are kept). */
  void describe(
      String name,
      StructureKind kind,
      String siret,
      String addressLine,
      String postalCode,
      String communeInsee,
      String phone,
      String email,
      String openingHours,
      String thematiques,
      String pathways,
      Integer capacity,
      UUID territoryId) {
    this.name = name;
    this.kind = kind;
    this.siret = siret;
    this.addressLine = addressLine;
    this.postalCode = postalCode;
    this.communeInsee = communeInsee;
    this.phone = phone;
    this.email = email;
    this.openingHours = openingHours;
    this.thematiques = thematiques == null ? "" : thematiques;
    this.pathways = pathways;
    this.capacity = capacity;
    this.territoryId = territoryId;
  }

  static Structure create(UUID id, String tenant) {
    Structure s = new Structure();
    s.id = id;
    s.tenantId = tenant;
    s.thematiques = "";
    s.pathways = "";
    return s;
  }

  public String addressLine() {
    return addressLine;
  }

  public String postalCode() {
    return postalCode;
  }

  public String openingHours() {
    return openingHours;
  }

  public String thematiques() {
    return thematiques;
  }

  /** A structure as an import or a test describes it. */
  static Structure of(
      UUID id,
      String tenant,
      String name,
      StructureKind kind,
      UUID territoryId,
      Integer capacity,
      int load,
      String pathways) {
    Structure s = new Structure();
    s.id = id;
    s.tenantId = tenant;
    s.name = name;
    s.kind = kind;
    s.territoryId = territoryId;
    s.capacity = capacity;
    s.currentLoad = load;
    s.pathways = pathways;
    s.thematiques = "";
    return s;
  }

  /** A person's accompaniment started here: one place fewer. */
  public void takesOneMore() {
    currentLoad++;
  }

  /** The partner organisation whose users answer this structure's referrals (null: none). */
  public void assignTo(String partnerOrganisation) {
    this.partnerOrgId = partnerOrganisation;
  }

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

  /** Places left, when the structure declared a capacity. */
  public java.util.Optional<Integer> capacityLeft() {
    return capacity == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(Math.max(0, capacity - currentLoad));
  }

  public boolean takes(fr.aiguillage.vocabulary.Pathway pathway) {
    return java.util.Arrays.asList(pathways.split(",")).contains(pathway.name());
  }

  public int currentLoad() {
    return currentLoad;
  }

  public String siret() {
    return siret;
  }

  public java.util.List<String> pathwayCodes() {
    return pathways.isBlank() ? java.util.List.of() : java.util.List.of(pathways.split(","));
  }

  public String communeInsee() {
    return communeInsee;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }
}
