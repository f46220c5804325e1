package fr.aiguillage.orientation;

import static fr.aiguillage.orientation.OrientationState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguillage.shared.ConflictException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LifecycleTest {
  /** DESIGN §5, written out independently of the implementation's table. */
  static final Map<OrientationState, Set<OrientationState>> EXPECTED =
      Map.ofEntries(
          Map.entry(INTAKE, EnumSet.of(TO_ORIENT, CLOSED)),
          Map.entry(TO_ORIENT, EnumSet.of(DIAGNOSTIC, PROPOSED, CLOSED)),
          Map.entry(DIAGNOSTIC, EnumSet.of(PROPOSED, CLOSED)),
          Map.entry(PROPOSED, EnumSet.of(DECIDED, DIAGNOSTIC, CLOSED)),
          Map.entry(DECIDED, EnumSet.of(REFERRED, REORIENTATION_REQUESTED, CLOSED)),
          Map.entry(REFERRED, EnumSet.of(ACCEPTED, REFUSED, EXPIRED, CLOSED)),
          Map.entry(REFUSED, EnumSet.of(DECIDED, PROPOSED, CLOSED)),
          Map.entry(EXPIRED, EnumSet.of(REFERRED, DECIDED, PROPOSED, CLOSED)),
          Map.entry(ACCEPTED, EnumSet.of(APPOINTMENT_BOOKED, REORIENTATION_REQUESTED, CLOSED)),
          Map.entry(
              APPOINTMENT_BOOKED,
              EnumSet.of(ACCOMPANIED, ACCEPTED, REORIENTATION_REQUESTED, CLOSED)),
          Map.entry(ACCOMPANIED, EnumSet.of(REORIENTATION_REQUESTED, CLOSED)),
          Map.entry(
              REORIENTATION_REQUESTED,
              EnumSet.of(DECIDED, ACCEPTED, APPOINTMENT_BOOKED, ACCOMPANIED, CLOSED)),
          Map.entry(CLOSED, EnumSet.noneOf(OrientationState.class)));

  @ParameterizedTest
  @EnumSource(OrientationState.class)
  void everyLegalTransitionIsAllowedAndEveryOtherRefused(OrientationState from) {
    for (OrientationState to : OrientationState.values()) {
      boolean legal = EXPECTED.get(from).contains(to);
      assertThat(Lifecycle.allowed(from, to)).as(from + " → " + to).isEqualTo(legal);
      if (!legal) {
        assertThatThrownBy(() -> Lifecycle.check(from, to))
            .isInstanceOf(ConflictException.class)
            .hasMessageContaining("Impossible de passer de « " + from.label() + " »");
      }
    }
  }

  @Test
  void theRefusalSaysWhatIsPossibleInstead() {
    assertThatThrownBy(() -> Lifecycle.check(TO_ORIENT, DECIDED))
        .hasMessage(
            "Impossible de passer de « À orienter » à « Orientation décidée » : depuis « À orienter »,"
                + " on peut seulement passer à « Diagnostic en cours », « Orientation proposée »,"
                + " « Sortie du RSA ».");
    assertThatThrownBy(() -> Lifecycle.check(CLOSED, TO_ORIENT))
        .hasMessageEndingWith("le dossier est clos.");
  }

  @Test
  void anOrientationRecordsEachStepAndRemembersWhereAReorientationRequestCameFrom() {
    Instant t0 = Instant.parse("2026-11-02T09:00:00Z");
    Orientation o = Orientation.open(UUID.randomUUID(), TO_ORIENT, t0);
    o.moveTo(PROPOSED, "agent-08", null, t0.plusSeconds(60));
    o.moveTo(DECIDED, "agent-08", "ok", t0.plusSeconds(120));
    o.moveTo(REFERRED, "agent-08", null, t0.plusSeconds(180));
    o.moveTo(ACCEPTED, "plie-08", null, t0.plusSeconds(240));
    OrientationTransition t =
        o.moveTo(REORIENTATION_REQUESTED, "referent-08", "besoin social", t0.plusSeconds(300));
    assertThat(t.from()).isEqualTo(ACCEPTED);
    assertThat(t.actor()).isEqualTo("referent-08");
    assertThat(o.resumeState()).contains(ACCEPTED);
    assertThat(o.stateSince()).isEqualTo(t0.plusSeconds(300));
    o.moveTo(CLOSED, "agent-08", "sortie", t0.plusSeconds(360));
    assertThat(o.closedAt()).contains(t0.plusSeconds(360));
    assertThatThrownBy(() -> o.moveTo(TO_ORIENT, "agent-08", null, t0.plusSeconds(400)))
        .isInstanceOf(ConflictException.class);
  }
}
