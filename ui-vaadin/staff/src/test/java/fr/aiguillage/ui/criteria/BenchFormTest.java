package fr.aiguillage.ui.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.aiguillage.questionnaire.NationalQuestionnaire;
import fr.aiguillage.shared.FieldError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchFormTest {

  private static BenchForm form() {
    BenchForm form = new BenchForm();
    form.show(NationalQuestionnaire.base());
    return form;
  }

  @SuppressWarnings("unchecked")
  private static Select<BenchOption> select(BenchForm form, String code) {
    return Find.byId(form, "bench-" + code, Select.class);
  }

  @Test
  void asksEveryQuestionTheCriteriaCanReadAndNoFreeText() {
    BenchForm form = form();
    assertThat(Find.find(form, "bench-activity_now")).isPresent();
    assertThat(Find.find(form, "bench-barrier_health")).isPresent();
    assertThat(Find.find(form, "bench-age")).isPresent();
    assertThat(Find.byId(form, "bench-dependent_children", IntegerField.class)).isNotNull();
    assertThat(Find.find(form, "bench-occupation")).as("free text").isEmpty();
    assertThat(Find.find(form, "bench-expectations")).as("free text").isEmpty();
  }

  @Test
  void givesTheAnswersTypedAndLeavesOutTheOthers() {
    BenchForm form = form();
    select(form, "activity_now").setValue(new BenchOption(true, "Oui"));
    select(form, "barrier_housing").setValue(new BenchOption("MEDIUM", "Moyen"));
    Find.byId(form, "bench-months_without_activity", IntegerField.class).setValue(3);
    Find.byId(form, "bench-age", IntegerField.class).setValue(24);
    assertThat(form.answers())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "activity_now", true, "barrier_housing", "MEDIUM", "months_without_activity", 3));
    assertThat(form.age()).isEqualTo(24);
    form.clear();
    assertThat(form.answers()).isEmpty();
    assertThat(form.age()).isNull();
  }

  @Test
  void putsARefusedAnswerOnItsField() {
    BenchForm form = form();
    List<String> unplaced =
        form.showErrors(
            List.of(
                new FieldError("answers.dependent_children", "Répondez par un nombre entier."),
                new FieldError("other", "Autre chose.")));
    IntegerField children = Find.byId(form, "bench-dependent_children", IntegerField.class);
    assertThat(children.isInvalid()).isTrue();
    assertThat(children.getErrorMessage()).isEqualTo("Répondez par un nombre entier.");
    assertThat(unplaced).containsExactly("Autre chose.");
  }
}
