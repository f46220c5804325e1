package fr.aiguillage.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.aiguillage.questionnaire.NationalQuestionnaire;
import fr.aiguillage.vocabulary.Pathway;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A wrong rule is refused when saved, with its position and a French message. */
class CriteriaCompilerTest {
  static List<RuleError> errorsOf(String condition) {
    List<Rule> rules = new ArrayList<>();
    rules.add(new Rule("essai", condition, Pathway.PROFESSIONAL, null, false, "Essai.", false));
    rules.add(
        new Rule("reste", "true", Pathway.SOCIO_PROFESSIONAL, null, true, "Le reste.", false));
    return catchThrowableOfType(
            RuleSetRejectedException.class,
            () -> CriteriaCompiler.compile(2, rules, NationalQuestionnaire.base()))
        .ruleErrors();
  }

  @Test
  void anUnknownQuestionIsRefusedWithItsPosition() {
    List<RuleError> errors = errorsOf("qualified && revenu > 1000");
    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.ruleIndex()).isZero();
              assertThat(e.field()).isEqualTo("rules[0].condition");
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.column()).isEqualTo(14);
              assertThat(e.message()).contains("« revenu » n'est ni une question");
              assertThat(e.describe()).startsWith("Règle 1 (essai), ligne 1, colonne 14 :");
            });
  }

  @Test
  void aTypeErrorIsRefused() {
    assertThat(errorsOf("months_without_activity == \"six\""))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.message())
                    .contains("types incompatibles")
                    .contains("nombre")
                    .contains("texte"));
    assertThat(errorsOf("qualified > 3"))
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("types incompatibles"));
  }

  @Test
  void aConditionMustBeTrueOrFalse() {
    assertThat(errorsOf("months_without_activity + 1"))
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("vraie ou fausse"));
  }

  @Test
  void aSyntaxErrorIsRefused() {
    assertThat(errorsOf("qualified && (age > "))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.message()).contains("syntaxe"));
  }

  @Test
  void aChoiceComparedWithAnImpossibleAnswerCanNeverMatch() {
    assertThat(errorsOf("barrier_health == \"FORT\""))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.message())
                  .contains("« FORT » n'est pas une réponse possible")
                  .contains("NONE, MEDIUM, STRONG");
              assertThat(e.column()).isEqualTo(19);
            });
    assertThat(errorsOf("qualification_level in [\"BAC\", \"MASTER\"]"))
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("MASTER"));
  }

  @Test
  void aConstantlyFalseRuleAndRulesAfterACatchAllCanNeverMatch() {
    assertThat(errorsOf("false"))
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("toujours fausse"));
    List<Rule> rules =
        List.of(
            new Rule("tout", "true", Pathway.SOCIAL, null, false, "Tout.", false),
            new Rule("jamais", "qualified", Pathway.PROFESSIONAL, null, false, "Jamais.", false));
    List<RuleError> errors =
        catchThrowableOfType(
                RuleSetRejectedException.class,
                () -> CriteriaCompiler.compile(2, rules, NationalQuestionnaire.base()))
            .ruleErrors();
    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.ruleIndex()).isEqualTo(1);
              assertThat(e.message()).contains("ne peut jamais s'appliquer");
            });
  }

  @Test
  void theLastRuleMustCatchEveryRemainingCase() {
    List<Rule> rules =
        List.of(new Rule("seule", "qualified", Pathway.PROFESSIONAL, null, false, "Seule.", false));
    List<RuleError> errors =
        catchThrowableOfType(
                RuleSetRejectedException.class,
                () -> CriteriaCompiler.compile(2, rules, NationalQuestionnaire.base()))
            .ruleErrors();
    assertThat(errors)
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("dernière règle"));
  }

  @Test
  void everyErrorOfEveryRuleIsReportedAtOnce() {
    List<Rule> rules =
        List.of(
            new Rule("A", "inconnue", null, null, false, "", false),
            new Rule("reste", "true", Pathway.SOCIAL, null, false, "Le reste.", false));
    List<RuleError> errors =
        catchThrowableOfType(
                RuleSetRejectedException.class,
                () -> CriteriaCompiler.compile(2, rules, NationalQuestionnaire.base()))
            .ruleErrors();
    assertThat(errors)
        .extracting(RuleError::field)
        .containsExactlyInAnyOrder(
            "rules[0].code", "rules[0].pathway", "rules[0].explanation", "rules[0].condition");
  }

  @Test
  void theNationalRulesAreWellFormed() {
    assertThat(
            CriteriaCompiler.compile(1, NationalCriteria.rules(), NationalQuestionnaire.base())
                .rules())
        .hasSize(NationalCriteria.rules().size());
  }
}
