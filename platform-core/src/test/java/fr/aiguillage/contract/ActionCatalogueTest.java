package fr.aiguillage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.aiguillage.questionnaire.AnswerType;
import fr.aiguillage.questionnaire.NationalQuestionnaire;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue: DREES's 15 categories, well-formed actions, matched by thématique. */
class ActionCatalogueTest {
  @Test
  void dreesHasFifteenCategoriesEachWithAFrenchLabel() {
    assertThat(ActionCategory.values()).hasSize(15);
    assertThat(ActionCategory.values()).allSatisfy(c -> assertThat(c.label()).isNotBlank());
  }

  @Test
  void theNationalCatalogueCoversEveryCategoryAndEveryBarrierOfTheQuestionnaire() {
    ActionCatalogue national = ActionCatalogue.national();
    assertThat(national.actions().stream().map(CatalogueAction::category).distinct())
        .containsExactlyInAnyOrder(ActionCategory.values());
    NationalQuestionnaire.base().questions().stream()
        .filter(q -> q.type() == AnswerType.BARRIER && !q.thematiques().isEmpty())
        .forEach(
            q ->
                assertThat(national.answering(q.thematiques()))
                    .as("actions for %s", q.code())
                    .isNotEmpty());
  }

  @Test
  void anActionAnswersItsThematiqueAndTheOnesBelowIt() {
    CatalogueAction soins =
        new CatalogueAction(
            "soins", "Soins", ActionCategory.HEALTH_CARE, List.of("sante--acces-aux-soins"));
    assertThat(soins.answers("sante")).isTrue();
    assertThat(soins.answers("sante--acces-aux-soins")).isTrue();
    assertThat(soins.answers("sant")).isFalse();
    assertThat(soins.answers("mobilite")).isFalse();
  }

  @Test
  void malformedOrRepeatedActionsAreAllRefused() {
    List<FieldError> errors =
        catchThrowableOfType(
                InvalidInputException.class,
                () ->
                    new ActionCatalogue(
                        List.of(
                            new CatalogueAction("permis", "Permis", ActionCategory.MOBILITY, null),
                            new CatalogueAction("permis", " ", null, List.of("Santé")),
                            new CatalogueAction("1-bad", "X", ActionCategory.OTHER, List.of()))))
            .errors();
    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactly(
            "actions[1].code",
            "actions[1].label",
            "actions[1].category",
            "actions[1].thematiques",
            "actions[2].code");
    assertThat(errors.get(0).message()).isEqualTo("Le code « permis » est déjà utilisé.");
  }

  @Test
  void anActionIsFoundByItsCode() {
    assertThat(ActionCatalogue.national().find("permis-conduire"))
        .hasValueSatisfying(a -> assertThat(a.category()).isEqualTo(ActionCategory.MOBILITY));
    assertThat(ActionCatalogue.national().find("inconnue")).isEmpty();
  }
}
