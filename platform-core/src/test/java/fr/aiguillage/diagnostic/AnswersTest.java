package fr.aiguillage.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.aiguillage.questionnaire.AnswerType;
import fr.aiguillage.questionnaire.Answers;
import fr.aiguillage.questionnaire.NationalQuestionnaire;
import fr.aiguillage.questionnaire.Question;
import fr.aiguillage.questionnaire.Questionnaire;
import fr.aiguillage.questionnaire.Questionnaires;
import fr.aiguillage.questionnaire.Section;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswersTest {
  static final Questionnaire BASE = NationalQuestionnaire.base();

  private static InvalidInputException refused(Map<String, Object> answers) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> Answers.check(BASE, answers));
    assertThat(e).as("refused: " + answers).isNotNull();
    return e;
  }

  private static FieldError onlyError(String code, Object value) {
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put(code, value);
    return refused(answers).errors().get(0);
  }

  @Test
  void everyInvalidAnswerIsReportedAtOnce() {
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("dependent_children", 2147483648L);
    answers.put("activity_now", "yes");
    answers.put("occupation", "a\u0000b");
    answers.put("months_without_activity", new BigDecimal("4.5"));
    answers.put("barrier_health", "NONE");

    assertThat(refused(answers).errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "answers.dependent_children",
            "answers.activity_now",
            "answers.occupation",
            "answers.months_without_activity");
  }

  @Test
  void aNumberOutsideTheQuestionsRangeIsRefusedNamingTheQuestion() {
    FieldError e = onlyError("dependent_children", new BigDecimal("2147483648"));
    assertThat(e.field()).isEqualTo("answers.dependent_children");
    assertThat(e.message())
        .contains("Combien d'enfants avez-vous à charge ?", "nombre entier de 0 à 30");
    assertThat(onlyError("dependent_children", -1).message()).contains("de 0 à 30");
    assertThat(onlyError("dependent_children", new BigDecimal("1E+1000000")).field())
        .isEqualTo("answers.dependent_children");
    assertThat(Answers.check(BASE, Map.of("dependent_children", 30)))
        .containsEntry("dependent_children", 30L);
  }

  @Test
  void aNumberQuestionWithoutItsOwnRangeTakesTheDefault() {
    Questionnaire withOwn =
        Questionnaires.compose(
            2,
            java.util.List.of(
                new Section(
                    "local",
                    "Questions du département",
                    false,
                    java.util.List.of(
                        new Question(
                            "vehicles",
                            "Combien de véhicules ?",
                            null,
                            AnswerType.NUMBER,
                            null,
                            false,
                            true,
                            null)))));
    assertThat(Answers.check(withOwn, Map.of("vehicles", 999))).containsEntry("vehicles", 999L);
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () -> Answers.check(withOwn, Map.of("vehicles", 1000)))
                .errors())
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("de 0 à 999"));
  }

  @Test
  void aWholeNumberIsAcceptedWhicheverNumberTypeTheJsonLibraryChose() {
    for (Object two :
        new Object[] {
          2, 2L, (short) 2, BigInteger.TWO, new BigDecimal("2"), new BigDecimal("2.00"), 2.0d, 2.0f
        }) {
      assertThat(Answers.check(BASE, Map.of("dependent_children", two)))
          .as(two.getClass().getSimpleName())
          .containsEntry("dependent_children", 2L);
    }
  }

  @Test
  void aFractionalNumberOrANumberWrittenAsTextIsRefused() {
    for (Object notWhole :
        new Object[] {
          new BigDecimal("4.5"), 4.5d, 4.5f, Double.NaN, Double.POSITIVE_INFINITY, "4", true
        }) {
      assertThat(onlyError("dependent_children", notWhole).field())
          .as(String.valueOf(notWhole))
          .isEqualTo("answers.dependent_children");
    }
  }

  @Test
  void aYesNoAnswerIsARealBoolean() {
    assertThat(Answers.check(BASE, Map.of("activity_now", false)))
        .containsEntry("activity_now", false);
    for (Object notBoolean : new Object[] {"yes", "no", "true", 1, 0}) {
      assertThat(onlyError("activity_now", notBoolean).field())
          .as(String.valueOf(notBoolean))
          .isEqualTo("answers.activity_now");
    }
  }

  @Test
  void aTextWithAControlCharacterIsRefusedButLineBreaksAndTabsAreKept() {
    assertThat(onlyError("occupation", "a\u0000b").message()).contains("caractère invisible");
    assertThat(onlyError("occupation", "bip\u0007").field()).isEqualTo("answers.occupation");
    assertThat(onlyError("occupation", "\u001b[31m").field()).isEqualTo("answers.occupation");
    assertThat(Answers.check(BASE, Map.of("occupation", "maçon\r\n\tcarreleur")))
        .containsEntry("occupation", "maçon\r\n\tcarreleur");
  }

  @Test
  void aTextLongerThanItsMaximumIsRefused() {
    String longest = "é".repeat(Answers.TEXT_MAX_LENGTH);
    assertThat(Answers.check(BASE, Map.of("expectations", longest)))
        .containsEntry("expectations", longest);
    assertThat(onlyError("expectations", longest + "x").message())
        .contains("4 000 caractères", "Qu'attendez-vous de l'accompagnement");
    assertThat(onlyError("expectations", 12).field()).isEqualTo("answers.expectations");
  }

  @Test
  void thePersonsFormReportsQuestionsOfTheProfessionalWithTheOtherErrors() {
    Questionnaire withProfessionalQuestion =
        Questionnaires.compose(
            2,
            java.util.List.of(
                new Section(
                    "local",
                    "Questions du département",
                    false,
                    java.util.List.of(
                        new Question(
                            "agent_only",
                            "Avis du conseiller",
                            null,
                            AnswerType.TEXT,
                            null,
                            false,
                            false,
                            null)))));
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("agent_only", "bien");
    answers.put("dependent_children", 100);
    answers.put("activity_now", "oui");

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> PersonalLinks.personAnswers(withProfessionalQuestion, answers));

    assertThat(e.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "answers.agent_only", "answers.dependent_children", "answers.activity_now");
  }
}
