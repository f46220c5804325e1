package fr.aiguillage.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A session's report on a hand-made session, its figures computed by hand in the comments. */
class SessionReportTest {
  static final LocalDate DAY = LocalDate.of(2027, 1, 12);

  static SessionReport.Row row(
      boolean walkIn,
      boolean declined,
      Attendance a,
      Invitation.Outcome o,
      LocalDate orientedOn,
      boolean signed,
      boolean booked,
      LocalDate rightsStart,
      LocalDate claim) {
    return new SessionReport.Row(
        UUID.randomUUID(),
        "Personne",
        walkIn,
        declined,
        a,
        o,
        orientedOn,
        signed,
        booked ? Instant.parse("2027-01-14T09:00:00Z") : null,
        rightsStart,
        claim);
  }

  @Test
  void figuresOfAHandMadeSession() {
    var oriented = Invitation.Outcome.ORIENTED;
    List<SessionReport.Row> rows =
        List.of(
            // oriented that day: 30 days from the rights start, 61 from the claim
            row(
                false,
                false,
                Attendance.PRESENT,
                oriented,
                DAY,
                true,
                true,
                DAY.minusDays(30),
                DAY.minusDays(61)),
            // oriented that day: 10 days from the rights start, 40 from the claim
            row(
                false,
                false,
                Attendance.LATE,
                oriented,
                DAY,
                false,
                true,
                DAY.minusDays(10),
                DAY.minusDays(40)),
            // a walk-in oriented that day, rights start unknown: 20 days from the claim
            row(
                true,
                false,
                Attendance.PRESENT,
                oriented,
                DAY,
                true,
                false,
                null,
                DAY.minusDays(20)),
            // set aside
            row(
                false,
                false,
                Attendance.PRESENT,
                Invitation.Outcome.SET_ASIDE,
                DAY,
                false,
                false,
                DAY.minusDays(5),
                DAY.minusDays(9)),
            // oriented the next day: not "the same day", no delay counted
            row(
                false,
                false,
                Attendance.PRESENT,
                oriented,
                DAY.plusDays(1),
                false,
                false,
                DAY.minusDays(100),
                DAY.minusDays(100)),
            row(false, false, Attendance.EXCUSED, null, null, false, false, null, DAY),
            row(false, false, Attendance.ABSENT, null, null, false, false, null, DAY),
            row(false, true, null, null, null, false, false, null, DAY));
    SessionReport r = SessionReport.of(UUID.randomUUID(), "Information collective", DAY, 20, rows);
    assertThat(r.invited()).isEqualTo(7); // 8 rows, one walk-in
    assertThat(r.walkIns()).isEqualTo(1);
    assertThat(r.declined()).isEqualTo(1);
    assertThat(r.present()).isEqualTo(4); // the walk-in included
    assertThat(r.late()).isEqualTo(1);
    assertThat(r.excused()).isEqualTo(1);
    assertThat(r.absent()).isEqualTo(1);
    assertThat(r.orientedSameDay()).isEqualTo(3);
    assertThat(r.setAside()).isEqualTo(1);
    assertThat(r.contractsSigned()).isEqualTo(2);
    assertThat(r.appointmentsBooked()).isEqualTo(2);
    // from the rights start: 30 and 10 → mean 20, median 20, over 2 people
    assertThat(r.delayFromRightsStart()).isEqualTo(new SessionReport.Delay(2, 20.0, 20.0));
    // from the claim: 61, 40, 20 → mean 40.3, median 40
    assertThat(r.delayFromClaim()).isEqualTo(new SessionReport.Delay(3, 40.3, 40.0));
    String csv = new String(r.csv(), StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("\uFEFF")
        .contains("orientées le jour même;3")
        .contains("délai depuis la demande de RSA — moyenne (jours);40.3");
  }

  @Test
  void noOneOrientedGivesNoDelay() {
    SessionReport r = SessionReport.of(UUID.randomUUID(), "X", DAY, 5, List.of());
    assertThat(r.delayFromClaim()).isEqualTo(new SessionReport.Delay(0, null, null));
  }
}
