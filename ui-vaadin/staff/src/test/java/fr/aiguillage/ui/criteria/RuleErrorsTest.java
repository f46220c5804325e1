package fr.aiguillage.ui.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.criteria.RuleError;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleErrorsTest {

  @Test
  void findsTheRowAndFieldOfAFieldPath() {
    assertThat(RuleErrors.place("rules[3].condition"))
        .contains(new RuleErrors.Place(3, RuleField.CONDITION));
    assertThat(RuleErrors.place("rules[0].code")).contains(new RuleErrors.Place(0, RuleField.CODE));
    assertThat(RuleErrors.place("rules[12].pathway"))
        .contains(new RuleErrors.Place(12, RuleField.PATHWAY));
    assertThat(RuleErrors.place("rules[1].explanation"))
        .contains(new RuleErrors.Place(1, RuleField.EXPLANATION));
    assertThat(RuleErrors.place("rules[1].targetKind"))
        .contains(new RuleErrors.Place(1, RuleField.TARGET_KIND));
  }

  @Test
  void pathsAboutNoRowHaveNoPlace() {
    assertThat(RuleErrors.place("rules")).as("the whole table").isEmpty();
    assertThat(RuleErrors.place("rules[2].unknown")).as("an unknown part").isEmpty();
    assertThat(RuleErrors.place("answers.age")).as("an answer").isEmpty();
    assertThat(RuleErrors.place("rules[x].code")).as("no number").isEmpty();
    assertThat(RuleErrors.place(null)).isEmpty();
  }

  @Test
  void aConditionErrorSaysWhereInTheCondition() {
    RuleError error =
        new RuleError(3, "emploi", "rules[3].condition", 1, 5, "variable inconnue « agee ».");
    assertThat(RuleErrors.inline(error))
        .isEqualTo("Ligne 1, colonne 5 : variable inconnue « agee ».");
  }

  @Test
  void anErrorWithoutPositionIsASentence() {
    RuleError error = new RuleError(0, "x", "rules[0].pathway", 0, 0, "choisissez un parcours.");
    assertThat(RuleErrors.inline(error)).isEqualTo("Choisissez un parcours.");
  }

  @Test
  void summarisesTheRulesInError() {
    RuleError a = new RuleError(1, "a", "rules[1].code", 0, 0, "x");
    RuleError b = new RuleError(4, "b", "rules[4].condition", 1, 1, "y");
    RuleError c = new RuleError(1, "a", "rules[1].explanation", 0, 0, "z");
    RuleError table = new RuleError(0, "-", "rules", 0, 0, "la table de critères est vide.");
    assertThat(RuleErrors.summary(List.of(a))).isEqualTo("1 erreur dans la règle 2.");
    assertThat(RuleErrors.summary(List.of(a, b, c))).isEqualTo("3 erreurs dans les règles 2 et 5.");
    assertThat(RuleErrors.summary(List.of(table))).isEqualTo("1 erreur dans la table de critères.");
  }
}
