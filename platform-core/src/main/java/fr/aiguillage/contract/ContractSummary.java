package fr.aiguillage.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A line of a person's contracts, or of a queue: enough to choose one and open it. */
public record ContractSummary(
    UUID id,
    UUID beneficiaryId,
    String personName,
    ContractKind kind,
    String kindLabel,
    int contractVersion,
    ContractState state,
    String stateLabel,
    Instant stateSince,
    String referentName,
    LocalDate startDate,
    LocalDate endDate,
    LocalDate reviewOn,
    Instant signedAt) {

  static ContractSummary of(Contract c, LocalDate today) {
    ContractState now = c.stateOn(today);
    ContractTerm term = c.content().term();
    return new ContractSummary(
        c.id(),
        c.beneficiaryId(),
        c.personName(),
        c.content().kind(),
        c.content().kind().label(),
        c.lineage().contractVersion(),
        now,
        now.label(),
        c.stateSince(),
        c.content().author().referentName(),
        term.start(),
        term.end(),
        term.reviewOn(),
        c.signing().flatMap(ContractSigning::signedAt).orElse(null));
  }
}
