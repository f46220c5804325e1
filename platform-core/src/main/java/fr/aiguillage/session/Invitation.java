package fr.aiguillage.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
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

  protected Invitation() {}

  Invitation(
      CollectiveSession session, UUID personId, Instant at, boolean walkIn, int earlierAbsences) {
    this.id = UUID.randomUUID();
    this.session = session;
    this.personId = personId;
    this.invitedAt = at;
    this.walkIn = walkIn;
    this.earlierAbsences = earlierAbsences;
  }

  void decline(Instant at) {
    declinedAt = at;
  }

  void checkIn(Attendance a, Instant at) {
    attendance = a;
    checkedInAt = at;
  }

  /** Whether the person holds a place: invited and not declined. */
  public boolean holdsAPlace() {
    return declinedAt == null;
  }

  public UUID personId() {
    return personId;
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
