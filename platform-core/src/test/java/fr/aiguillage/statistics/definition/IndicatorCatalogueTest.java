package fr.aiguillage.statistics.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue: every definition complete, ids unique, lookup by id, and a few full sentences. */
class IndicatorCatalogueTest {
  @Test
  void everyIdIsUniqueAndKebabCase() {
    List<IndicatorDefinition> all = IndicatorCatalogue.all();
    Set<String> ids = new HashSet<>();
    for (IndicatorDefinition d : all) {
      assertThat(ids.add(d.id())).as("id %s appears once", d.id()).isTrue();
      assertThat(d.id()).as("id %s", d.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
    assertThat(all).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void everyDefinitionSaysWhatItCountsInFrench() {
    for (IndicatorDefinition d : IndicatorCatalogue.all()) {
      assertThat(d.label()).as("label of %s", d.id()).isNotBlank().doesNotEndWith(".");
      assertThat(d.explanation())
          .as("explanation of %s: a paragraph that ends", d.id())
          .hasSizeGreaterThan(60)
          .endsWith(".");
      assertThat(d.population()).as("population of %s", d.id()).isNotBlank();
      assertThat(d.numerator()).as("numerator of %s", d.id()).isNotBlank();
      assertThat(d.sentence()).as("sentence of %s", d.id()).contains("période : ");
    }
  }

  @Test
  void ratesHaveADenominatorDelaysAStartAnEndAndStatistics() {
    for (IndicatorDefinition d : IndicatorCatalogue.all()) {
      assertThat(d.denominator().isPresent())
          .as("denominator of %s", d.id())
          .isEqualTo(d.unit() == Unit.RATE);
      if (d.unit().isDelay()) {
        assertThat(d.start()).as("start of %s", d.id()).isPresent();
        assertThat(d.end()).as("end of %s", d.id()).isPresent();
        assertThat(d.statistics()).as("statistics of %s", d.id()).contains(DelayStatistic.MEAN);
      }
      if (d.unit() == Unit.DAYS) {
        assertThat(d.thresholds())
            .as("thresholds of %s", d.id())
            .containsExactly(DelayThreshold.values());
      }
    }
  }

  @Test
  void issueSixteenItemOneIsCovered() {
    List<String> required =
        List.of(
            "oarsa-t1-subject",
            "oarsa-t1-not-oriented",
            "oarsa-t1-oriented",
            "oarsa-t1-oriented-share",
            "oarsa-t1-body-kind-share",
            "oarsa-t2-france-travail-registered",
            "oarsa-t2-contract-valid",
            "oarsa-t2-contract-share",
            "oarsa-t3-contracts-by-duration",
            "oarsa-t4-contracts-by-action",
            "oarsa-t5-entrants",
            "oarsa-t5-first-oriented",
            "oarsa-t5-first-oriented-outside-france-travail",
            "oarsa-t5-first-contract",
            "oarsa-t5-delay-claim-to-orientation",
            "oarsa-t5-delay-orientation-to-contract",
            "oarsa-t6-reoriented-spe-to-non-spe",
            "oarsa-t6-reoriented-non-spe-to-spe",
            "monthly-new-subject",
            "monthly-oriented",
            "monthly-orientation-delay-from-claim",
            "monthly-orientation-delay-from-rights-and-duties",
            "monthly-first-appointment-delay",
            "monthly-appointment-attendance-rate",
            "monthly-appointment-excused-rate",
            "monthly-appointment-no-show-rate",
            "monthly-contract-within-one-month",
            "monthly-contract-delay-from-notification",
            "monthly-partner-response-time",
            "monthly-partner-refusal-rate",
            "referent-caseload",
            "monthly-reoriented-spe-to-non-spe",
            "monthly-reoriented-non-spe-to-spe",
            "monthly-session-invited",
            "monthly-session-present",
            "monthly-session-oriented-same-day");
    for (String id : required) {
      assertThat(IndicatorCatalogue.find(id)).as("indicator %s", id).isPresent();
    }
    assertThat(IndicatorCatalogue.find("monthly-oriented").orElseThrow().breakdowns())
        .as("oriented, by pathway and kind of body")
        .contains(Breakdown.PATHWAY, Breakdown.BODY_KIND);
  }

  @Test
  void oarsaTablesBreakPeopleDownAsDreesDoes() {
    for (IndicatorDefinition d : IndicatorCatalogue.of(IndicatorFamily.OARSA)) {
      assertThat(d.breakdowns())
          .as("breakdowns of %s", d.id())
          .contains(
              Breakdown.AGE_BAND,
              Breakdown.SEX,
              Breakdown.FAMILY_SITUATION,
              Breakdown.RSA_DURATION,
              Breakdown.EDUCATION_LEVEL);
    }
  }

  @Test
  void anUnknownIdIsEmptyWithAFrenchMessage() {
    assertThat(IndicatorCatalogue.find("oarsa-t7")).isEmpty();
    assertThat(IndicatorCatalogue.find(null)).isEmpty();
    assertThat(IndicatorCatalogue.find("")).isEmpty();
    assertThat(IndicatorCatalogue.unknown("oarsa-t7"))
        .isEqualTo(
            "Aucun indicateur ne porte cet identifiant (« oarsa-t7 »). La liste des indicateurs"
                + " est dans la documentation.");
    assertThat(IndicatorCatalogue.unknown("x".repeat(500))).hasSizeLessThan(200);
  }

  @Test
  void nationalAnchorsCarryTheirYearAndSource() {
    assertThat(IndicatorCatalogue.withNationalAnchors())
        .extracting(IndicatorDefinition::id)
        .contains(
            "oarsa-t1-oriented-share",
            "oarsa-t1-body-kind-share",
            "oarsa-t2-contract-share",
            "oarsa-t5-delay-claim-to-orientation");
    NationalAnchor latest =
        IndicatorCatalogue.find("oarsa-t1-oriented-share").orElseThrow().anchors().get(0);
    assertThat(latest.display()).isEqualTo("86 % (2023, DREES, OARSA, publié le 19/12/2024)");
    for (IndicatorDefinition d : IndicatorCatalogue.withNationalAnchors()) {
      for (NationalAnchor a : d.anchors()) {
        assertThat(a.unit()).as("unit of %s's anchor", d.id()).isEqualTo(d.unit());
        assertThat(a.year()).as("year of %s's anchor", d.id()).isBetween(2017, 2025);
      }
    }
  }

  @Test
  void theRateSentenceNamesNumeratorDenominatorPeriodSourceAndAnchors() {
    assertThat(sentence("oarsa-t2-contract-share"))
        .isEqualTo(
            "Numérateur : les personnes orientées hors France Travail avec un contrat en cours ;"
                + " dénominateur : les personnes orientées hors France Travail ; période :"
                + " situation au dernier jour de la période (31 décembre pour l'année, fin de"
                + " mois). Source : DREES, enquête OARSA, tableau 2. Référence nationale : 49 %"
                + " (2023, DREES, OARSA, publié le 19/12/2024) ; 51 % (2018, DREES, OARSA).");
  }

  @Test
  void theDelaySentenceNamesItsStartItsEndAndWhatHappensWhenTheStartIsUnknown() {
    assertThat(sentence("monthly-orientation-delay-from-claim"))
        .isEqualTo(
            "Délai en jours calendaires de la date de demande du RSA à la première décision"
                + " d'orientation ; population : les personnes dont la date de demande du RSA"
                + " tombe dans le mois ; période : au cours du mois de la date de demande du RSA ;"
                + " statistiques : moyenne, médiane, 90e centile, part en 15, 30, 42 et 45 jours"
                + " au plus. Quand la date de demande du RSA est inconnue, la personne n'est pas"
                + " comptée ici : elle figure à part, dans « date de début inconnue » ; aucune"
                + " date n'est inventée. Source : DREES, enquête OARSA, tableau 5. Référence"
                + " nationale : 79 jours (2023, DREES, OARSA ; moyenne annuelle des entrants de"
                + " 2023, orientés au 31 décembre).");
  }

  @Test
  void theDelaySentenceContractsItsArticles() {
    assertThat(sentence("monthly-first-appointment-delay"))
        .startsWith(
            "Délai en jours calendaires de la première décision d'orientation au premier"
                + " rendez-vous d'accompagnement honoré ;");
    assertThat(sentence("monthly-partner-response-time"))
        .isEqualTo(
            "Délai en heures de l'envoi de l'adressage à la structure à la réponse de la"
                + " structure (acceptation ou refus) ; population : les adressages envoyés aux"
                + " structures dans le mois et acceptés ou refusés (les adressages expirés ou"
                + " retirés n'y sont pas) ; période : au cours du mois de l'envoi de l'adressage à"
                + " la structure ; statistiques : moyenne, médiane, 90e centile. Source :"
                + " Aiguillage (suivi propre au département).");
  }

  @Test
  void theCountSentenceSaysWhatIsCountedAndAmongWhom() {
    assertThat(sentence("monthly-session-oriented-same-day"))
        .isEqualTo(
            "Effectif (personnes) : les personnes orientées au bureau le jour de la session ;"
                + " population : les personnes venues aux informations collectives qui ont lieu"
                + " dans le mois (à l'heure ou en retard, invitées ou non) ; période : au cours du"
                + " mois de la date de la session. Source : Aiguillage (suivi propre au"
                + " département).");
  }

  @Test
  void theEventsCarryWhatEveryDefinitionNeeds() {
    assertThat(PayloadGap.values()).as("every gap filled by the v1 additions").isEmpty();
    for (String id :
        List.of(
            "monthly-contract-within-one-month",
            "referent-caseload",
            "oarsa-t4-contracts-by-action",
            "oarsa-t1-subject",
            "monthly-oriented",
            "structure-caseload")) {
      assertThat(gaps(id)).as(id).isEmpty();
    }
    for (IndicatorDefinition d : IndicatorCatalogue.all()) {
      assertThat(d.gaps()).as(d.id()).isEmpty();
    }
  }

  @Test
  void aDefinitionThatBreaksARuleIsRefusedWhenBuilt() {
    IndicatorDefinition.Builder rateWithoutDenominator =
        IndicatorDefinition.builder("a-rate", IndicatorFamily.PARTNERS)
            .says("Taux", "Un taux sans dénominateur.")
            .counts(Unit.RATE, "des adressages", "des refus")
            .at(PeriodKind.AT_DATE)
            .source(Reference.AIGUILLAGE);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(rateWithoutDenominator::build)
        .withMessageContaining("a rate needs a denominator");
    IndicatorDefinition.Builder flowWithoutMilestone =
        IndicatorDefinition.builder("Not_Kebab", IndicatorFamily.PARTNERS)
            .says("Compte", "Un flux sans jalon.")
            .counts(Unit.PEOPLE, "des personnes", "des personnes")
            .at(PeriodKind.DURING_MONTH)
            .source(Reference.AIGUILLAGE);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(flowWithoutMilestone::build)
        .withMessageContaining("kebab")
        .withMessageContaining("a flow is counted on a milestone");
  }

  private static String sentence(String id) {
    Optional<IndicatorDefinition> d = IndicatorCatalogue.find(id);
    assertThat(d).as("indicator %s", id).isPresent();
    assertThat(IndicatorCatalogue.describe(d.get())).isEqualTo(d.get().sentence());
    return d.get().sentence();
  }

  private static Set<PayloadGap> gaps(String id) {
    return IndicatorCatalogue.find(id).orElseThrow().gaps();
  }
}
