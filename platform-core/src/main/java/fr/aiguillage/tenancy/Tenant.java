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

  /** Days from the start of rights and duties within which a person should be oriented. */
  @Column(name = "orientation_target_days", nullable = false)
  private int orientationTargetDays = 42;

  /** Days a structure has to answer a referral. */
  @Column(name = "referral_answer_days", nullable = false)
  private int referralAnswerDays = 10;

  /** Days before the answer deadline at which the structure is reminded. */
  @Column(name = "referral_reminder_days", nullable = false)
  private int referralReminderDays = 3;

  @Column(name = "coordination_email")
  private String coordinationEmail;

  /** Days from the notification within which the contract is due, if shorter than the month. */
  @Column(name = "contract_target_days")
  private Integer contractTargetDays;

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

  public int orientationTargetDays() {
    return orientationTargetDays;
  }

  public int referralAnswerDays() {
    return referralAnswerDays;
  }

  public int referralReminderDays() {
    return referralReminderDays;
  }

  /** Sets the département's delays and coordination mailbox (checked by the settings service). */
  public void configure(
      int targetDays, int answerDays, int reminderDays, String coordinationEmail) {
    this.orientationTargetDays = targetDays;
    this.referralAnswerDays = answerDays;
    this.referralReminderDays = reminderDays;
    this.coordinationEmail = coordinationEmail;
  }

  /** The département's own target for contracts, in days; null: the legal month. */
  public Integer contractTargetDays() {
    return contractTargetDays;
  }

  /** Sets (1 to 30 days) or clears the département's own target for contracts. */
  public void setContractTargetDays(Integer days) {
    this.contractTargetDays = days;
  }

  /** Where notices for the coordination go (a referral left unanswered), if anywhere. */
  public java.util.Optional<String> coordinationEmail() {
    return java.util.Optional.ofNullable(coordinationEmail);
  }
}
