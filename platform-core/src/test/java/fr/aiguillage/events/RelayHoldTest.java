package fr.aiguillage.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelayHoldTest {
  @Test
  void theRelayWaitsWhileAnImportWritesAndNoLongerThanTheLimit() {
    RelayHold relay = new RelayHold();
    assertThat(relay.holds(60_000)).as("no import").isFalse();
    RelayHold.Hold first = relay.hold();
    RelayHold.Hold second = relay.hold();
    assertThat(relay.holds(60_000)).isTrue();
    assertThat(relay.holds(0)).as("held longer than the limit").isFalse();
    first.close();
    first.close();
    assertThat(relay.holds(60_000)).as("closed twice, released once: one import left").isTrue();
    second.close();
    assertThat(relay.holds(60_000)).as("the last import ended").isFalse();
  }
}
