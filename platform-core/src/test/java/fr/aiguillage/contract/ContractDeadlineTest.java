package fr.aiguillage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.aiguillage.contract.ContractDeadline.Policy;
import fr.aiguillage.contract.DeadlineStatus.Kind;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.vocabulary.Pathway;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One calendar month from the notification (décret 2024-1244), restarted by a re-orientation. */
class ContractDeadlineTest {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** Noon in Paris on {@code day}. */
  static Clock on(LocalDate day) {
    return Clock.fixed(day.atTime(12, 0).atZone(PARIS).toInstant(), PARIS);
  }

  @ParameterizedTest(name = "notified {0} → due {1}")
  @CsvSource({
    "2026-03-10, 2026-04-10",
    "2026-01-31, 2026-02-28",
    "2028-01-31, 2028-02-29",
    "2026-03-31, 2026-04-30",
    "2026-05-31, 2026-06-30",
    "2026-12-15, 2027-01-15",
    "2026-02-28, 2026-03-28"
  })
  void dueOneCalendarMonthLaterClampedToTheMonthsEnd(LocalDate notified, LocalDate due) {
    ContractDeadline d = ContractDeadline.from(notified, Policy.LEGAL);
    assertThat(d.notifiedOn()).isEqualTo(notified);
    assertThat(d.dueOn()).isEqualTo(due);
    assertThat(d.remindOn()).isEqualTo(due.minusDays(7));
  }

  @Test
  void aShorterTargetOfTheDepartementWinsButNeverALongerOne() {
    LocalDate notified = LocalDate.of(2026, 2, 1);
    assertThat(ContractDeadline.from(notified, new Policy(15, 7)).dueOn())
        .isEqualTo(LocalDate.of(2026, 2, 16));
    assertThat(ContractDeadline.from(notified, new Policy(30, 7)).dueOn())
        .as("February: the legal month (28 days) is shorter than 30 days")
        .isEqualTo(LocalDate.of(2026, 3, 1));
  }

  @Test
  void theReminderFallsTheSetDaysBeforeButNotBeforeTheNotification() {
    LocalDate notified = LocalDate.of(2026, 3, 10);
    assertThat(ContractDeadline.from(notified, new Policy(null, 3)).remindOn())
        .isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(ContractDeadline.from(notified, new Policy(null, 0)).remindOn())
        .isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(ContractDeadline.from(notified, new Policy(5, 10)).remindOn()).isEqualTo(notified);
  }

  @Test
  void aReorientationRestartsTheMonthFromItsNotification() {
    ContractDeadline first = ContractDeadline.from(LocalDate.of(2026, 3, 10), Policy.LEGAL);
    ContractDeadline restarted = first.restartedBy(LocalDate.of(2026, 3, 31), Policy.LEGAL);
    assertThat(restarted.notifiedOn()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(restarted.dueOn()).isEqualTo(LocalDate.of(2026, 4, 30));
    Clock april20 = on(LocalDate.of(2026, 4, 20));
    assertThat(first.statusOn(null, april20)).isEqualTo(new DeadlineStatus(Kind.OVERDUE, 10));
    assertThat(restarted.statusOn(null, april20)).isEqualTo(new DeadlineStatus(Kind.TO_WRITE, 0));
  }

  @Test
  void aReorientationNotifiedBeforeTheDecisionItReplacesIsRefused() {
    ContractDeadline d = ContractDeadline.from(LocalDate.of(2026, 3, 10), Policy.LEGAL);
    assertThatThrownBy(() -> d.restartedBy(LocalDate.of(2026, 3, 9), Policy.LEGAL))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "notifiedOn : La réorientation est notifiée avant la décision qu'elle remplace (10 mars"
                + " 2026).");
  }

  @Test
  void theStatusFollowsTheContractUntilTheDueDateThenTurnsOverdue() {
    ContractDeadline d = ContractDeadline.from(LocalDate.of(2026, 3, 10), Policy.LEGAL);
    Clock dueDay = on(LocalDate.of(2026, 4, 10));
    assertThat(d.statusOn(null, dueDay).kind()).isEqualTo(Kind.TO_WRITE);
    assertThat(d.statusOn(ContractState.DRAFT, dueDay).kind()).isEqualTo(Kind.TO_WRITE);
    assertThat(d.statusOn(ContractState.CANCELLED, dueDay).kind()).isEqualTo(Kind.TO_WRITE);
    assertThat(d.statusOn(ContractState.TO_SIGN, dueDay).label()).isEqualTo("À signer");
    Clock dayAfter = on(LocalDate.of(2026, 4, 11));
    assertThat(d.statusOn(ContractState.TO_SIGN, dayAfter))
        .isEqualTo(new DeadlineStatus(Kind.OVERDUE, 1));
    assertThat(d.statusOn(ContractState.TO_SIGN, dayAfter).label())
        .isEqualTo("En retard de 1 jour");
    assertThat(d.statusOn(null, on(LocalDate.of(2026, 5, 1))).label())
        .isEqualTo("En retard de 21 jours");
  }

  @Test
  void aSignedContractIsDoneEvenLate() {
    ContractDeadline d = ContractDeadline.from(LocalDate.of(2026, 3, 10), Policy.LEGAL);
    Clock june = on(LocalDate.of(2026, 6, 1));
    for (ContractState signed :
        new ContractState[] {
          ContractState.SIGNED, ContractState.REVIEW_DUE, ContractState.ENDED, ContractState.RENEWED
        }) {
      assertThat(d.statusOn(signed, june)).isEqualTo(new DeadlineStatus(Kind.DONE, 0));
    }
  }

  @Test
  void theDayIsReadInTheClocksZone() {
    ContractDeadline d = ContractDeadline.from(LocalDate.of(2026, 3, 10), Policy.LEGAL);
    Clock lateEveningUtc = Clock.fixed(java.time.Instant.parse("2026-04-10T22:30:00Z"), PARIS);
    assertThat(d.statusOn(null, lateEveningUtc))
        .as("00:30 on 11 April in Paris")
        .isEqualTo(new DeadlineStatus(Kind.OVERDUE, 1));
  }

  @Test
  void theReminderIsDueFromItsDayToTheDueDateUnlessSigned() {
    ContractDeadline d = ContractDeadline.from(LocalDate.of(2026, 3, 10), Policy.LEGAL);
    assertThat(d.reminderDue(null, on(LocalDate.of(2026, 4, 2)))).isFalse();
    assertThat(d.reminderDue(null, on(LocalDate.of(2026, 4, 3)))).isTrue();
    assertThat(d.reminderDue(ContractState.TO_SIGN, on(LocalDate.of(2026, 4, 10)))).isTrue();
    assertThat(d.reminderDue(ContractState.SIGNED, on(LocalDate.of(2026, 4, 5)))).isFalse();
    assertThat(d.reminderDue(null, on(LocalDate.of(2026, 4, 11)))).as("overdue instead").isFalse();
  }

  @Test
  void theSocialPathwayIsReexaminedSixMonthsAfterSignature() {
    assertThat(ContractDeadline.reexaminationDue(Pathway.SOCIAL, LocalDate.of(2026, 8, 31)))
        .contains(LocalDate.of(2027, 2, 28));
    assertThat(ContractDeadline.reexaminationDue(Pathway.PROFESSIONAL, LocalDate.of(2026, 8, 31)))
        .isEmpty();
    assertThat(
            ContractDeadline.reexaminationDue(
                Pathway.SOCIO_PROFESSIONAL, LocalDate.of(2026, 8, 31)))
        .isEmpty();
  }

  @Test
  void aPolicyOutOfRangeIsRefusedWithEveryProblem() {
    InvalidInputException refused =
        catchThrowableOfType(InvalidInputException.class, () -> new Policy(0, 31));
    assertThat(refused.errors())
        .extracting(FieldError::field)
        .containsExactly("targetDays", "reminderDaysBefore");
    assertThat(refused.errors().get(0).message())
        .isEqualTo(
            "Le délai du département, plus court que le mois légal, va de 1 à 30 jours (ici 0).");
  }
}
