package fr.aiguillage.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One action of a département's catalogue as stored ({@code contract_action}): the action, its
 * place in the list, and whether contracts may still choose it. Never deleted: a contract may cite
 * it.
 */
@Entity
@Table(name = "contract_action")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class CatalogueEntry {
  @Id
  @Column(name = "code")
  private String code;

  @Column(name = "label", nullable = false)
  private String label;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false)
  private ActionCategory category;

  @Convert(converter = TextListConverter.class)
  @Column(name = "thematiques", nullable = false)
  private List<String> thematiques;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected CatalogueEntry() {}

  /** A new active action at {@code position} in the list. */
  static CatalogueEntry of(CatalogueAction action, int position, String actor, Instant now) {
    CatalogueEntry e = new CatalogueEntry();
    e.code = action.code();
    e.position = position;
    e.active = true;
    e.change(action, actor, now);
    return e;
  }

  /** Replaces its label, category and thématiques (the code stays). */
  void revise(CatalogueAction action, boolean active, String actor, Instant now) {
    change(action, actor, now);
    this.active = active;
  }

  private void change(CatalogueAction action, String actor, Instant now) {
    this.label = action.label().strip();
    this.category = action.category();
    this.thematiques = List.copyOf(action.thematiques());
    this.updatedAt = now;
    this.updatedBy = actor;
  }

  public CatalogueAction action() {
    return new CatalogueAction(code, label, category, thematiques);
  }

  public String code() {
    return code;
  }

  public boolean active() {
    return active;
  }

  public int position() {
    return position;
  }
}
