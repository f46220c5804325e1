package fr.aiguillage.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.aiguillage.criteria.FiredRule;
import fr.aiguillage.criteria.Proposal;
import fr.aiguillage.questionnaire.NationalQuestionnaire;
import fr.aiguillage.statistics.definition.EducationLevel;
import fr.aiguillage.statistics.definition.FamilySituation;
import fr.aiguillage.testing.PayloadJson;
import fr.aiguillage.vocabulary.Pathway;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code diagnostic.completed} carries the family situation and the education level read from the
 * answers, named as the statistics name them, and the same as the statistics would read them.
 */
class DiagnosticCompletedTest {
  static final Proposal PROPOSAL =
      new Proposal(
          Pathway.SOCIO_PROFESSIONAL,
          Optional.empty(),
          new FiredRule("R4", "Des freins moyens", Map.of()),
          List.of(),
          false,
          2);

  @Test
  void theAnswersGiveTheFamilySituationAndEducationLevel() {
    UUID diagnostic = UUID.randomUUID();
    UUID person = UUID.randomUUID();

    JsonNode json =
        PayloadJson.of(
            DiagnosticCompleted.of(
                diagnostic,
                person,
                Map.of(
                    "family_situation", "SEUL",
                    "dependent_children", new BigDecimal("2"),
                    "qualification_level", "BAC"),
                PROPOSAL));

    assertThat(json.path("familySituation").asText()).isEqualTo("SINGLE_WITH_CHILDREN");
    assertThat(json.path("educationLevel").asText()).isEqualTo("IV");
    assertThat(json.path("diagnosticId").asText()).isEqualTo(diagnostic.toString());
    assertThat(json.path("beneficiaryId").asText()).isEqualTo(person.toString());
    assertThat(json.path("proposedPathway").asText()).isEqualTo("SOCIO_PROFESSIONAL");
    assertThat(json.path("rule").asText()).isEqualTo("R4");
    assertThat(json.path("criteriaVersion").asInt()).isEqualTo(2);
    assertThat(json.path("needsReview").asBoolean()).isFalse();
  }

  @Test
  void withoutTheAnswersBothAreLeftOut() {
    JsonNode json =
        PayloadJson.of(
            DiagnosticCompleted.of(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Map.of("family_situation", "COUPLE"),
                PROPOSAL));

    assertThat(json.has("familySituation")).as("no number of children").isFalse();
    assertThat(json.has("educationLevel")).isFalse();
  }

  @Test
  void everyCodeOfTheNationalQuestionnaireMapsAsTheStatisticsReadIt() {
    List<String> situations =
        NationalQuestionnaire.base().question("family_situation").orElseThrow().allowedCodes();
    for (String s : situations) {
      for (int children : new int[] {0, 1, 3}) {
        assertThat(DiagnosticCompleted.familySituation(s, children))
            .as("%s with %d children", s, children)
            .isEqualTo(FamilySituation.ofAnswers(s, children).name());
      }
    }
    assertThat(DiagnosticCompleted.familySituation("COUPLE", new BigDecimal("1")))
        .isEqualTo("COUPLE_WITH_CHILDREN");
    assertThat(DiagnosticCompleted.familySituation("COUPLE", 1.5)).isNull();
    assertThat(DiagnosticCompleted.familySituation("VEUF", 0)).isNull();
    List<String> levels =
        NationalQuestionnaire.base().question("qualification_level").orElseThrow().allowedCodes();
    assertThat(levels).hasSize(5);
    for (String level : levels) {
      assertThat(DiagnosticCompleted.educationLevel(level))
          .as(level)
          .isEqualTo(EducationLevel.ofQualificationAnswer(level).name());
    }
    assertThat(DiagnosticCompleted.educationLevel("MASTER")).isNull();
  }
}
