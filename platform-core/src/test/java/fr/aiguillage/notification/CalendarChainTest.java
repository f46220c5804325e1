package fr.aiguillage.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CalendarChainTest {
  final UUID first = UUID.fromString("00000000-0000-0000-0000-000000000001");
  final UUID second = UUID.fromString("00000000-0000-0000-0000-000000000002");
  final UUID third = UUID.fromString("00000000-0000-0000-0000-000000000003");

  /** What each appointment replaced: the third moved the second, which moved the first. */
  final Map<UUID, UUID> replaced = Map.of(third, second, second, first);

  CalendarChain chainOf(UUID id) {
    return CalendarChain.of(
        id, Optional.ofNullable(replaced.get(id)), x -> Optional.ofNullable(replaced.get(x)));
  }

  @Test
  void anAppointmentNeverMovedIsItsOwnEvent() {
    CalendarChain chain = chainOf(first);

    assertThat(chain.root()).isEqualTo(first);
    assertThat(chain.moves()).isZero();
    assertThat(chain.uid()).isEqualTo("00000000-0000-0000-0000-000000000001@aiguillage");
    assertThat(chain.sequence(false)).isZero();
  }

  @Test
  void everyMoveKeepsTheFirstAppointmentsUidAndRaisesTheSequence() {
    assertThat(chainOf(second)).isEqualTo(new CalendarChain(first, 1));
    CalendarChain chain = chainOf(third);

    assertThat(chain.root()).as("the first appointment of the chain").isEqualTo(first);
    assertThat(chain.moves()).isEqualTo(2);
    assertThat(chain.uid()).isEqualTo(chainOf(first).uid());
    assertThat(chain.sequence(false)).isEqualTo(2);
  }

  @Test
  void aCancellationOutranksTheLastConvocation() {
    assertThat(chainOf(third).sequence(true)).isEqualTo(3);
    assertThat(chainOf(first).sequence(true)).isEqualTo(1);
  }
}
