package fr.aiguillage.ui.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.diagnostic.Answer;
import fr.aiguillage.questionnaire.NationalQuestionnaire;
import fr.aiguillage.questionnaire.Question;
import fr.aiguillage.questionnaire.Questionnaire;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerValuesTest {
  private static final Questionnaire Q = NationalQuestionnaire.base();
  private static final Instant AT = Instant.parse("2025-03-01T10:00:00Z");

  private static Question q(String code) {
    return Q.question(code).orElseThrow();
  }

  private static Answer a(Object value) {
    return new Answer(value, "agent", AT);
  }

  @Test
  void answersBecomeFieldValues() {
    assertThat(AnswerValues.toField(q("activity_now"), true))
        .isEqualTo(new AnswerOption(true, "Oui"));
    assertThat(AnswerValues.toField(q("activity_now"), false))
        .isEqualTo(new AnswerOption(false, "Non"));
    assertThat(AnswerValues.toField(q("barrier_health"), "STRONG"))
        .isEqualTo(new AnswerOption("STRONG", "Fort"));
    assertThat(AnswerValues.toField(q("qualification_level"), "CAP_BEP"))
        .isEqualTo(new AnswerOption("CAP_BEP", "CAP, BEP ou équivalent"));
    assertThat(AnswerValues.toField(q("dependent_children"), 2L)).isEqualTo(2);
    assertThat(AnswerValues.toField(q("needs"), "Un logement")).isEqualTo("Un logement");
    assertThat(AnswerValues.toField(q("activity_now"), null)).isNull();
    assertThat(AnswerValues.toField(q("barrier_health"), "FORT")).isNull();
  }

  @Test
  void barrierLevelsAreOfferedInFrench() {
    assertThat(AnswerOption.of(q("barrier_health")))
        .extracting(AnswerOption::label)
        .containsExactly("Sans impact", "Moyen", "Fort");
  }

  @Test
  void fieldValuesBecomeAnswers() {
    assertThat(AnswerValues.toAnswer(new AnswerOption(true, "Oui"))).isEqualTo(true);
    assertThat(AnswerValues.toAnswer(new AnswerOption("MEDIUM", "Moyen"))).isEqualTo("MEDIUM");
    assertThat(AnswerValues.toAnswer(3)).isEqualTo(3L);
    assertThat(AnswerValues.toAnswer("  Un emploi  ")).isEqualTo("Un emploi");
    assertThat(AnswerValues.toAnswer("   ")).isNull();
    assertThat(AnswerValues.toAnswer(null)).isNull();
  }

  @Test
  void fieldsStartWithTheProfessionalsAnswerElseThePersons() {
    Map<String, Answer> pro = Map.of("activity_now", a(false));
    Map<String, Answer> person = Map.of("activity_now", a(true), "barrier_health", a("MEDIUM"));
    assertThat(AnswerValues.initial("activity_now", pro, person)).isEqualTo(false);
    assertThat(AnswerValues.initial("barrier_health", pro, person)).isEqualTo("MEDIUM");
    assertThat(AnswerValues.initial("needs", pro, person)).isNull();
  }

  @Test
  void onlyChangedAnswersAreSent() {
    Map<String, Answer> pro = Map.of("activity_now", a(false), "dependent_children", a(2L));
    Map<String, Answer> person = Map.of("barrier_health", a("MEDIUM"), "needs", a("Un logement"));
    Map<String, Object> current = new LinkedHashMap<>();
    current.put("activity_now", false); // unchanged
    current.put("dependent_children", 2L); // unchanged
    current.put("barrier_health", "MEDIUM"); // the person's, left as is: not copied
    current.put("needs", null); // the person's, cleared: nothing of mine to withdraw
    current.put("qualification_level", null); // never answered
    assertThat(AnswerValues.changes(current, pro, person)).isEmpty();

    current.put("activity_now", true);
    current.put("dependent_children", null);
    current.put("barrier_health", "STRONG");
    current.put("qualification_level", "BAC");
    Map<String, Object> expected = new HashMap<>();
    expected.put("activity_now", true);
    expected.put("dependent_children", null); // withdraws my answer
    expected.put("barrier_health", "STRONG");
    expected.put("qualification_level", "BAC");
    assertThat(AnswerValues.changes(current, pro, person)).isEqualTo(expected);
  }
}
