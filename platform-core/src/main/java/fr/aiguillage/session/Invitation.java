package fr.aiguillage.session;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's place at a session: invited (or come without an invitation: a walk-in), possibly
 * declined from their page, then checked in at the door. {@code earlierAbsences} counts the
 * sessions they were invited to and missed: after one, they are invited once more; after two, they
 * go to the individual convocation path.
 */
public final class Invitation {
  private final UUID personId;
  private final Instant invitedAt;
  private final boolean walkIn;
  private final int earlierAbsences;
  private Instant declinedAt;
  private Attendance attendance;
  private Instant checkedInAt;

  Invitation(UUID personId, Instant at, boolean walkIn, int earlierAbsences) {
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
