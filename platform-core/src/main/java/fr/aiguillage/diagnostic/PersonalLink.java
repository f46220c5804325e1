package fr.aiguillage.diagnostic;

import fr.aiguillage.persistence.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A personal link to fill one's diagnostic: only the token's hash is kept; it expires and serves
 * once.
 */
@Entity
@Table(name = "personal_link")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class PersonalLink {
  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "purpose", nullable = false)
  private String purpose;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "diagnostic_id")
  private UUID diagnosticId;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "contract_id")
  private UUID contractId;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "consumed_at")
  private Instant consumedAt;

  protected PersonalLink() {}

  static PersonalLink forDiagnostic(
      UUID diagnosticId, String tokenHash, String by, Instant now, Instant expiresAt) {
    PersonalLink l = new PersonalLink();
    l.id = UUID.randomUUID();
    l.tokenHash = tokenHash;
    l.purpose = "DIAGNOSTIC";
    l.diagnosticId = diagnosticId;
    l.createdBy = by;
    l.createdAt = now;
    l.expiresAt = expiresAt;
    return l;
  }

  void consume(Instant now) {
    consumedAt = now;
  }

  /** A link to read and sign a contract remotely; it stays usable to read it until it expires. */
  static PersonalLink forContract(
      UUID contractId, String tokenHash, String by, Instant now, Instant expiresAt) {
    PersonalLink l = new PersonalLink();
    l.id = UUID.randomUUID();
    l.tokenHash = tokenHash;
    l.purpose = "CONTRACT";
    l.contractId = contractId;
    l.createdBy = by;
    l.createdAt = now;
    l.expiresAt = expiresAt;
    return l;
  }

  public UUID id() {
    return id;
  }

  public UUID diagnosticId() {
    return diagnosticId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant consumedAt() {
    return consumedAt;
  }
}
