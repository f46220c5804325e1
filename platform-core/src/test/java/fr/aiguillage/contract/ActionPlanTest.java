package fr.aiguillage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The plan's rules: who, by when, 0–35 hours, 15 hours a week unless exempted with a reason. */
class ActionPlanTest {
  static final LocalDate DUE = LocalDate.of(2026, 6, 30);

  static PlannedAction action(ActionParty who, int hours) {
    return new PlannedAction(
        "recherche-emploi", "Recherche d'emploi", ActionCategory.JOB_SEARCH, who, null, DUE, hours);
  }

  static List<FieldError> refusal(List<Objective> objectives, int required, String reason) {
    return catchThrowableOfType(
            InvalidInputException.class, () -> new ActionPlan(objectives, required, reason))
        .errors();
  }

  @Test
  void aWellFormedPlanAddsUpItsHours() {
    ActionPlan plan =
        new ActionPlan(
            List.of(
                new Objective("Trouver un emploi", List.of(action(ActionParty.PERSON, 10))),
                new Objective(
                    "Se soigner",
                    List.of(
                        action(ActionParty.REFERENT, 2),
                        new PlannedAction(
                            null,
                            "Bilan de santé",
                            ActionCategory.HEALTH_CARE,
                            ActionParty.PARTNER_SERVICE,
                            new PlannedAction.PartnerService(UUID.randomUUID(), "CPAM"),
                            DUE,
                            3)))),
            ActionPlan.DEFAULT_WEEKLY_HOURS,
            "  ");
    assertThat(plan.plannedWeeklyHours()).isEqualTo(15);
    assertThat(plan.actions()).hasSize(3);
    assertThat(plan.exempted()).isFalse();
    assertThat(plan.exemptionReason()).isNull();
    assertThat(plan.unfinished()).isEmpty();
  }

  @Test
  void everyWrongActionIsReportedAtOnceUnderItsPath() {
    List<FieldError> errors =
        refusal(
            List.of(
                new Objective(
                    " ",
                    List.of(
                        new PlannedAction(null, "", null, null, null, null, 36),
                        new PlannedAction(
                            null,
                            "Atelier",
                            ActionCategory.OTHER,
                            ActionParty.PARTNER_SERVICE,
                            null,
                            DUE,
                            -1),
                        new PlannedAction(
                            null,
                            "Rendez-vous",
                            ActionCategory.OTHER,
                            ActionParty.REFERENT,
                            new PlannedAction.PartnerService(UUID.randomUUID(), "Mission locale"),
                            DUE,
                            1)))),
            15,
            null);
    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactly(
            "objectives[0].title",
            "objectives[0].actions[0].label",
            "objectives[0].actions[0].category",
            "objectives[0].actions[0].who",
            "objectives[0].actions[0].dueBy",
            "objectives[0].actions[0].hoursPerWeek",
            "objectives[0].actions[1].partner",
            "objectives[0].actions[1].hoursPerWeek",
            "objectives[0].actions[2].partner");
    assertThat(errors.get(5).message()).isEqualTo("De 0 à 35 heures par semaine (ici 36).");
    assertThat(errors.get(6).message())
        .isEqualTo("Choisissez le service partenaire dans l'annuaire.");
    assertThat(errors.get(8).message()).contains("ici : le ou la référent(e)");
  }

  @Test
  void fewerThanFifteenHoursNeedAnExemptionReason() {
    assertThat(refusal(List.of(), 10, null))
        .singleElement()
        .isEqualTo(
            new FieldError(
                "exemptionReason",
                "Moins de 15 heures d'activité par semaine : indiquez le motif de la dispense."));
    ActionPlan exempted = new ActionPlan(List.of(), 0, "Raisons de santé (certificat médical).");
    assertThat(exempted.exempted()).isTrue();
    assertThat(exempted.exemptionReason()).isEqualTo("Raisons de santé (certificat médical).");
  }

  @Test
  void aReasonWithoutExemptionAndHoursOutOfRangeAreRefused() {
    assertThat(refusal(List.of(), 15, "Par habitude"))
        .singleElement()
        .satisfies(e -> assertThat(e.message()).startsWith("Un motif de dispense ne s'indique"));
    assertThat(refusal(List.of(), 40, null))
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("de 0 à 35 heures (ici 40)"));
  }

  @Test
  void aPlanIsUnfinishedWithoutActionsOrWithFewerHoursThanAsked() {
    assertThat(ActionPlan.empty().unfinished())
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("aucune action"));
    ActionPlan short_ =
        new ActionPlan(
            List.of(new Objective("Emploi", List.of(action(ActionParty.PERSON, 9)))), 15, null);
    assertThat(short_.unfinished())
        .singleElement()
        .isEqualTo(
            new FieldError(
                "requiredWeeklyHours",
                "Les actions prévues totalisent 9 h par semaine pour 15 h demandées : ajoutez des"
                    + " heures d'activité ou indiquez une dispense et son motif."));
  }

  @Test
  void aCatalogueActionKeepsItsCodeLabelAndCategory() {
    CatalogueAction permis =
        new CatalogueAction("permis", "Permis de conduire", ActionCategory.MOBILITY, List.of());
    PlannedAction planned = PlannedAction.from(permis, ActionParty.PERSON, null, DUE, 4);
    assertThat(planned.catalogueCode()).isEqualTo("permis");
    assertThat(planned.label()).isEqualTo("Permis de conduire");
    assertThat(planned.category()).isEqualTo(ActionCategory.MOBILITY);
    assertThat(planned.hoursPerWeek()).isEqualTo(4);
  }
}
