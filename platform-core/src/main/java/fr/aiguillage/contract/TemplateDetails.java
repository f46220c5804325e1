package fr.aiguillage.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A version of a template as the edges see it; {@code rowVersion} is what a revision sends back
 * (If-Match) so that two editors do not overwrite each other.
 */
public record TemplateDetails(
    UUID id,
    ContractKind kind,
    String kindLabel,
    int version,
    String status,
    String title,
    List<TemplateSection> sections,
    List<String> legalMentions,
    LocalDate effectiveFrom,
    boolean inForce,
    Instant createdAt,
    String createdBy,
    Instant publishedAt,
    String publishedBy,
    Instant archivedAt,
    long rowVersion) {

  static TemplateDetails of(ContractTemplate t, LocalDate today) {
    return new TemplateDetails(
        t.id(),
        t.kind(),
        t.kind().label(),
        t.version(),
        t.status().name(),
        t.title(),
        t.sections(),
        t.legalMentions(),
        t.effectiveFrom(),
        t.isInForceOn(today),
        t.createdAt(),
        t.createdBy(),
        t.publishedAt(),
        t.publishedBy(),
        t.archivedAt(),
        t.rowVersion());
  }
}
