package fr.aiguillage.directory;

import fr.aiguillage.persistence.NullableUuidConverter;
import fr.aiguillage.vocabulary.Pathway;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A referent (référent unique) in a structure: the pathways they follow, their territory and
 * caseload.
 */
@Entity
@Table(name = "referent")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Referent {
  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "structure_id", nullable = false)
  private UUID structureId;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  @Column(name = "email", nullable = false)
  private String email;

  @Column(name = "max_caseload", nullable = false)
  private int maxCaseload;

  @Column(name = "current_caseload", nullable = false)
  private int currentCaseload;

  @Column(name = "pathways", nullable = false)
  private String pathways;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "territory_id")
  private UUID territoryId;

  protected Referent() {}

  /** A referent as an import or a test describes it. */
  static Referent of(
      UUID id,
      UUID structureId,
      String first,
      String last,
      UUID territoryId,
      int caseload,
      int max,
      String pathways) {
    Referent r = new Referent();
    r.id = id;
    r.structureId = structureId;
    r.firstName = first;
    r.lastName = last;
    r.email = first.toLowerCase() + "@exemple.fr";
    r.territoryId = territoryId;
    r.currentCaseload = caseload;
    r.maxCaseload = max;
    r.pathways = pathways;
    return r;
  }

  static Referent create(UUID id) {
    Referent r = new Referent();
    r.id = id;
    return r;
  }

  /** Replaces what the directory says of the referent; the caseload is counted, not typed. */
  void describe(
      UUID structure,
      String first,
      String last,
      String mail,
      UUID territory,
      String pathwayCodes,
      int max) {
    structureId = structure;
    firstName = first;
    lastName = last;
    email = mail;
    territoryId = territory;
    pathways = pathwayCodes;
    maxCaseload = max;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public UUID id() {
    return id;
  }

  public UUID structureId() {
    return structureId;
  }

  public String name() {
    return firstName + " " + lastName;
  }

  public String email() {
    return email;
  }

  public int maxCaseload() {
    return maxCaseload;
  }

  public int currentCaseload() {
    return currentCaseload;
  }

  public UUID territoryId() {
    return territoryId;
  }

  /** An empty list means every pathway. */
  public boolean takes(Pathway pathway) {
    return pathways.isBlank() || Arrays.asList(pathways.split(",")).contains(pathway.name());
  }

  public java.util.List<String> pathwayCodes() {
    return pathways.isBlank() ? java.util.List.of() : java.util.List.of(pathways.split(","));
  }

  /** The person's first appointment was held: one more person followed. */
  public void followsOneMore() {
    currentCaseload++;
  }

  public boolean full() {
    return currentCaseload >= maxCaseload;
  }
}
