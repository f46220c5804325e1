package fr.aiguillage.ui.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.questionnaire.NationalQuestionnaire;
import fr.aiguillage.questionnaire.Question;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchAnswersTest {
  private static Question question(String code) {
    return NationalQuestionnaire.base().question(code).orElseThrow();
  }

  @Test
  void convertsFieldValuesToTheEnginesAnswers() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("activity_now", new BenchOption(false, "Non"));
    fields.put("barrier_health", new BenchOption("STRONG", "Fort"));
    fields.put("qualification_level", new BenchOption("CAP_BEP", "CAP, BEP (CAP_BEP)"));
    fields.put("months_without_activity", 30);
    fields.put("can_picture_job", null);
    assertThat(BenchAnswers.of(fields))
        .as("an empty field is no answer; a list gives its value, a number field its number")
        .containsExactly(
            Map.entry("activity_now", false),
            Map.entry("barrier_health", "STRONG"),
            Map.entry("qualification_level", "CAP_BEP"),
            Map.entry("months_without_activity", 30));
  }

  @Test
  void yesNoOffersOuiAndNon() {
    assertThat(BenchOption.of(question("activity_now")))
        .containsExactly(new BenchOption(true, "Oui"), new BenchOption(false, "Non"));
  }

  @Test
  void barriersOfferTheThreeLevelsInFrench() {
    assertThat(BenchOption.of(question("barrier_mobility")))
        .containsExactly(
            new BenchOption("NONE", "Sans impact"),
            new BenchOption("MEDIUM", "Moyen"),
            new BenchOption("STRONG", "Fort"));
  }

  @Test
  void choicesShowTheirCode() {
    assertThat(BenchOption.of(question("qualification_level")))
        .first()
        .isEqualTo(new BenchOption("AUCUN", "Aucun diplôme (AUCUN)"));
    assertThat(BenchOption.of(question("dependent_children"))).as("a number").isEmpty();
  }
}
