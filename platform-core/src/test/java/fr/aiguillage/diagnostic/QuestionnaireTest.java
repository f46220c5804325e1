package fr.aiguillage.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.aiguillage.questionnaire.AnswerType;
import fr.aiguillage.questionnaire.NationalQuestionnaire;
import fr.aiguillage.questionnaire.Question;
import fr.aiguillage.questionnaire.Questionnaire;
import fr.aiguillage.questionnaire.Section;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {
  static final Questionnaire BASE = NationalQuestionnaire.base();

  @Test
  void theNationalBaseCoversTheCneCategoriesAndIsValid() {
    assertThatCode(() -> BASE.checkExtends(BASE)).doesNotThrowAnyException();
    assertThat(BASE.questions())
        .extracting(Question::code)
        .contains(
            "activity_last_24_months",
            "months_without_activity",
            "qualified",
            "can_picture_job",
            "barrier_health",
            "barrier_housing",
            "barrier_mobility",
            "barrier_childcare",
            "barrier_carer",
            "barrier_digital",
            "barrier_language",
            "barrier_finances",
            "barrier_other",
            "rqth",
            "expectations");
    assertThat(BASE.questions())
        .filteredOn(q -> q.type() == AnswerType.BARRIER)
        .allSatisfy(q -> assertThat(q.thematiques()).isNotNull());
    assertThat(BASE.variables()).containsKey("age").doesNotContainKey("expectations");
  }

  @Test
  void aDepartementMayAddSectionsAndQuestions() {
    List<Section> sections = new ArrayList<>(BASE.sections());
    sections.add(
        new Section(
            "local",
            "Questions du département",
            false,
            List.of(
                new Question(
                    "permis_b",
                    "Avez-vous le permis B ?",
                    null,
                    AnswerType.YES_NO,
                    List.of(),
                    false,
                    true,
                    List.of("mobilite")))));
    Questionnaire mine = new Questionnaire(2, sections);
    assertThatCode(() -> mine.checkExtends(BASE)).doesNotThrowAnyException();
    assertThat(mine.variables()).containsEntry("permis_b", AnswerType.YES_NO);
  }

  @Test
  void aDepartementCannotRemoveOrRetypeANationalQuestion() {
    List<Section> sections = new ArrayList<>();
    for (Section s : BASE.sections()) {
      List<Question> qs = new ArrayList<>();
      for (Question q : s.questions()) {
        if (q.code().equals("rqth")) {
          continue;
        }
        qs.add(
            q.code().equals("qualified")
                ? new Question(
                    q.code(), q.label(), null, AnswerType.TEXT, List.of(), true, true, List.of())
                : q);
      }
      sections.add(new Section(s.code(), s.title(), s.national(), qs));
    }
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> new Questionnaire(2, sections).checkExtends(BASE));
    assertThat(e.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("rqth", "qualified");
    assertThat(e.errors())
        .allSatisfy(err -> assertThat(err.message()).contains("question nationale"));
  }

  @Test
  void addedCodesMustBeNewAndWellFormed() {
    List<Section> sections = new ArrayList<>(BASE.sections());
    sections.add(
        new Section(
            "local",
            "Local",
            false,
            List.of(
                new Question(
                    "rqth", "Doublon", null, AnswerType.YES_NO, List.of(), false, true, List.of()),
                new Question(
                    "Mauvais Code",
                    "?",
                    null,
                    AnswerType.YES_NO,
                    List.of(),
                    false,
                    true,
                    List.of()),
                new Question(
                    "age", "Âge ?", null, AnswerType.NUMBER, List.of(), false, true, List.of()))));
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> new Questionnaire(2, sections).checkExtends(BASE));
    assertThat(e.errors()).extracting(FieldError::field).contains("rqth", "Mauvais Code", "age");
  }
}
