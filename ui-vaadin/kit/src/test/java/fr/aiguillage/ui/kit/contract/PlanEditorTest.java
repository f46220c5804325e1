package fr.aiguillage.ui.kit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.aiguillage.contract.ActionCategory;
import fr.aiguillage.contract.ActionParty;
import fr.aiguillage.contract.ActionPlan;
import fr.aiguillage.contract.Objective;
import fr.aiguillage.contract.PlannedAction;
import fr.aiguillage.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanEditorTest {
  static final LocalDate DUE = LocalDate.of(2027, 3, 1);

  static ActionPlan plan(int hoursEach) {
    return new ActionPlan(
        List.of(
            new Objective(
                "Lever le frein : Mobilité",
                List.of(
                    new PlannedAction(
                        "MOB_PERMIS",
                        "Préparer le permis B",
                        ActionCategory.MOBILITY,
                        ActionParty.PERSON,
                        null,
                        DUE,
                        hoursEach),
                    new PlannedAction(
                        null,
                        "Chercher un covoiturage",
                        ActionCategory.MOBILITY,
                        ActionParty.REFERENT,
                        null,
                        DUE,
                        hoursEach)))),
        15,
        null);
  }

  @Test
  void thePlanComesBackAsShownAndTheTotalCountsEveryAction() {
    PlanEditor editor = new PlanEditor(() -> {});
    editor.show(plan(4), null, List.of(), DUE, true);
    assertThat(editor.plannedHours()).isEqualTo(8);
    assertThat(editor.plan()).isEqualTo(plan(4));
    ((IntegerField) editor.fields().get("objectives[0].actions[1].hoursPerWeek")).setValue(11);
    assertThat(editor.plannedHours()).isEqualTo(15);
    assertThat(editor.plan().plannedWeeklyHours()).isEqualTo(15);
  }

  @Test
  void everyFieldIsFoundByTheNameARefusalGivesIt() {
    PlanEditor editor = new PlanEditor(() -> {});
    editor.show(plan(0), null, List.of(), DUE, true);
    assertThat(editor.fields())
        .containsKeys(
            "objectives[0].title",
            "objectives[0].actions[0].label",
            "objectives[0].actions[1].dueBy",
            "objectives[0].actions[1].hoursPerWeek",
            "requiredWeeklyHours",
            "exemptionReason");
  }

  @Test
  void fewerHoursWithoutAReasonAreRefusedOnTheReason() {
    PlanEditor editor = new PlanEditor(() -> {});
    editor.show(plan(2), null, List.of(), DUE, true);
    editor.required.setValue(10);
    assertThatThrownBy(editor::plan)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .anySatisfy(f -> assertThat(f.field()).isEqualTo("exemptionReason")));
    editor.exemption.setValue("Raisons de santé");
    assertThat(editor.plan().exemptionReason()).isEqualTo("Raisons de santé");
  }

  @Test
  void aChangeOfHoursIsReported() {
    int[] changes = {0};
    PlanEditor editor = new PlanEditor(() -> changes[0]++);
    editor.show(plan(1), null, List.of(), DUE, true);
    int before = changes[0];
    ((IntegerField) editor.fields().get("objectives[0].actions[0].hoursPerWeek")).setValue(5);
    assertThat(changes[0]).isGreaterThan(before);
  }

  @Test
  void anActionEntrustedToAPartnerServiceNamesOneFromTheDirectory() {
    PlannedAction.PartnerService mission =
        new PlannedAction.PartnerService(java.util.UUID.randomUUID(), "Mission locale");
    PlanEditor editor = new PlanEditor(() -> {});
    editor.show(plan(4), null, List.of(mission), DUE, true);
    @SuppressWarnings("unchecked")
    Select<ActionParty> who =
        (Select<ActionParty>) editor.fields().get("objectives[0].actions[0].who");
    @SuppressWarnings("unchecked")
    Select<PlannedAction.PartnerService> service =
        (Select<PlannedAction.PartnerService>)
            editor.fields().get("objectives[0].actions[0].partner");
    assertThat(service.isVisible()).as("only for a partner service").isFalse();
    who.setValue(ActionParty.PARTNER_SERVICE);
    assertThat(service.isVisible()).isTrue();
    service.setValue(mission);
    assertThat(editor.plan().objectives().get(0).actions().get(0).partner()).isEqualTo(mission);
    who.setValue(ActionParty.PERSON);
    assertThat(editor.plan().objectives().get(0).actions().get(0).partner())
        .as("no service for an action the person does")
        .isNull();
  }
}
