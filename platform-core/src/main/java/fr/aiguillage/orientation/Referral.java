package fr.aiguillage.orientation;

import fr.aiguillage.persistence.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A decided orientation addressed to a structure: it has until {@code dueAt} to answer, gets a
 * reminder at {@code remindAt}, then expires and is escalated to the coordinator.
 */
@Entity
@Table(name = "referral")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Referral {
  public enum Status {
    PENDING,
    ACCEPTED,
    REFUSED,
    EXPIRED,
    WITHDRAWN
  }

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "orientation_id", nullable = false)
  private UUID orientationId;

  @Column(name = "structure_id", nullable = false)
  private UUID structureId;

  @Column(name = "partner_org_id")
  private String partnerOrgId;

  @Version
  @Column(name = "version")
  private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(name = "sent_by", nullable = false)
  private String sentBy;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "remind_at", nullable = false)
  private Instant remindAt;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "expired_at")
  private Instant expiredAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answer_reason")
  private String answerReason;

  @Column(name = "beneficiary_id", nullable = false)
  private UUID beneficiaryId;

  @Column(name = "pathway", nullable = false)
  private String pathway;

  @Column(name = "referent_id")
  @Convert(converter = NullableUuidConverter.class)
  private UUID referentId;

  @Column(name = "refusal_code")
  private String refusalCode;

  @Column(name = "reviewing_since")
  private Instant reviewingSince;

  @Column(name = "reviewing_by")
  private String reviewingBy;

  protected Referral() {}

  static Referral send(
      UUID orientationId,
      UUID beneficiaryId,
      String pathway,
      UUID structureId,
      String partnerOrgId,
      String by,
      Instant now,
      Instant due,
      Instant remind) {
    Referral r = new Referral();
    r.id = UUID.randomUUID();
    r.orientationId = orientationId;
    r.beneficiaryId = beneficiaryId;
    r.pathway = pathway;
    r.structureId = structureId;
    r.partnerOrgId = partnerOrgId;
    r.status = Status.PENDING;
    r.sentAt = now;
    r.sentBy = by;
    r.dueAt = due;
    r.remindAt = remind;
    return r;
  }

  void remind(Instant now) {
    remindedAt = now;
  }

  /** No answer in time: expired, and escalated to the coordinator at the same moment. */
  void expire(Instant now) {
    status = Status.EXPIRED;
    expiredAt = now;
    escalatedAt = now;
  }

  void answer(Status outcome, String by, String reason, Instant now) {
    fr.aiguillage.shared.Limits.checkText("text", reason, fr.aiguillage.shared.Limits.REASON);
    status = outcome;
    answeredBy = by;
    answerReason = reason;
    answeredAt = now;
  }

  /** The partner takes the person, with the referent who will follow them. */
  void accept(UUID referent, String by, Instant now) {
    answer(Status.ACCEPTED, by, null, now);
    referentId = referent;
  }

  /** The partner refuses, with a reason from the list and, for "other", its words. */
  void refuse(String code, String text, String by, Instant now) {
    answer(Status.REFUSED, by, text, now);
    refusalCode = code;
  }

  /** The partner says it is looking at the case (the deadline still runs). */
  void reviewing(String by, Instant now) {
    reviewingSince = now;
    reviewingBy = by;
  }

  public UUID id() {
    return id;
  }

  public UUID beneficiaryId() {
    return beneficiaryId;
  }

  public String pathway() {
    return pathway;
  }

  public Optional<UUID> referentId() {
    return Optional.ofNullable(referentId);
  }

  public String refusalCode() {
    return refusalCode;
  }

  public Optional<Instant> reviewingSince() {
    return Optional.ofNullable(reviewingSince);
  }

  public UUID orientationId() {
    return orientationId;
  }

  public UUID structureId() {
    return structureId;
  }

  public String partnerOrgId() {
    return partnerOrgId;
  }

  public Status status() {
    return status;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public String sentBy() {
    return sentBy;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Instant remindAt() {
    return remindAt;
  }

  public Optional<Instant> remindedAt() {
    return Optional.ofNullable(remindedAt);
  }

  public Optional<Instant> expiredAt() {
    return Optional.ofNullable(expiredAt);
  }

  public Optional<Instant> escalatedAt() {
    return Optional.ofNullable(escalatedAt);
  }

  public Optional<Instant> answeredAt() {
    return Optional.ofNullable(answeredAt);
  }

  public String answeredBy() {
    return answeredBy;
  }

  public String answerReason() {
    return answerReason;
  }
}
