package fr.aiguillage.statistics.definition;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.beneficiary.Civility;
import fr.aiguillage.vocabulary.StructureKind;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The small classifications the projections share, each with its « Inconnu ». */
class ClassificationsTest {
  @Test
  void everyStructureKindHasADefaultCategoryAndAnOverrideWins() {
    for (StructureKind kind : StructureKind.values()) {
      assertThat(BodyCategories.byDefault(kind)).as("%s", kind).isNotEqualTo(BodyCategory.UNKNOWN);
    }
    assertThat(BodyCategories.byDefault(StructureKind.FRANCE_TRAVAIL).kind())
        .isEqualTo(BodyKind.FRANCE_TRAVAIL);
    assertThat(BodyCategories.byDefault(StructureKind.PLIE).kind()).isEqualTo(BodyKind.OTHER_SPE);
    assertThat(BodyCategories.byDefault(StructureKind.CCAS).kind())
        .isEqualTo(BodyKind.OTHER_NON_SPE);
    UUID iae = UUID.randomUUID();
    BodyCategories mapping = new BodyCategories(Map.of(iae, BodyCategory.IAE));
    assertThat(mapping.categoryOf(iae, StructureKind.ASSOCIATION)).isEqualTo(BodyCategory.IAE);
    assertThat(mapping.categoryOf(UUID.randomUUID(), StructureKind.ASSOCIATION))
        .isEqualTo(BodyCategory.OTHER_NON_SPE);
    assertThat(mapping.categoryOf(null, StructureKind.ASSOCIATION)).isEqualTo(BodyCategory.UNKNOWN);
  }

  @Test
  void franceTravailIsInThePublicEmploymentServiceAndTheDepartementIsNot() {
    assertThat(BodyKind.FRANCE_TRAVAIL.isSpe()).isTrue();
    assertThat(BodyKind.OTHER_SPE.isSpe()).isTrue();
    assertThat(BodyKind.DEPARTEMENT.isSpe()).isFalse();
    assertThat(BodyKind.OTHER_NON_SPE.isSpe()).isFalse();
    assertThat(BodyCategory.MISSION_LOCALE.isSpe()).isTrue();
    assertThat(BodyCategory.CAF.isSpe()).isFalse();
  }

  @Test
  void sexComesFromTheCivilityAndIsNeverGuessed() {
    assertThat(Sex.of(Civility.MADAME)).isEqualTo(Sex.FEMALE);
    assertThat(Sex.of(Civility.MONSIEUR)).isEqualTo(Sex.MALE);
    assertThat(Sex.of(null)).isEqualTo(Sex.UNKNOWN);
  }

  @Test
  void theFamilySituationNeedsBothHalves() {
    assertThat(FamilySituation.ofHousehold(true, 2))
        .isEqualTo(FamilySituation.COUPLE_WITH_CHILDREN);
    assertThat(FamilySituation.ofHousehold(false, 0))
        .isEqualTo(FamilySituation.SINGLE_WITHOUT_CHILDREN);
    assertThat(FamilySituation.ofHousehold(true, null)).isEqualTo(FamilySituation.UNKNOWN);
    assertThat(FamilySituation.ofAnswers("SEUL", 1))
        .isEqualTo(FamilySituation.SINGLE_WITH_CHILDREN);
    assertThat(FamilySituation.ofAnswers("COUPLE", 0))
        .isEqualTo(FamilySituation.COUPLE_WITHOUT_CHILDREN);
    assertThat(FamilySituation.ofAnswers("AUTRE", 0)).isEqualTo(FamilySituation.UNKNOWN);
    assertThat(FamilySituation.ofAnswers(null, 0)).isEqualTo(FamilySituation.UNKNOWN);
  }

  @Test
  void theQuestionnairesDiplomasMapOnOarsaLevels() {
    assertThat(EducationLevel.ofQualificationAnswer("AUCUN")).isEqualTo(EducationLevel.VBIS_VI);
    assertThat(EducationLevel.ofQualificationAnswer("CAP_BEP")).isEqualTo(EducationLevel.V);
    assertThat(EducationLevel.ofQualificationAnswer("BAC")).isEqualTo(EducationLevel.IV);
    assertThat(EducationLevel.ofQualificationAnswer("BAC_2")).isEqualTo(EducationLevel.III_TO_I);
    assertThat(EducationLevel.ofQualificationAnswer("BAC_3_PLUS"))
        .isEqualTo(EducationLevel.III_TO_I);
    assertThat(EducationLevel.ofQualificationAnswer("DOCTORAT")).isEqualTo(EducationLevel.UNKNOWN);
    assertThat(EducationLevel.ofQualificationAnswer(null)).isEqualTo(EducationLevel.UNKNOWN);
  }

  @Test
  void aDelayIsWithinAThresholdUpToItsLastDay() {
    assertThat(DelayThreshold.DAYS_42.isMet(42)).isTrue();
    assertThat(DelayThreshold.DAYS_42.isMet(43)).isFalse();
    assertThat(DelayThreshold.values())
        .extracting(DelayThreshold::days)
        .containsExactly(15, 30, 42, 45);
  }

  @Test
  void aContractsDurationCountsItsLastDay() {
    LocalDate start = LocalDate.of(2025, 1, 1);
    assertThat(ContractDurationBand.of(start, LocalDate.of(2025, 6, 29)))
        .isEqualTo(ContractDurationBand.UNDER_6_MONTHS);
    assertThat(ContractDurationBand.of(start, LocalDate.of(2025, 6, 30)))
        .as("1 January to 30 June is six months")
        .isEqualTo(ContractDurationBand.FROM_6_TO_12_MONTHS);
    assertThat(ContractDurationBand.of(start, LocalDate.of(2025, 12, 30)))
        .isEqualTo(ContractDurationBand.FROM_6_TO_12_MONTHS);
    assertThat(ContractDurationBand.of(start, LocalDate.of(2025, 12, 31)))
        .isEqualTo(ContractDurationBand.FROM_1_YEAR);
    assertThat(ContractDurationBand.of(start, null)).isEqualTo(ContractDurationBand.UNKNOWN);
  }
}
