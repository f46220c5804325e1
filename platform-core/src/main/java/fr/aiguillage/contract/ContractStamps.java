package fr.aiguillage.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Who created a contract and when, and who changed it last and when. Part of {@link Contract}. */
@Embeddable
public class ContractStamps {
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected ContractStamps() {}

  private ContractStamps(Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    this.updatedAt = updatedAt;
    this.updatedBy = updatedBy;
  }

  static ContractStamps created(String actor, Instant now) {
    return new ContractStamps(now, actor, now, actor);
  }

  /** The same creation, changed last by {@code actor} at {@code now}. */
  ContractStamps touched(String actor, Instant now) {
    return new ContractStamps(createdAt, createdBy, now, actor);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
