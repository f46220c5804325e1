package fr.aiguillage.orientation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The delays of an orientation, up to the decision and then to the contract signed. */
class DelaysTest {
  static final LocalDate CLAIM = LocalDate.of(2026, 9, 1);
  static final LocalDate RIGHTS = LocalDate.of(2026, 9, 15);
  static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  @Test
  void theContractIsCountedFromTheDecisionAndFromItsNotification() {
    LocalDate decided = LocalDate.of(2026, 10, 20);
    LocalDate notified = LocalDate.of(2026, 10, 22);
    LocalDate signed = LocalDate.of(2026, 11, 18);
    Delays d = Delays.of(CLAIM, RIGHTS, CLAIM, decided, TODAY, 42, notified, signed);
    assertThat(d.fromClaim()).isEqualTo(49);
    assertThat(d.fromRightsAndDuties()).isEqualTo(35);
    assertThat(d.contract().fromDecision()).isEqualTo(29);
    assertThat(d.contract().fromNotification()).isEqualTo(27);
    assertThat(d.contract().signedOn()).isEqualTo(signed);
  }

  @Test
  void beforeTheSignatureOrTheNotificationTheContractDelayIsUnknown() {
    LocalDate decided = LocalDate.of(2026, 10, 20);
    Delays notSigned = Delays.of(CLAIM, RIGHTS, CLAIM, decided, TODAY, 42, decided, null);
    assertThat(notSigned.contract().fromDecision()).isNull();
    assertThat(notSigned.contract().notifiedOn()).isEqualTo(decided);
    Delays notNotified = Delays.of(CLAIM, RIGHTS, CLAIM, decided, TODAY, 42, null, TODAY);
    assertThat(notNotified.contract().fromDecision()).isEqualTo(47);
    assertThat(notNotified.contract().fromNotification()).isNull();
    assertThat(Delays.of(CLAIM, RIGHTS, CLAIM, null, TODAY, 42, null, null).contract())
        .as("no decision, no contract delay")
        .isNull();
  }
}
