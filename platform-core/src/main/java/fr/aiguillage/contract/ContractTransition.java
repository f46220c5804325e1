package fr.aiguillage.contract;

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

/**
 * One step of a contract's history: what happened, from which state to which, when, who, why, and
 * for a signature the hash of the document signed. Never changed once written; laid out as the row
 * it will be. The step that completes the signatures ({@link #completesSignature()}) is the
 * "contract signed" of the orientation's history and delays.
 */
@Entity
@Table(name = "contract_step")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class ContractTransition {
  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "contract_id", nullable = false)
  private UUID contractId;

  @Column(name = "orientation_id", nullable = false)
  private UUID orientationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "step", nullable = false)
  private ContractStep step;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state")
  private ContractState from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false)
  private ContractState to;

  @Column(name = "at", nullable = false)
  private Instant at;

  @Column(name = "actor", nullable = false)
  private String actor;

  @Column(name = "reason")
  private String reason;

  @Column(name = "document_sha256")
  private String documentSha256;

  protected ContractTransition() {}

  ContractTransition(
      Contract contract,
      ContractStep step,
      ContractState from,
      String actor,
      String reason,
      String documentSha256,
      Instant at) {
    this.id = UUID.randomUUID();
    this.contractId = contract.id();
    this.orientationId = contract.orientationId();
    this.step = step;
    this.from = from;
    this.to = contract.state();
    this.actor = actor;
    this.reason = reason;
    this.documentSha256 = documentSha256;
    this.at = at;
  }

  /** Whether this step made the contract signed by both parties. */
  public boolean completesSignature() {
    return from == ContractState.TO_SIGN && to == ContractState.SIGNED;
  }

  public UUID id() {
    return id;
  }

  public UUID contractId() {
    return contractId;
  }

  public UUID orientationId() {
    return orientationId;
  }

  public ContractStep step() {
    return step;
  }

  /** Null for the first step (the draft was created). */
  public ContractState from() {
    return from;
  }

  public ContractState to() {
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

  /** The hash of the document signed, for a signature step; else null. */
  public String documentSha256() {
    return documentSha256;
  }
}
