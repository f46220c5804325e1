package fr.aiguillage.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BoardBroadcasterTest {
  @Test
  void aBoardIsListenedToUntilItsRegistrationIsRemoved() {
    BoardBroadcaster broadcaster = new BoardBroadcaster();
    UUID session = UUID.randomUUID();
    Registration r = broadcaster.register("08", session, new UI(), ui -> {});
    Registration other = broadcaster.register("08", session, new UI(), ui -> {});
    assertThat(broadcaster.listening("08", session)).isEqualTo(2);
    assertThat(broadcaster.listening("59", session)).as("another département's board").isZero();
    r.remove();
    other.remove();
    assertThat(broadcaster.listening("08", session)).isZero();
  }
}
