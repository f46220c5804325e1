package fr.aiguillage.ui.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.diagnostic.Difference;
import fr.aiguillage.questionnaire.NationalQuestionnaire;
import fr.aiguillage.questionnaire.Question;
import fr.aiguillage.questionnaire.Questionnaire;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerTextsTest {
  private static final Questionnaire Q = NationalQuestionnaire.base();

  private static Question q(String code) {
    return Q.question(code).orElseThrow();
  }

  @Test
  void answersReadInFrench() {
    assertThat(AnswerTexts.value(Optional.of(q("activity_now")), true)).isEqualTo("Oui");
    assertThat(AnswerTexts.value(Optional.of(q("barrier_health")), "NONE"))
        .isEqualTo("Sans impact");
    assertThat(AnswerTexts.value(Optional.of(q("qualification_level")), "BAC_2"))
        .isEqualTo("Bac + 2");
    assertThat(AnswerTexts.value(Optional.of(q("dependent_children")), 3L)).isEqualTo("3");
    assertThat(AnswerTexts.value(Optional.empty(), null)).isEqualTo("sans réponse");
  }

  @Test
  void thePersonsAnswerIsFlaggedWhenItDiffers() {
    assertThat(AnswerTexts.personNote(q("barrier_health"), "STRONG", false))
        .isEqualTo("Réponse de la personne : Fort");
    assertThat(AnswerTexts.personNote(q("activity_now"), false, true))
        .isEqualTo("Réponse de la personne : Non — différente de la réponse du professionnel");
  }

  @Test
  void differencesAreFoundByQuestionCode() {
    assertThat(
            AnswerTexts.differing(
                List.of(
                    new Difference("activity_now", false, true),
                    new Difference("barrier_health", "NONE", "STRONG"))))
        .containsExactlyInAnyOrder("activity_now", "barrier_health");
    assertThat(AnswerTexts.differing(null)).isEmpty();
  }

  @Test
  void usedAnswersNameTheQuestionOrTheFact() {
    assertThat(AnswerTexts.used("barrier_health", "STRONG", Q))
        .isEqualTo(q("barrier_health").label() + " : Fort");
    assertThat(AnswerTexts.used("age", 24L, Q)).isEqualTo("Âge : 24");
    assertThat(AnswerTexts.used("strong_barriers", 0L, Q)).isEqualTo("Nombre de freins forts : 0");
  }
}
