package fr.aiguillage.contract;

import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The action plan of a contract: objectives and their actions, and the weekly hours of activity the
 * contract asks for — {@value #DEFAULT_WEEKLY_HOURS} by default (loi 2023-1196), fewer only with an
 * exemption and its reason. Built only when every part is well formed; every problem is reported at
 * once.
 *
 * @param requiredWeeklyHours the hours of activity a week the contract asks for
 * @param exemptionReason why fewer than {@value #DEFAULT_WEEKLY_HOURS} hours are asked, else null
 */
public record ActionPlan(
    @Size(max = MAX_OBJECTIVES) List<Objective> objectives,
    @Min(0) @Max(MAX_HOURS_PER_WEEK) int requiredWeeklyHours,
    @Size(max = Limits.REASON) String exemptionReason) {
  public static final int DEFAULT_WEEKLY_HOURS = 15;
  public static final int MAX_HOURS_PER_WEEK = 35;
  public static final int MAX_OBJECTIVES = 20;
  public static final int MAX_ACTIONS = 50;

  /**
   * @throws InvalidInputException with every problem, each under its JSON path
   */
  public ActionPlan {
    objectives = objectives == null ? List.of() : List.copyOf(objectives);
    exemptionReason = Text.blankToNull(exemptionReason);
    List<FieldError> errors = new ArrayList<>();
    if (objectives.size() > MAX_OBJECTIVES) {
      errors.add(new FieldError("objectives", MAX_OBJECTIVES + " objectifs au plus par contrat."));
    }
    for (int i = 0; i < objectives.size(); i++) {
      checkObjective(objectives.get(i), "objectives[" + i + "]", errors);
    }
    checkWeeklyHours(requiredWeeklyHours, exemptionReason, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** A plan still to write: no objective yet, the default weekly hours. */
  public static ActionPlan empty() {
    return new ActionPlan(List.of(), DEFAULT_WEEKLY_HOURS, null);
  }

  /** The hours a week the planned actions add up to. */
  public int plannedWeeklyHours() {
    return objectives.stream().mapToInt(Objective::hoursPerWeek).sum();
  }

  public boolean exempted() {
    return requiredWeeklyHours < DEFAULT_WEEKLY_HOURS;
  }

  public List<PlannedAction> actions() {
    return objectives.stream().flatMap(o -> o.actions().stream()).toList();
  }

  /**
   * What still keeps this plan from being signed, in French: no action, or fewer planned hours than
   * the contract asks for. Empty when it can be signed.
   */
  public List<FieldError> unfinished() {
    List<FieldError> missing = new ArrayList<>();
    if (actions().isEmpty()) {
      missing.add(
          new FieldError("objectives", "Le plan d'action n'a encore aucune action : ajoutez-en."));
    } else if (plannedWeeklyHours() < requiredWeeklyHours) {
      missing.add(
          new FieldError(
              "requiredWeeklyHours",
              "Les actions prévues totalisent "
                  + plannedWeeklyHours()
                  + " h par semaine pour "
                  + requiredWeeklyHours
                  + " h demandées : ajoutez des heures d'activité ou indiquez une dispense et son"
                  + " motif."));
    }
    return missing;
  }

  private static void checkObjective(Objective o, String field, List<FieldError> errors) {
    if (o == null) {
      errors.add(new FieldError(field, "Objectif vide."));
      return;
    }
    text(o.title(), field + ".title", "L'intitulé de l'objectif est obligatoire.", errors);
    if (o.actions().size() > MAX_ACTIONS) {
      errors.add(
          new FieldError(field + ".actions", MAX_ACTIONS + " actions au plus par objectif."));
    }
    for (int j = 0; j < o.actions().size(); j++) {
      checkAction(o.actions().get(j), field + ".actions[" + j + "]", errors);
    }
  }

  private static void checkAction(PlannedAction a, String field, List<FieldError> errors) {
    if (a == null) {
      errors.add(new FieldError(field, "Action vide."));
      return;
    }
    text(a.label(), field + ".label", "Le libellé de l'action est obligatoire.", errors);
    if (a.category() == null) {
      errors.add(
          new FieldError(field + ".category", "Choisissez la catégorie de l'action (DREES)."));
    }
    if (a.who() == null) {
      errors.add(new FieldError(field + ".who", "Indiquez qui réalise l'action."));
    } else if (a.who() == ActionParty.PARTNER_SERVICE
        && (a.partner() == null || a.partner().id() == null || isBlank(a.partner().name()))) {
      errors.add(
          new FieldError(field + ".partner", "Choisissez le service partenaire dans l'annuaire."));
    } else if (a.who() != ActionParty.PARTNER_SERVICE && a.partner() != null) {
      errors.add(
          new FieldError(
              field + ".partner",
              "Seule une action confiée à un service partenaire en nomme un ; ici : "
                  + a.who().label().toLowerCase(java.util.Locale.FRANCE)
                  + "."));
    }
    if (a.dueBy() == null) {
      errors.add(new FieldError(field + ".dueBy", "Indiquez l'échéance de l'action."));
    }
    if (a.hoursPerWeek() < 0 || a.hoursPerWeek() > MAX_HOURS_PER_WEEK) {
      errors.add(
          new FieldError(
              field + ".hoursPerWeek",
              "De 0 à "
                  + MAX_HOURS_PER_WEEK
                  + " heures par semaine (ici "
                  + a.hoursPerWeek()
                  + ")."));
    }
  }

  private static void checkWeeklyHours(int required, String reason, List<FieldError> errors) {
    if (required < 0 || required > MAX_HOURS_PER_WEEK) {
      errors.add(
          new FieldError(
              "requiredWeeklyHours",
              "La durée hebdomadaire d'activité va de 0 à "
                  + MAX_HOURS_PER_WEEK
                  + " heures (ici "
                  + required
                  + ")."));
    } else if (required < DEFAULT_WEEKLY_HOURS && reason == null) {
      errors.add(
          new FieldError(
              "exemptionReason",
              "Moins de "
                  + DEFAULT_WEEKLY_HOURS
                  + " heures d'activité par semaine : indiquez le motif de la dispense."));
    } else if (required >= DEFAULT_WEEKLY_HOURS && reason != null) {
      errors.add(
          new FieldError(
              "exemptionReason",
              "Un motif de dispense ne s'indique que pour moins de "
                  + DEFAULT_WEEKLY_HOURS
                  + " heures par semaine."));
    }
    if (reason != null) {
      Text.problem(reason, Limits.REASON, true)
          .ifPresent(p -> errors.add(new FieldError("exemptionReason", p)));
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static void text(String value, String field, String absent, List<FieldError> errors) {
    if (isBlank(value)) {
      errors.add(new FieldError(field, absent));
    } else {
      Text.problem(value, Limits.LABEL).ifPresent(p -> errors.add(new FieldError(field, p)));
    }
  }
}
