package fr.aiguillage.session;

import fr.aiguillage.persistence.NullableUuidConverter;
import fr.aiguillage.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person's place at a session: invited (or come without an invitation: a walk-in), possibly
 * declined from their page, then checked in at the door. {@code earlierAbsences} counts the
 * sessions they were invited to and missed: after one, they are invited once more; after two, they
 * go to the individual convocation path. Changed only through its session; laid out as its row.
 */
@Entity
@Table(name = "session_invitation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Invitation {
  @Id
  @Column(name = "id")
  private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "session_id", nullable = false)
  private CollectiveSession session;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  @Column(name = "walk_in", nullable = false)
  private boolean walkIn;

  @Column(name = "earlier_absences", nullable = false)
  private int earlierAbsences;

  @Column(name = "declined_at")
  private Instant declinedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "attendance")
  private Attendance attendance;

  @Column(name = "checked_in_at")
  private Instant checkedInAt;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "orientation_id")
  private UUID orientationId;

  /** The agent whose desk has the person now (one at a time). */
  @Column(name = "desk_agent")
  private String deskAgent;

  @Column(name = "desk_since")
  private Instant deskSince;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private Outcome outcome;

  @Column(name = "outcome_at")
  private Instant outcomeAt;

  @Column(name = "set_aside_reason")
  private String setAsideReason;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "contract_id")
  private UUID contractId;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "appointment_id")
  private UUID appointmentId;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "next_session_id")
  private UUID nextSessionId;

  @Column(name = "individual_path", nullable = false)
  private boolean individualPath;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  /** What the desk did: oriented the same day, or set aside for an in-depth review. */
  public enum Outcome {
    ORIENTED("Orientée sur place"),
    SET_ASIDE("Mise de côté pour un examen approfondi");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  protected Invitation() {}

  Invitation(
      CollectiveSession session,
      UUID personId,
      UUID orientationId,
      Instant at,
      boolean walkIn,
      int earlierAbsences) {
    this.id = UUID.randomUUID();
    this.session = session;
    this.personId = personId;
    this.orientationId = orientationId;
    this.invitedAt = at;
    this.walkIn = walkIn;
    this.earlierAbsences = earlierAbsences;
  }

  void reinvite(Instant at) {
    declinedAt = null;
    invitedAt = at;
  }

  void decline(Instant at) {
    declinedAt = at;
  }

  void checkIn(Attendance a, Instant at) {
    attendance = a;
    checkedInAt = at;
  }

  /**
   * The agent takes the person to their desk; another agent who has them already keeps them.
   *
   * @throws ConflictException if another agent's desk has them
   */
  public void takeToDesk(String agent, Instant at) {
    if (deskAgent != null && !deskAgent.equals(agent)) {
      throw new ConflictException(
          "personId",
          "Cette personne est déjà au bureau de " + deskAgent + " : choisissez-en une autre.");
    }
    if (attendance == null || !attendance.came()) {
      throw new ConflictException(
          "personId", "Cette personne n'est pas pointée présente : pointez-la d'abord.");
    }
    if (deskAgent == null) {
      deskAgent = agent;
      deskSince = at;
    }
  }

  /** The agent lets the person go back to the common list (someone else may take them). */
  public void release(String agent) {
    if (agent.equals(deskAgent) && outcome == null) {
      deskAgent = null;
      deskSince = null;
    }
  }

  /**
   * The desk's outcome for the person.
   *
   * @throws ConflictException if the person already has one
   */
  public void outcome(Outcome o, String reason, Instant at) {
    if (outcome != null) {
      throw new ConflictException(
          "personId", "Cette personne a déjà une suite : « " + outcome.label() + " ».");
    }
    outcome = o;
    outcomeAt = at;
    setAsideReason = reason;
  }

  public void contract(UUID id) {
    contractId = id;
  }

  public void appointment(UUID id) {
    appointmentId = id;
  }

  /** Offered the next session after missing this one (or its cancellation). */
  void offeredNext(UUID sessionId) {
    nextSessionId = sessionId;
  }

  /** Missed twice: convoked individually from now on. */
  void toIndividualPath() {
    individualPath = true;
  }

  /** Whether the person holds a place: invited and not declined. */
  public boolean holdsAPlace() {
    return declinedAt == null;
  }

  public UUID personId() {
    return personId;
  }

  public UUID id() {
    return id;
  }

  public CollectiveSession session() {
    return session;
  }

  public UUID orientationId() {
    return orientationId;
  }

  public Optional<String> deskAgent() {
    return Optional.ofNullable(deskAgent);
  }

  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<Instant> outcomeAt() {
    return Optional.ofNullable(outcomeAt);
  }

  public Optional<String> setAsideReason() {
    return Optional.ofNullable(setAsideReason);
  }

  public Optional<UUID> contractId() {
    return Optional.ofNullable(contractId);
  }

  public Optional<UUID> appointmentId() {
    return Optional.ofNullable(appointmentId);
  }

  public Optional<UUID> nextSessionId() {
    return Optional.ofNullable(nextSessionId);
  }

  public boolean individualPath() {
    return individualPath;
  }

  public long rowVersion() {
    return rowVersion;
  }

  public Instant invitedAt() {
    return invitedAt;
  }

  public boolean walkIn() {
    return walkIn;
  }

  public int earlierAbsences() {
    return earlierAbsences;
  }

  public Optional<Instant> declinedAt() {
    return Optional.ofNullable(declinedAt);
  }

  public Optional<Attendance> attendance() {
    return Optional.ofNullable(attendance);
  }

  public Optional<Instant> checkedInAt() {
    return Optional.ofNullable(checkedInAt);
  }
}
