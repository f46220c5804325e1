package fr.aiguillage.contract;

import fr.aiguillage.events.ForPartner;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Payload of {@code contract.*} events, version 1: one per step that matters outside — drafted,
 * submitted, signed (with the SHA-256 of the PDF both parties signed), renewed, ended (at its term,
 * early, or replaced by an amendment) and cancelled. No name, no text of the contract; the person
 * is their id, the author their kind of body and organisation (whose webhooks also receive it).
 * {@code actionCategories} (added to version 1, absent from older events) are the distinct DREES
 * categories (OARSA T4, {@link ActionCategory}) of the plan's actions, in the categories' order.
 */
public record ContractChanged(
    int schemaVersion,
    String contractId,
    String beneficiaryId,
    String orientationId,
    String tenant,
    String step,
    String from,
    String to,
    Instant at,
    String kind,
    int contractVersion,
    String authorBody,
    String partnerOrganisation,
    LocalDate startDate,
    LocalDate endDate,
    LocalDate reviewOn,
    int weeklyHours,
    String documentSha256,
    String amendsId,
    String renewsId,
    List<String> actionCategories)
    implements ForPartner {

  /** The event type of a step, or null for a step kept only in the history (an edit…). */
  static String type(ContractTransition t) {
    return switch (t.step()) {
      case DRAFTED -> "contract.drafted";
      case SUBMITTED -> "contract.submitted";
      case SIGNED_BY_REFERENT, SIGNED_BY_PERSON ->
          t.completesSignature() ? "contract.signed" : null;
      case RENEWED -> "contract.renewed";
      case ENDED, AMENDED -> "contract.ended";
      case CANCELLED -> "contract.cancelled";
      case EDITED, REOPENED -> null;
    };
  }

  static ContractChanged of(Contract c, ContractTransition t, String tenant) {
    ContractContent content = c.content();
    ContractTerm term = content.term();
    return new ContractChanged(
        1,
        c.id().toString(),
        c.beneficiaryId().toString(),
        c.orientationId().toString(),
        tenant,
        t.step().name().toLowerCase(Locale.ROOT),
        t.from() == null ? null : t.from().name(),
        t.to().name(),
        t.at(),
        content.kind().name(),
        c.lineage().contractVersion(),
        content.author().body().name(),
        content.author().partnerOrg(),
        term.start(),
        term.end(),
        term.reviewOn(),
        content.plan().plannedWeeklyHours(),
        t.documentSha256(),
        c.lineage().amendsId().map(Object::toString).orElse(null),
        c.lineage().renewsId().map(Object::toString).orElse(null),
        categories(content.plan()));
  }

  /** Each category the plan has an action in, once (a contract counts once per category). */
  static List<String> categories(ActionPlan plan) {
    return plan.actions().stream()
        .map(PlannedAction::category)
        .filter(java.util.Objects::nonNull)
        .distinct()
        .sorted()
        .map(Enum::name)
        .toList();
  }
}
