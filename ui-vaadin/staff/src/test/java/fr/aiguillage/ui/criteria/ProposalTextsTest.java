package fr.aiguillage.ui.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.questionnaire.NationalQuestionnaire;
import fr.aiguillage.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;

class ProposalTextsTest {
  private static final Questionnaire Q = NationalQuestionnaire.base();

  @Test
  void saysEachAnswerTheRuleRead() {
    assertThat(ProposalTexts.usedAnswer("activity_now", false, Q)).isEqualTo("activity_now : non");
    assertThat(ProposalTexts.usedAnswer("barrier_health", "STRONG", Q))
        .isEqualTo("barrier_health : Fort (STRONG)");
    assertThat(ProposalTexts.usedAnswer("qualification_level", "CAP_BEP", Q))
        .isEqualTo("qualification_level : CAP, BEP ou équivalent (CAP_BEP)");
    assertThat(ProposalTexts.usedAnswer("age", 24L, Q)).isEqualTo("age (âge) : 24");
    assertThat(ProposalTexts.usedAnswer("strong_barriers", 0L, Q))
        .isEqualTo("strong_barriers (nombre de freins forts) : 0");
    assertThat(ProposalTexts.usedAnswer("can_picture_job", null, Q))
        .isEqualTo("can_picture_job : sans réponse");
  }
}
