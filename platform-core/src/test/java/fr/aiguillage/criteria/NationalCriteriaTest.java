package fr.aiguillage.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.questionnaire.NationalQuestionnaire;
import fr.aiguillage.vocabulary.Pathway;
import fr.aiguillage.vocabulary.StructureKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every national default rule on hand-made situations. */
class NationalCriteriaTest {
  static final CompiledRuleSet NATIONAL =
      CriteriaCompiler.compile(
          NationalCriteria.VERSION, NationalCriteria.rules(), NationalQuestionnaire.base());

  /** Someone close to work, qualified, with no barrier: the baseline each case changes. */
  static Map<String, Object> closeToWork() {
    Map<String, Object> a = new HashMap<>();
    a.put("activity_now", false);
    a.put("activity_last_24_months", true);
    a.put("months_without_activity", 6);
    a.put("can_picture_job", true);
    a.put("qualified", true);
    a.put("rqth", false);
    a.put("oeth", false);
    for (String barrier : NationalQuestionnaire.barrierCodes()) {
      a.put(barrier, "NONE");
    }
    return a;
  }

  @Test
  void qualifiedCloseToWorkWithoutBarrierGoesToTheEmploymentPathwayWithFranceTravail() {
    Proposal p = NATIONAL.evaluate(closeToWork(), 40);
    assertThat(p.pathway()).isEqualTo(Pathway.PROFESSIONAL);
    assertThat(p.targetKind()).contains(StructureKind.FRANCE_TRAVAIL);
    assertThat(p.decidedBy().code()).isEqualTo("emploi");
    assertThat(p.decidedBy().answersUsed())
        .containsEntry("qualified", true)
        .containsKey("can_picture_job");
    assertThat(p.needsReview()).isFalse();
    assertThat(p.ruleSetVersion()).isEqualTo(NationalCriteria.VERSION);
  }

  @Test
  void noActivityForTwoYearsAndAStrongBarrierGoesToTheSocialPathway() {
    Map<String, Object> a = closeToWork();
    a.put("activity_last_24_months", false);
    a.put("barrier_housing", "STRONG");
    Proposal p = NATIONAL.evaluate(a, 45);
    assertThat(p.pathway()).isEqualTo(Pathway.SOCIAL);
    assertThat(p.targetKind()).contains(StructureKind.DEPARTEMENT);
    assertThat(p.decidedBy().explanation()).contains("parcours social");
  }

  @Test
  void noActivityAndNoShortTermProjectGoesToTheSocialPathwayEvenWithoutBarrier() {
    Map<String, Object> a = closeToWork();
    a.put("activity_last_24_months", false);
    a.put("can_picture_job", false);
    assertThat(NATIONAL.evaluate(a, 50).decidedBy().code()).isEqualTo("social");
  }

  @Test
  void aStrongBarrierWithRecentActivityGoesToTheGlobalPathwayForReview() {
    Map<String, Object> a = closeToWork();
    a.put("barrier_health", "STRONG");
    Proposal p = NATIONAL.evaluate(a, 35);
    assertThat(p.pathway()).isEqualTo(Pathway.SOCIO_PROFESSIONAL);
    assertThat(p.decidedBy().code()).isEqualTo("global-frein-fort");
    assertThat(p.needsReview()).isTrue();
  }

  @Test
  void aMediumBarrierGoesToTheGlobalPathway() {
    Map<String, Object> a = closeToWork();
    a.put("barrier_mobility", "MEDIUM");
    Proposal p = NATIONAL.evaluate(a, 35);
    assertThat(p.decidedBy().code()).isEqualTo("global-frein-moyen");
    assertThat(p.decidedBy().answersUsed()).containsEntry("medium_barriers", 1L);
    assertThat(p.needsReview()).isFalse();
  }

  @Test
  void aYoungPersonCloseToWorkGoesToTheMissionLocale() {
    Proposal p = NATIONAL.evaluate(closeToWork(), 22);
    assertThat(p.decidedBy().code()).isEqualTo("emploi-jeune");
    assertThat(p.targetKind()).contains(StructureKind.MISSION_LOCALE);
  }

  @Test
  void aRecognisedDisabledWorkerGoesToCapEmploi() {
    Map<String, Object> a = closeToWork();
    a.put("rqth", true);
    Proposal p = NATIONAL.evaluate(a, 44);
    assertThat(p.decidedBy().code()).isEqualTo("emploi-handicap");
    assertThat(p.targetKind()).contains(StructureKind.CAP_EMPLOI);
  }

  @Test
  void withoutQualificationTheEmploymentPathwayIsProposedForReview() {
    Map<String, Object> a = closeToWork();
    a.put("qualified", false);
    Proposal p = NATIONAL.evaluate(a, 44);
    assertThat(p.decidedBy().code()).isEqualTo("emploi-sans-qualification");
    assertThat(p.pathway()).isEqualTo(Pathway.PROFESSIONAL);
    assertThat(p.needsReview()).isTrue();
  }

  @Test
  void unansweredQuestionsSkipTheRulesThatNeedThemAndAskForReview() {
    Map<String, Object> a = closeToWork();
    a.remove("barrier_finances");
    Proposal p = NATIONAL.evaluate(a, 40);
    assertThat(p.skippedForMissingAnswers())
        .anySatisfy(s -> assertThat(s).contains("barrier_finances"));
    assertThat(p.needsReview()).isTrue();
    assertThat(p.pathway()).isEqualTo(Pathway.PROFESSIONAL);
  }

  @Test
  void anEmptyDiagnosticStillGetsAProposalThatAsksForReview() {
    Proposal p = NATIONAL.evaluate(Map.of(), null);
    assertThat(p.decidedBy().code()).isEqualTo("a-examiner");
    assertThat(p.needsReview()).isTrue();
    assertThat(p.targetKind()).isEqualTo(Optional.empty());
  }
}
