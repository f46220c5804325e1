package fr.aiguillage.contract;

import fr.aiguillage.questionnaire.AnswerType;
import fr.aiguillage.questionnaire.BarrierLevel;
import fr.aiguillage.questionnaire.Question;
import fr.aiguillage.questionnaire.Questionnaire;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proposes a plan's actions from a diagnostic: a barrier question answered {@link
 * BarrierLevel#STRONG} or {@link BarrierLevel#MEDIUM} proposes the catalogue actions that answer
 * its data·inclusion thématiques. The referent then chooses and edits them with the person.
 */
public final class ActionProposer {
  /** The questions whose free answers are shown beside the proposals. */
  static final String EXPECTATIONS = "expectations";

  static final String NEEDS = "needs";

  private ActionProposer() {}

  /**
   * @param questionnaire the version the diagnostic was filled with
   * @param answers the diagnostic's effective answers (the professional's prevail)
   */
  public static ActionProposals propose(
      Questionnaire questionnaire, Map<String, Object> answers, ActionCatalogue catalogue) {
    List<ActionProposals.BarrierActions> barriers =
        questionnaire.questions().stream()
            .filter(q -> q.type() == AnswerType.BARRIER)
            .flatMap(q -> level(answers.get(q.code())).map(l -> proposal(q, l, catalogue)).stream())
            .sorted(
                Comparator.comparing((ActionProposals.BarrierActions b) -> b.level()).reversed())
            .toList();
    return new ActionProposals(barriers, text(answers.get(EXPECTATIONS)), text(answers.get(NEEDS)));
  }

  private static Optional<BarrierLevel> level(Object answer) {
    if (BarrierLevel.STRONG.name().equals(answer)) {
      return Optional.of(BarrierLevel.STRONG);
    }
    if (BarrierLevel.MEDIUM.name().equals(answer)) {
      return Optional.of(BarrierLevel.MEDIUM);
    }
    return Optional.empty();
  }

  private static ActionProposals.BarrierActions proposal(
      Question q, BarrierLevel level, ActionCatalogue catalogue) {
    return new ActionProposals.BarrierActions(
        q.code(), q.label(), level, catalogue.answering(q.thematiques()));
  }

  private static String text(Object answer) {
    return answer instanceof String s && !s.isBlank() ? s.strip() : null;
  }
}
