package fr.aiguillage.ui.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import fr.aiguillage.diagnostic.Answer;
import fr.aiguillage.diagnostic.DiagnosticDetails;
import fr.aiguillage.diagnostic.Difference;
import fr.aiguillage.questionnaire.NationalQuestionnaire;
import fr.aiguillage.shared.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QuestionnaireFormTest {
  private static final Instant AT = Instant.parse("2025-03-01T10:00:00Z");

  private static QuestionnaireForm form() {
    QuestionnaireForm form = new QuestionnaireForm(() -> {});
    form.build(NationalQuestionnaire.base());
    return form;
  }

  private static DiagnosticDetails diagnostic(
      Map<String, Answer> person, Map<String, Answer> pro, List<Difference> differences) {
    return new DiagnosticDetails(
        UUID.randomUUID(),
        UUID.randomUUID(),
        0,
        "IN_PROGRESS",
        1,
        person,
        pro,
        differences,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        null);
  }

  @SuppressWarnings("unchecked")
  private static RadioButtonGroup<AnswerOption> radio(QuestionnaireForm form, String code) {
    return Find.byId(form, "q-" + code, RadioButtonGroup.class);
  }

  @Test
  void everyQuestionHasAFieldOfItsType() {
    QuestionnaireForm form = form();
    assertThat(radio(form, "activity_now").getLabel()).isNotBlank();
    assertThat(radio(form, "barrier_health")).isNotNull();
    assertThat(Find.byId(form, "q-dependent_children", IntegerField.class)).isNotNull();
    assertThat(Find.byId(form, "q-needs", TextArea.class)).isNotNull();
    assertThat(Find.find(form, "answers-save")).isPresent();
  }

  @Test
  void showsThePersonsAnswerAndFlagsDifferences() {
    QuestionnaireForm form = form();
    form.show(
        diagnostic(
            Map.of("activity_now", new Answer(true, "personne", AT)),
            Map.of("activity_now", new Answer(false, "agent", AT)),
            List.of(new Difference("activity_now", true, false))));
    Span note = Find.byId(form, "person-answer-activity_now", Span.class);
    assertThat(note.isVisible()).isTrue();
    assertThat(note.getText()).startsWith("Réponse de la personne : Oui");
    assertThat(note.hasClassName(QuestionField.DIFFERS_CLASS)).isTrue();
    assertThat(radio(form, "activity_now").getValue()).isEqualTo(new AnswerOption(false, "Non"));
    assertThat(Find.byId(form, "person-answer-barrier_health", Span.class).isVisible()).isFalse();
    assertThat(form.changes()).isEmpty();

    radio(form, "barrier_health").setValue(new AnswerOption("STRONG", "Fort"));
    assertThat(form.changes()).containsExactly(Map.entry("barrier_health", "STRONG"));
  }

  @Test
  void prefillsWithThePersonsAnswerWithoutCopyingIt() {
    QuestionnaireForm form = form();
    form.show(
        diagnostic(
            Map.of("dependent_children", new Answer(2L, "personne", AT)), Map.of(), List.of()));
    assertThat(Find.byId(form, "q-dependent_children", IntegerField.class).getValue()).isEqualTo(2);
    assertThat(Find.byId(form, "person-answer-dependent_children", Span.class).getText())
        .isEqualTo("Réponse de la personne : 2");
    assertThat(form.changes()).isEmpty();
  }

  @Test
  void refusalsGoOnTheirField() {
    QuestionnaireForm form = form();
    List<String> unplaced =
        form.showErrors(
            List.of(
                new FieldError("answers.barrier_health", "Réponses possibles : NONE."),
                new FieldError("status", "Ce diagnostic est terminé.")));
    assertThat(radio(form, "barrier_health").isInvalid()).isTrue();
    assertThat(radio(form, "barrier_health").getErrorMessage())
        .isEqualTo("Réponses possibles : NONE.");
    assertThat(unplaced).containsExactly("Ce diagnostic est terminé.");
  }
}
