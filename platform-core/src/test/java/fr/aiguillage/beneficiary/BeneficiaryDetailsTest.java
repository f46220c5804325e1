package fr.aiguillage.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BeneficiaryDetailsTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  static BeneficiaryDraft valid() {
    return new BeneficiaryDraft(
        "MADAME",
        "Martin",
        null,
        "Léa",
        LocalDate.of(1990, 5, 3),
        "1234567",
        "DEM",
        null,
        "lea.martin@exemple.fr",
        "06 12 34 56 78",
        "1 rue Haute",
        null,
        "08000",
        "Charleville-Mézières",
        "08105",
        null,
        LocalDate.of(2026, 9, 1),
        LocalDate.of(2026, 9, 15));
  }

  @Test
  void acceptsAValidDraftAndNormalises() {
    BeneficiaryDetails d = BeneficiaryDetails.validate(valid(), TODAY);
    assertThat(d.householdRole()).isEqualTo(HouseholdRole.CLAIMANT);
    assertThat(d.phone()).isEqualTo("0612345678");
    assertThat(d.nir()).isEmpty();
  }

  @Test
  void reportsEveryWrongFieldAtOnce() {
    BeneficiaryDraft bad =
        new BeneficiaryDraft(
            "MADAM",
            "",
            null,
            "L3a",
            TODAY.minusYears(10),
            "12",
            "ENF",
            "123",
            "pas-un-courriel",
            "12",
            null,
            null,
            "8000",
            null,
            "8105",
            null,
            TODAY.plusDays(1),
            null);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> BeneficiaryDetails.validate(bad, TODAY));
    assertThat(e.errors())
        .extracting(FieldError::field)
        .contains(
            "civility",
            "lastName",
            "firstNames",
            "birthDate",
            "cafNumber",
            "householdRole",
            "nir",
            "email",
            "phone",
            "postalCode",
            "communeInsee",
            "rsaClaimDate");
    assertThat(e.errors()).allSatisfy(err -> assertThat(err.message()).isNotBlank());
  }

  @Test
  void refusesACommuneUnknownToTheCogOrAPostalCodeOfAnotherCommune() {
    BeneficiaryDraft d = valid();
    for (String[] pair : new String[][] {{"08000", "08999"}, {"08200", "08105"}}) {
      BeneficiaryDraft bad =
          new BeneficiaryDraft(
              d.civility(),
              d.lastName(),
              d.birthName(),
              d.firstNames(),
              d.birthDate(),
              d.cafNumber(),
              d.householdRole(),
              d.nir(),
              d.email(),
              d.phone(),
              d.addressLine(),
              d.addressComplement(),
              pair[0],
              d.communeName(),
              pair[1],
              d.territoryId(),
              d.rsaClaimDate(),
              d.rightsAndDutiesStart());
      InvalidInputException e =
          catchThrowableOfType(
              () -> BeneficiaryDetails.validate(bad, TODAY), InvalidInputException.class);
      assertThat(e.errors())
          .singleElement()
          .satisfies(err -> assertThat(err.field()).isEqualTo("communeInsee"))
          .satisfies(err -> assertThat(err.message()).contains(pair[1]));
    }
  }

  @Test
  void rightsAndDutiesCannotStartBeforeTheClaim() {
    BeneficiaryDraft d = valid();
    BeneficiaryDraft early =
        new BeneficiaryDraft(
            d.civility(),
            d.lastName(),
            null,
            d.firstNames(),
            d.birthDate(),
            d.cafNumber(),
            d.householdRole(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 8, 1));
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> BeneficiaryDetails.validate(early, TODAY));
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("rightsAndDutiesStart");
  }

  @Test
  void statusFollowsTheRightsAndDutiesStart() {
    BeneficiaryDraft d = valid();
    BeneficiaryDraft intake =
        new BeneficiaryDraft(
            d.civility(),
            d.lastName(),
            null,
            d.firstNames(),
            d.birthDate(),
            d.cafNumber(),
            d.householdRole(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            d.rsaClaimDate(),
            null);
    Beneficiary b =
        Beneficiary.register(
            java.util.UUID.randomUUID(),
            BeneficiaryDetails.validate(intake, TODAY),
            null,
            java.time.Instant.now());
    assertThat(b.status()).isEqualTo(BeneficiaryStatus.INTAKE);
    b.correct(BeneficiaryDetails.validate(d, TODAY), null, java.time.Instant.now());
    assertThat(b.status()).isEqualTo(BeneficiaryStatus.TO_ORIENT);
  }
}
