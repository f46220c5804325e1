package fr.aiguillage.contract;

import java.time.Instant;
import java.util.UUID;

/**
 * One step of a contract's history: what happened, from which state to which, when, who, why, and
 * for a signature the hash of the document signed. Never changed once written; laid out as the row
 * it will be. The step that completes the signatures ({@link #completesSignature()}) is the
 * "contract signed" of the orientation's history and delays.
 */
public class ContractTransition {
  private UUID id;
  private UUID contractId;
  private UUID orientationId;
  private ContractStep step;
  private ContractState from;
  private ContractState to;
  private Instant at;
  private String actor;
  private String reason;
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
