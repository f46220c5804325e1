package fr.aiguillage.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.aiguillage.questionnaire.NationalQuestionnaire;
import fr.aiguillage.questionnaire.Questionnaire;
import fr.aiguillage.questionnaire.Questionnaires;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantCode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The test bench refuses what no person can be, whatever the edge let through. */
class CriteriaSimulationTest {
  private static Criteria bench() {
    Criteria s = new Criteria();
    s.caller = new CurrentCaller();
    s.caller.actAs(
        new Caller(
            "agent-08",
            Optional.of(TenantCode.of("08")),
            Optional.empty(),
            Set.of(Roles.ORIENTATION_AGENT)));
    s.questionnaires =
        new Questionnaires() {
          @Override
          public Questionnaire current() {
            return NationalQuestionnaire.base();
          }
        };
    return s;
  }

  private static InvalidInputException refused(Map<String, Object> answers, Integer age) {
    return catchThrowableOfType(
        InvalidInputException.class, () -> bench().simulate(Optional.empty(), answers, age));
  }

  @Test
  void anAgeOutsideZeroTo130IsRefusedOnTheAgeField() {
    for (int age : new int[] {-1, 131, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      InvalidInputException e = refused(Map.of(), age);
      assertThat(e).as("age " + age).isNotNull();
      assertThat(e.errors())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.field()).isEqualTo("age");
                assertThat(f.message()).contains("de 0 à 130 ans");
              });
    }
  }

  @Test
  void theAgeAndTheAnswersAreReportedTogether() {
    assertThat(refused(Map.of("dependent_children", 4.5), -1).errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("age", "answers.dependent_children");
  }
}
