package fr.aiguillage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A contract runs 3 to 12 months (24 with a reason); its review falls inside it. */
class ContractTermTest {
  static final LocalDate START = LocalDate.of(2026, 1, 31);

  static InvalidInputException refusal(
      LocalDate start, int months, String reason, LocalDate review) {
    return catchThrowableOfType(
        InvalidInputException.class, () -> new ContractTerm(start, months, reason, review));
  }

  @Test
  void theEndIsTheEveOfTheSameDateThatManyMonthsLaterClampedAtMonthEnds() {
    assertThat(new ContractTerm(START, 3, null, START.plusMonths(1)).end())
        .isEqualTo(LocalDate.of(2026, 4, 29));
    assertThat(new ContractTerm(LocalDate.of(2026, 3, 1), 6, null, LocalDate.of(2026, 6, 1)).end())
        .isEqualTo(LocalDate.of(2026, 8, 31));
    assertThat(
            new ContractTerm(LocalDate.of(2027, 11, 30), 3, null, LocalDate.of(2028, 1, 1)).end())
        .as("30 Nov + 3 months = 29 Feb 2028 (leap year), its eve the 28th")
        .isEqualTo(LocalDate.of(2028, 2, 28));
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 6, 12})
  void threeToTwelveMonthsNeedNoReason(int months) {
    ContractTerm t = new ContractTerm(START, months, "  ", START.plusMonths(2));
    assertThat(t.durationMonths()).isEqualTo(months);
    assertThat(t.longDurationReason()).isNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 2, 25, 36})
  void outOfRangeDurationsAreRefused(int months) {
    assertThat(refusal(START, months, "Motif", START.plusMonths(1)).errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("durationMonths");
              assertThat(e.message())
                  .isEqualTo(
                      "Un contrat dure de 3 à 12 mois (24 au plus avec un motif) ; ici "
                          + months
                          + " mois.");
            });
  }

  @Test
  void moreThanTwelveMonthsNeedsAReasonAndUpToTwentyFour() {
    assertThat(refusal(START, 18, null, START.plusMonths(6)).errors())
        .extracting(FieldError::field, FieldError::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "longDurationReason",
                "Plus de 12 mois : indiquez pourquoi le contrat dure 18 mois."));
    ContractTerm t =
        new ContractTerm(START, 24, "Formation qualifiante de 20 mois.", START.plusMonths(12));
    assertThat(t.end()).isEqualTo(LocalDate.of(2028, 1, 30));
  }

  @Test
  void aReasonForAnOrdinaryDurationIsRefused() {
    assertThat(refusal(START, 6, "Parce que", START.plusMonths(1)).errors())
        .extracting(FieldError::field)
        .containsExactly("longDurationReason");
  }

  @Test
  void theReviewFallsAfterTheStartAndNoLaterThanTheLastDay() {
    LocalDate march = LocalDate.of(2026, 3, 1);
    assertThat(new ContractTerm(march, 3, null, LocalDate.of(2026, 5, 31)).reviewOn())
        .isEqualTo(LocalDate.of(2026, 5, 31));
    for (LocalDate wrong : new LocalDate[] {march, march.minusDays(1), LocalDate.of(2026, 6, 1)}) {
      assertThat(refusal(march, 3, null, wrong).errors())
          .singleElement()
          .satisfies(
              e ->
                  assertThat(e.message())
                      .isEqualTo(
                          "Le bilan se fixe après le début du contrat (1 mars 2026) et au plus"
                              + " tard le dernier jour (31 mai 2026)."));
    }
  }

  @Test
  void everyMissingPartIsReportedAtOnce() {
    assertThat(refusal(null, 30, null, null).errors())
        .extracting(FieldError::field)
        .containsExactly("start", "durationMonths", "reviewOn");
  }

  @Test
  void aContractCoversItsFirstAndLastDaysOnly() {
    ContractTerm t = new ContractTerm(LocalDate.of(2026, 3, 1), 3, null, LocalDate.of(2026, 4, 1));
    assertThat(t.covers(LocalDate.of(2026, 2, 28))).isFalse();
    assertThat(t.covers(LocalDate.of(2026, 3, 1))).isTrue();
    assertThat(t.covers(LocalDate.of(2026, 5, 31))).isTrue();
    assertThat(t.covers(LocalDate.of(2026, 6, 1))).isFalse();
    assertThat(t.mergeDates())
        .isEqualTo(
            new MergeValues.ContractDates(
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 4, 1)));
  }
}
