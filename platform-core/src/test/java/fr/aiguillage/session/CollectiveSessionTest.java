package fr.aiguillage.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A session's rules: planning, capacity, declining, check-in and walk-ins, closing, cancelling. */
class CollectiveSessionTest {
  static final Instant NOW = Instant.parse("2027-01-04T08:00:00Z");
  static final Instant DAY_D = Instant.parse("2027-01-12T08:30:00Z");
  static final CollectiveSession.Place ROOM =
      new CollectiveSession.Place("12 place Ducale, 08000 Charleville-Mézières", "Salle 2", null);

  static CollectiveSession session(int capacity) {
    return CollectiveSession.plan(
        "Information collective droits et devoirs", DAY_D, 180, ROOM, null, capacity, NOW);
  }

  @Test
  void everyPlanningProblemIsReportedAtOnce() {
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                CollectiveSession.plan(
                    " ",
                    NOW.minus(Duration.ofDays(1)),
                    10,
                    new CollectiveSession.Place("Mairie", null, "https://visio.exemple.fr/x"),
                    null,
                    0,
                    NOW));
    assertThat(refused.errors())
        .extracting(FieldError::field)
        .containsExactly("kind", "startsAt", "durationMinutes", "place", "capacity");
    assertThat(session(10).endsAt()).isEqualTo(DAY_D.plus(Duration.ofHours(3)));
  }

  @Test
  void theCapacityIsKeptAndADeclinedPlaceIsFreeAgain() {
    CollectiveSession s = session(2);
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    s.invite(a, null, 0, NOW);
    assertThatThrownBy(() -> s.invite(a, null, 0, NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("déjà invitée");
    s.invite(b, null, 0, NOW);
    assertThat(s.remainingPlaces()).isZero();
    assertThatThrownBy(() -> s.invite(UUID.randomUUID(), null, 0, NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("complète (2 places)");
    s.decline(b, NOW);
    assertThat(s.remainingPlaces()).isEqualTo(1);
    s.invite(b, null, 0, NOW);
    assertThat(s.remainingPlaces()).isZero();
  }

  @Test
  void afterTwoMissedSessionsThePersonIsConvokedIndividually() {
    CollectiveSession s = session(10);
    s.invite(UUID.randomUUID(), null, 1, NOW);
    assertThatThrownBy(() -> s.invite(UUID.randomUUID(), null, 2, NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("convoquée individuellement");
  }

  @Test
  void theDoorChecksInTheInvitedAndTakesWalkInsAsSuch() {
    CollectiveSession s = session(2);
    UUID invited = UUID.randomUUID();
    UUID late = UUID.randomUUID();
    UUID walkIn = UUID.randomUUID();
    s.invite(invited, null, 0, NOW);
    s.invite(late, null, 0, NOW);
    assertThatThrownBy(() -> s.checkIn(invited, null, Attendance.PRESENT, DAY_D))
        .as("check-in opens on the day")
        .isInstanceOf(ConflictException.class);
    s.hold();
    s.checkIn(invited, null, Attendance.PRESENT, DAY_D);
    s.checkIn(late, null, Attendance.LATE, DAY_D.plusSeconds(900));
    Invitation w = s.checkIn(walkIn, null, Attendance.PRESENT, DAY_D);
    assertThat(w.walkIn()).isTrue();
    assertThat(s.invitations()).hasSize(3);
    assertThatThrownBy(() -> s.checkIn(UUID.randomUUID(), null, Attendance.ABSENT, DAY_D))
        .as("someone not invited is only noted when they come")
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> s.invite(UUID.randomUUID(), null, 0, DAY_D))
        .as("no invitation once the session is held")
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void closingCountsThoseNotCheckedInAsAbsentToInviteOnceMore() {
    CollectiveSession s = session(10);
    UUID came = UUID.randomUUID();
    UUID excused = UUID.randomUUID();
    UUID missing = UUID.randomUUID();
    UUID declined = UUID.randomUUID();
    s.invite(came, null, 0, NOW);
    s.invite(excused, null, 0, NOW);
    s.invite(missing, null, 1, NOW);
    s.invite(declined, null, 0, NOW);
    s.decline(declined, NOW);
    s.hold();
    s.checkIn(came, null, Attendance.PRESENT, DAY_D);
    s.checkIn(excused, null, Attendance.EXCUSED, DAY_D);
    assertThat(s.close(DAY_D.plus(Duration.ofHours(3))))
        .extracting(Invitation::personId)
        .containsExactly(excused, missing);
    assertThat(s.state()).isEqualTo(SessionState.CLOSED);
    assertThat(s.absentees().get(1).earlierAbsences())
        .as("their second miss: the individual path next")
        .isEqualTo(1);
  }

  @Test
  void aCancelledSessionNamesThoseToTellAndNeedsAReason() {
    CollectiveSession s = session(10);
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    s.invite(a, null, 0, NOW);
    s.invite(b, null, 0, NOW);
    s.decline(b, NOW);
    assertThatThrownBy(() -> s.cancel(" ")).isInstanceOf(InvalidInputException.class);
    assertThat(s.cancel("Salle indisponible")).extracting(Invitation::personId).containsExactly(a);
    assertThat(s.state()).isEqualTo(SessionState.CANCELLED);
    assertThat(s.cancelReason()).contains("Salle indisponible");
    assertThatThrownBy(s::hold)
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("Annulée");
  }
}
