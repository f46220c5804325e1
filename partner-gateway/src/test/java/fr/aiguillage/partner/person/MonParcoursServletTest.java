package fr.aiguillage.partner.person;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.questionnaire.NationalQuestionnaire;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonParcoursServletTest {
  private final Map<String, String> typed = new LinkedHashMap<>();
  private final Map<String, String> errors = new HashMap<>();

  private Map<String, Object> parse(Map<String, String[]> form) {
    return MonParcoursServlet.parse(NationalQuestionnaire.base(), form, typed, errors);
  }

  @Test
  void everyUnreadableFieldIsReportedNotOnlyTheFirst() {
    Map<String, Object> values =
        parse(
            Map.of(
                "dependent_children", new String[] {"4.5"},
                "months_without_activity", new String[] {"douze"},
                "activity_now", new String[] {"yes"},
                "barrier_housing", new String[] {"STRONG"}));

    assertThat(errors)
        .containsOnlyKeys("dependent_children", "months_without_activity", "activity_now");
    assertThat(values).containsOnlyKeys("barrier_housing");
    assertThat(typed).containsEntry("dependent_children", "4.5");
  }

  @Test
  void aYesNoIsTrueOrFalseAndABigNumberIsLeftToTheRangeCheck() {
    Map<String, Object> values =
        parse(
            Map.of(
                "activity_now", new String[] {"false"},
                "qualified", new String[] {"true"},
                "dependent_children", new String[] {"2147483648"}));

    assertThat(errors).isEmpty();
    assertThat(values)
        .containsEntry("activity_now", false)
        .containsEntry("qualified", true)
        .containsEntry("dependent_children", new BigInteger("2147483648"));
  }

  @Test
  void aLostLockIsRecognisedHoweverTheTransactionWrappedIt() {
    OptimisticLockException lost = new OptimisticLockException("version 3");
    RollbackException rollback = new RollbackException("rolled back");
    rollback.initCause(lost);
    assertThat(MonParcoursServlet.concurrentChange(new TransactionalException("tx", rollback)))
        .isTrue();
    assertThat(MonParcoursServlet.concurrentChange(new IllegalStateException("other"))).isFalse();
  }
}
