package fr.aiguillage.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.tenancy.TenantCode;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BeneficiaryDetailsTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  static final TenantCode ARDENNES = TenantCode.of("08");

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
    BeneficiaryDetails d = BeneficiaryDetails.validate(valid(), ARDENNES, TODAY);
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
            InvalidInputException.class, () -> BeneficiaryDetails.validate(bad, ARDENNES, TODAY));
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
              () -> BeneficiaryDetails.validate(bad, ARDENNES, TODAY), InvalidInputException.class);
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
            InvalidInputException.class, () -> BeneficiaryDetails.validate(early, ARDENNES, TODAY));
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
            BeneficiaryDetails.validate(intake, ARDENNES, TODAY),
            null,
            java.time.Instant.now());
    assertThat(b.status()).isEqualTo(BeneficiaryStatus.INTAKE);
    b.correct(BeneficiaryDetails.validate(d, ARDENNES, TODAY), null, java.time.Instant.now());
    assertThat(b.status()).isEqualTo(BeneficiaryStatus.TO_ORIENT);
  }

  @Test
  void textsLongerThanTheirColumnAreAllRefusedAtOnceOnTheirField() {
    BeneficiaryDraft bad =
        with(
            valid(),
            Map.of(
                "addressLine", "x".repeat(100 * 1024),
                "communeName", "y".repeat(5_000),
                "addressComplement", "z".repeat(300),
                "lastName", "M".repeat(101),
                "civility", "MADAM"));
    InvalidInputException e = refusal(bad);
    assertThat(e.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "addressLine", "communeName", "addressComplement", "lastName", "civility");
    assertThat(e.errors())
        .filteredOn(err -> err.field().equals("addressLine"))
        .singleElement()
        .satisfies(err -> assertThat(err.message()).contains("200 caractères au plus"));
    assertThat(e.errors())
        .filteredOn(err -> err.field().equals("communeName"))
        .singleElement()
        .satisfies(err -> assertThat(err.message()).contains("120 caractères au plus"));
  }

  @Test
  void textsAsLongAsTheirColumnAreAccepted() {
    BeneficiaryDraft longest =
        with(
            valid(),
            Map.of(
                "addressLine", "a".repeat(BeneficiaryLimits.ADDRESS_LINE),
                "addressComplement", "b".repeat(BeneficiaryLimits.ADDRESS_COMPLEMENT),
                "communeName", "c".repeat(BeneficiaryLimits.COMMUNE_NAME),
                "firstNames", "Léa".repeat(BeneficiaryLimits.FIRST_NAMES / 3),
                "lastName", "M".repeat(BeneficiaryLimits.LAST_NAME)));
    BeneficiaryDetails d = BeneficiaryDetails.validate(longest, ARDENNES, TODAY);
    assertThat(d.address().line()).hasSize(200);
    assertThat(d.firstNames()).hasSize(150);
  }

  @Test
  void aNulOrAnyOtherControlCharacterIsRefusedOnEachField() {
    BeneficiaryDraft bad =
        with(
            valid(),
            Map.of(
                "addressLine", "1 rue\u0000Haute",
                "addressComplement", "Bât. A\nporte 3",
                "communeName", "Charleville\u0007",
                "email", "lea\u0000@exemple.fr",
                "firstNames", "L\u0000a",
                "phone", "06 12 34 56 78\u0000"));
    InvalidInputException e = refusal(bad);
    assertThat(e.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "addressLine", "addressComplement", "communeName", "email", "firstNames", "phone");
    assertThat(e.errors())
        .allSatisfy(err -> assertThat(err.message()).contains("caractère de contrôle"));
  }

  @Test
  void aCommuneOfAnotherDepartementIsRefusedWithTheImportsWords() {
    BeneficiaryDraft lille =
        with(
            valid(),
            Map.of("postalCode", "59000", "communeName", "Lille", "communeInsee", "59350"));
    assertThat(refusal(lille).errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.field()).isEqualTo("communeInsee");
              assertThat(err.message())
                  .isEqualTo(
                      "La commune Lille (59350) est dans le département 59 : cette personne"
                          + " relève de ce département, pas du vôtre (08).");
            });
    assertThat(BeneficiaryDetails.validate(lille, TenantCode.of("59"), TODAY).address())
        .extracting(Address::communeInsee)
        .isEqualTo("59350");

    BeneficiaryDraft postalOnly = with(valid(), Map.of("postalCode", "59000", "communeInsee", " "));
    assertThat(refusal(postalOnly).errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.field()).isEqualTo("postalCode");
              assertThat(err.message()).contains("Le code postal 59000", "département 59");
            });
  }

  private static InvalidInputException refusal(BeneficiaryDraft d) {
    return catchThrowableOfType(
        InvalidInputException.class, () -> BeneficiaryDetails.validate(d, ARDENNES, TODAY));
  }

  /** The draft with some fields replaced, by their name in the API. */
  static BeneficiaryDraft with(BeneficiaryDraft d, Map<String, Object> changes) {
    try {
      RecordComponent[] components = BeneficiaryDraft.class.getRecordComponents();
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        String name = components[i].getName();
        values[i] =
            changes.containsKey(name) ? changes.get(name) : components[i].getAccessor().invoke(d);
      }
      return BeneficiaryDraft.class
          .getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new))
          .newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
