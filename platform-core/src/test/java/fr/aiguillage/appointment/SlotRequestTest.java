package fr.aiguillage.appointment;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A slot request is checked once, every field problem at once and in French, and its weekly rule is
 * expanded into Paris times: 10:00 stays 10:00 across the change of time.
 */
class SlotRequestTest {
  static final UUID STRUCTURE = UUID.fromString("00000000-0000-0000-0000-000000000001");
  static final UUID REFERENT = UUID.fromString("00000000-0000-0000-0000-000000000002");
  static final Instant NOW = Instant.parse("2027-01-04T08:00:00Z");

  static SlotInput input(
      LocalDate date,
      LocalTime start,
      Integer minutes,
      String modality,
      String location,
      List<DayOfWeek> repeatOn,
      LocalDate repeatUntil) {
    return new SlotInput(
        STRUCTURE, null, date, start, minutes, modality, location, repeatOn, repeatUntil);
  }

  static SlotInput once(LocalDate date, LocalTime start) {
    return input(date, start, 45, "VISIO", null, null, null);
  }

  static SlotInput weekly(LocalDate from, LocalDate until, DayOfWeek... days) {
    return input(from, LocalTime.of(10, 0), 60, "TELEPHONE", null, List.of(days), until);
  }

  static List<FieldError> refusal(SlotInput in) {
    return refusal(in, true);
  }

  static List<FieldError> refusal(SlotInput in, boolean referentOfStructure) {
    try {
      SlotRequest.of(in, referentOfStructure, NOW);
    } catch (InvalidInputException e) {
      return e.errors();
    }
    throw new AssertionError("accepted: " + in);
  }

  @Test
  void oneSlotIsOneTimeInParisWithTheInputsFieldsCleaned() {
    SlotRequest r =
        SlotRequest.of(
            new SlotInput(
                STRUCTURE,
                REFERENT,
                LocalDate.parse("2027-03-01"),
                LocalTime.of(10, 0),
                45,
                " PHYSIQUE ",
                "  2 place Ducale  ",
                List.of(),
                null),
            true,
            NOW);
    assertThat(r.structureId()).isEqualTo(STRUCTURE);
    assertThat(r.referentId()).isEqualTo(REFERENT);
    assertThat(r.modality()).isEqualTo(Modality.PHYSIQUE);
    assertThat(r.location()).isEqualTo("2 place Ducale");
    assertThat(r.series()).isFalse();
    assertThat(r.times())
        .containsExactly(
            new SlotRequest.Times(
                Instant.parse("2027-03-01T09:00:00Z"), Instant.parse("2027-03-01T09:45:00Z")));
  }

  @Test
  void withoutADurationASlotLastsAnHourAndABlankLocationIsNone() {
    SlotRequest r =
        SlotRequest.of(
            input(
                LocalDate.parse("2027-03-01"), LocalTime.of(14, 0), null, "VISIO", " ", null, null),
            true,
            NOW);
    assertThat(r.location()).isNull();
    assertThat(r.times().get(0).end()).isEqualTo(Instant.parse("2027-03-01T14:00:00Z"));
  }

  @Test
  void aWeeklyRuleGivesEachChosenDayAtTheSameParisHourAcrossSummerTime() {
    // summer time begins on Sunday 28 March 2027
    SlotRequest r =
        SlotRequest.of(
            weekly(LocalDate.parse("2027-03-22"), LocalDate.parse("2027-04-01"), THURSDAY, MONDAY),
            true,
            NOW);
    assertThat(r.series()).isTrue();
    assertThat(r.times())
        .extracting(SlotRequest.Times::start)
        .containsExactly(
            Instant.parse("2027-03-22T09:00:00Z"),
            Instant.parse("2027-03-25T09:00:00Z"),
            Instant.parse("2027-03-29T08:00:00Z"),
            Instant.parse("2027-04-01T08:00:00Z"));
    assertThat(r.times())
        .allSatisfy(t -> assertThat(t.end()).isEqualTo(t.start().plusSeconds(3600)));
  }

  @Test
  void theLastDayIsIncludedAndDaysOutsideTheRuleAreLeftOut() {
    SlotRequest r =
        SlotRequest.of(
            weekly(LocalDate.parse("2027-03-02"), LocalDate.parse("2027-03-15"), MONDAY),
            true,
            NOW);
    assertThat(r.times())
        .extracting(SlotRequest.Times::start)
        .containsExactly(
            Instant.parse("2027-03-08T09:00:00Z"), Instant.parse("2027-03-15T09:00:00Z"));
  }

  @Test
  void inTheHourThatHappensTwiceTheFirstIsTaken() {
    // back to winter time on Sunday 31 October 2027: 02:30 happens at +02:00, then at +01:00
    SlotRequest r =
        SlotRequest.of(once(LocalDate.parse("2027-10-31"), LocalTime.of(2, 30)), true, NOW);
    assertThat(r.times().get(0).start()).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
  }

  @Test
  void anHourSkippedBySummerTimeIsRefused() {
    assertThat(refusal(once(LocalDate.parse("2027-03-28"), LocalTime.of(2, 30))))
        .containsExactly(
            new FieldError(
                "start",
                "Le dimanche 28 mars 2027, 02:30 n'existe pas à Paris (passage à l'heure d'été) :"
                    + " choisissez une autre heure."));
  }

  @Test
  void aSlotNotAfterNowIsRefused() {
    assertThat(refusal(once(LocalDate.parse("2027-01-04"), LocalTime.of(9, 0))))
        .containsExactly(
            new FieldError("date", "Le créneau du lundi 4 janvier 2027 à 09h00 est déjà passé."));
  }

  @Test
  void withoutAStructureNothingElseIsChecked() {
    assertThatThrownBy(() -> SlotRequest.structureOf(null))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).errors())
        .isEqualTo(List.of(new FieldError("structureId", "Choisissez la structure.")));
    SlotInput noStructure = new SlotInput(null, null, null, null, null, null, null, null, null);
    assertThat(refusal(noStructure))
        .containsExactly(new FieldError("structureId", "Choisissez la structure."));
  }

  @Test
  void everyFieldProblemIsReportedAtOnceInFrench() {
    SlotInput in =
        new SlotInput(STRUCTURE, REFERENT, null, null, 5, "BUS", "x".repeat(301), null, null);
    assertThat(refusal(in, false))
        .extracting(FieldError::field, FieldError::message)
        .containsExactly(
            tuple("referentId", "Ce référent n'est pas un référent de la structure."),
            tuple("date", "Indiquez le jour (AAAA-MM-JJ)."),
            tuple("start", "Indiquez l'heure de début (HH:MM)."),
            tuple("durationMinutes", "La durée va de 10 minutes à 8 heures."),
            tuple("modality", "Modalité : PHYSIQUE, TELEPHONE ou VISIO."),
            tuple("location", "300 caractères au plus."));
  }

  @Test
  void aSlotOnSiteNeedsItsAddressAndADurationStaysWithinEightHours() {
    assertThat(
            refusal(
                input(
                    LocalDate.parse("2027-03-01"),
                    LocalTime.of(10, 0),
                    481,
                    "PHYSIQUE",
                    null,
                    null,
                    null)))
        .containsExactly(
            new FieldError("durationMinutes", "La durée va de 10 minutes à 8 heures."),
            new FieldError("location", "Indiquez l'adresse du rendez-vous sur place."));
  }

  @Test
  void aWeeklyRuleNeedsAnEndAfterTheFirstDayWithinTwentySixWeeks() {
    LocalDate first = LocalDate.parse("2027-03-01");
    assertThat(refusal(weekly(first, null, MONDAY)))
        .containsExactly(new FieldError("repeatUntil", "Indiquez jusqu'à quel jour répéter."));
    assertThat(refusal(weekly(first, first.minusDays(1), MONDAY)))
        .containsExactly(
            new FieldError("repeatUntil", "La fin de la répétition précède le premier jour."));
    assertThat(refusal(weekly(first, first.plusWeeks(26).plusDays(1), MONDAY)))
        .containsExactly(new FieldError("repeatUntil", "On répète sur 26 semaines au plus."));
    assertThat(SlotRequest.of(weekly(first, first.plusWeeks(26), MONDAY), true, NOW).times())
        .hasSize(27);
  }

  @Test
  void aWeeklyRuleWhoseDaysNeverComeIsRefused() {
    assertThat(
            refusal(weekly(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-04"), FRIDAY)))
        .containsExactly(
            new FieldError(
                "repeatOn",
                "Aucun des jours choisis ne tombe entre le premier et le dernier jour."));
  }

  @Test
  void aReferentIsCheckedOnlyWhenOneIsChosen() {
    assertThat(SlotRequest.of(once(LocalDate.parse("2027-03-01"), LocalTime.of(10, 0)), false, NOW))
        .extracting(SlotRequest::referentId)
        .isNull();
  }
}
