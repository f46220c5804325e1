package fr.aiguillage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.questionnaire.BarrierLevel;
import fr.aiguillage.questionnaire.NationalQuestionnaire;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A barrier rated strong or medium proposes its thématiques' actions; strong ones first. */
class ActionProposerTest {
  static final ActionCatalogue CATALOGUE =
      new ActionCatalogue(
          List.of(
              new CatalogueAction("permis", "Permis", ActionCategory.MOBILITY, List.of("mobilite")),
              new CatalogueAction(
                  "soins", "Soins", ActionCategory.HEALTH_CARE, List.of("sante--acces-aux-soins")),
              new CatalogueAction(
                  "psy", "Soutien psychologique", ActionCategory.HEALTH_CARE, List.of("sante")),
              new CatalogueAction(
                  "bus", "Aide au transport", ActionCategory.MOBILITY, List.of("mobilite")),
              new CatalogueAction(
                  "budget",
                  "Budget",
                  ActionCategory.FINANCIAL_AUTONOMY,
                  List.of("gestion-financiere"))));

  static ActionProposals propose(Map<String, Object> answers) {
    return ActionProposer.propose(NationalQuestionnaire.base(), answers, CATALOGUE);
  }

  @Test
  void strongAndMediumBarriersProposeTheirActionsStrongFirst() {
    ActionProposals p =
        propose(
            Map.of(
                "barrier_health", "MEDIUM",
                "barrier_mobility", "STRONG",
                "barrier_finances", "NONE",
                "expectations", "  Passer mon permis. ",
                "needs", ""));
    assertThat(p.barriers())
        .extracting(ActionProposals.BarrierActions::questionCode)
        .containsExactly("barrier_mobility", "barrier_health");
    assertThat(p.barriers().get(0).level()).isEqualTo(BarrierLevel.STRONG);
    assertThat(p.barriers().get(0).label())
        .isEqualTo("Vos déplacements (permis, transport, véhicule)");
    assertThat(p.barriers().get(0).actions())
        .extracting(CatalogueAction::code)
        .containsExactly("permis", "bus");
    assertThat(p.barriers().get(1).actions())
        .extracting(CatalogueAction::code)
        .containsExactly("soins", "psy");
    assertThat(p.expectations()).isEqualTo("Passer mon permis.");
    assertThat(p.needs()).isNull();
  }

  @Test
  void barriersOfTheSameLevelKeepTheQuestionnairesOrder() {
    ActionProposals p =
        propose(
            Map.of(
                "barrier_finances",
                "STRONG",
                "barrier_health",
                "STRONG",
                "barrier_other",
                "MEDIUM"));
    assertThat(p.barriers())
        .extracting(ActionProposals.BarrierActions::questionCode)
        .containsExactly("barrier_health", "barrier_finances", "barrier_other");
    assertThat(p.barriers().get(2).actions()).as("no thématique, no action").isEmpty();
  }

  @Test
  void noBarrierOrUnansweredOnesProposeNothing() {
    ActionProposals p = propose(Map.of("barrier_health", "NONE", "qualified", true));
    assertThat(p.barriers()).isEmpty();
    assertThat(p.distinctActions()).isEmpty();
    assertThat(p.expectations()).isNull();
  }

  @Test
  void anActionAnsweringTwoBarriersIsProposedOnce() {
    ActionCatalogue shared =
        new ActionCatalogue(
            List.of(
                new CatalogueAction(
                    "accompagnement-global",
                    "Accompagnement global",
                    ActionCategory.OTHER,
                    List.of("sante", "mobilite"))));
    ActionProposals p =
        ActionProposer.propose(
            NationalQuestionnaire.base(),
            Map.of("barrier_health", "STRONG", "barrier_mobility", "MEDIUM"),
            shared);
    assertThat(p.barriers()).allSatisfy(b -> assertThat(b.actions()).hasSize(1));
    assertThat(p.distinctActions())
        .extracting(CatalogueAction::code)
        .containsExactly("accompagnement-global");
  }
}
