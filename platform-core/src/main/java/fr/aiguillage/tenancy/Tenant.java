package fr.aiguillage.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A département using the platform. Platform-level row: it is the tenant, not owned by one. */
@Entity
@Table(name = "tenant")
public class Tenant {
  public enum Status {
    ACTIVE,
    SUSPENDED
  }

  @Id
  @Column(name = "code", length = 3)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Tenant() {}

  public Tenant(TenantCode code, String name, Instant now) {
    this.code = code.value();
    this.name = name;
    this.status = Status.ACTIVE;
    this.createdAt = now;
  }

  public TenantCode code() {
    return new TenantCode(code);
  }

  public String name() {
    return name;
  }

  public Status status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
