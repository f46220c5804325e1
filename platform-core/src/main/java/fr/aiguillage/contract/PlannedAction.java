package fr.aiguillage.contract;

import fr.aiguillage.shared.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An action of a person's plan: what (from the catalogue, or written with the person), who does it,
 * by when, and how many hours a week it takes. {@link ActionPlan} checks it.
 *
 * @param catalogueCode the catalogue action it came from, or null for one written freely
 * @param partner the directory's service, only when {@code who} is {@link
 *     ActionParty#PARTNER_SERVICE}
 */
public record PlannedAction(
    @Size(max = Limits.CODE) String catalogueCode,
    @Size(max = Limits.LABEL) String label,
    ActionCategory category,
    ActionParty who,
    PartnerService partner,
    LocalDate dueBy,
    @Min(0) @Max(ActionPlan.MAX_HOURS_PER_WEEK) int hoursPerWeek) {

  /**
   * A partner service from the directory, with its name as it was when the action was planned (the
   * signed document says what was agreed).
   */
  public record PartnerService(UUID id, @Size(max = Limits.NAME) String name) {}

  /** A catalogue action, as proposed: its label and category. */
  public static PlannedAction from(
      CatalogueAction action,
      ActionParty who,
      PartnerService partner,
      LocalDate dueBy,
      int hoursPerWeek) {
    return new PlannedAction(
        action.code(), action.label(), action.category(), who, partner, dueBy, hoursPerWeek);
  }
}
