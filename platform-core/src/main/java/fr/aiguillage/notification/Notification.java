package fr.aiguillage.notification;

import fr.aiguillage.persistence.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One notice to a person or to the coordination: a letter (PDF, printed and posted when the person
 * has no e-mail), an e-mail (which carries the letter), an SMS. Written in the transaction of the
 * decision it tells about; sent after, retried with back-off.
 */
@Entity
@Table(name = "notification")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Notification {
  public enum Kind {
    DECISION,
    ESCALATION,
    REFUSAL,
    CONVOCATION,
    REMINDER,
    CANCELLATION,
    /** A person's contract due soon, told to the body that writes it. */
    CONTRACT_DUE
  }

  public enum Channel {
    LETTER,
    EMAIL,
    SMS
  }

  public enum Status {
    PENDING,
    SENT,
    FAILED,
    TO_PRINT,
    PRINTED,
    ATTACHED
  }

  /** Attempts before a notice is given up (FAILED) and shown as such. */
  static final int MAX_ATTEMPTS = 6;

  @Id
  @Column(name = "id")
  private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false)
  private Channel channel;

  @Column(name = "orientation_id", nullable = false)
  private UUID orientationId;

  @Column(name = "beneficiary_id", nullable = false)
  private UUID beneficiaryId;

  @Column(name = "recipient")
  private String recipient;

  @Column(name = "subject")
  private String subject;

  @Column(name = "body", nullable = false)
  private String body;

  @Column(name = "letter_id")
  @Convert(converter = NullableUuidConverter.class)
  private UUID letterId;

  @Column(name = "document")
  private byte[] document;

  @Column(name = "appointment_id")
  @Convert(converter = NullableUuidConverter.class)
  private UUID appointmentId;

  @Column(name = "session_id")
  @Convert(converter = NullableUuidConverter.class)
  private UUID sessionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Version
  @Column(name = "version")
  private long version;

  protected Notification() {}

  Notification(
      Kind kind,
      Channel channel,
      UUID orientationId,
      UUID beneficiaryId,
      String recipient,
      String subject,
      String body,
      UUID letterId,
      String createdBy,
      Instant now) {
    this.id = UUID.randomUUID();
    this.kind = kind;
    this.channel = channel;
    this.orientationId = orientationId;
    this.beneficiaryId = beneficiaryId;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.letterId = letterId;
    this.status = Status.PENDING;
    this.nextAttemptAt = now;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** About an appointment, with the calendar file an e-mail carries (null for an SMS). */
  Notification about(UUID appointment, byte[] calendarFile) {
    this.appointmentId = appointment;
    this.document = calendarFile;
    return this;
  }

  /**
   * About a collective session, with the calendar file an e-mail carries (null for a letter, an SMS
   * or a reminder).
   */
  Notification aboutSession(UUID session, byte[] calendarFile) {
    this.sessionId = session;
    this.document = calendarFile;
    return this;
  }

  /** The letter is written: it waits to be printed and posted, or travels with the e-mail. */
  void written(byte[] pdf, boolean byEmail) {
    this.document = pdf;
    this.status = byEmail ? Status.ATTACHED : Status.TO_PRINT;
    this.nextAttemptAt = null;
  }

  void sent(Instant now) {
    this.status = Status.SENT;
    this.sentAt = now;
    this.attempts++;
    this.nextAttemptAt = null;
    this.lastError = null;
  }

  /** A failed attempt: tried again later (1, 5, 30 minutes, 2, 6 hours), then given up. */
  void failed(String error, Instant now) {
    this.attempts++;
    this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    if (attempts >= MAX_ATTEMPTS) {
      this.status = Status.FAILED;
      this.nextAttemptAt = null;
    } else {
      long[] minutes = {1, 5, 30, 120, 360};
      this.nextAttemptAt = now.plus(Duration.ofMinutes(minutes[Math.min(attempts - 1, 4)]));
    }
  }

  /** The letter was printed and posted: for a letter, that is when the notice is sent. */
  void printed(Instant now) {
    this.status = Status.PRINTED;
    this.sentAt = now;
  }

  /** A failed notice is tried again from now (the address was corrected, the server is back). */
  void retry(Instant now) {
    this.status = Status.PENDING;
    this.attempts = 0;
    this.nextAttemptAt = now;
  }

  public UUID id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public Channel channel() {
    return channel;
  }

  public UUID orientationId() {
    return orientationId;
  }

  public UUID beneficiaryId() {
    return beneficiaryId;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public Optional<UUID> letterId() {
    return Optional.ofNullable(letterId);
  }

  public Optional<byte[]> document() {
    return Optional.ofNullable(document);
  }

  public Optional<UUID> appointmentId() {
    return Optional.ofNullable(appointmentId);
  }

  public Optional<UUID> sessionId() {
    return Optional.ofNullable(sessionId);
  }

  public Status status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }
}
