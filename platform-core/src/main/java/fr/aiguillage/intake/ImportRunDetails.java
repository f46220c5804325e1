package fr.aiguillage.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * An import as the edges see it: how the file came ({@link ImportOrigin}), what was read, created,
 * updated, left unchanged, rejected; for a CAF flow, its date, the people out of the département's
 * scope and those who left the RSA.
 */
public record ImportRunDetails(
    UUID id,
    String source,
    ImportOrigin origin,
    String fileName,
    ImportRun.Status status,
    Instant startedAt,
    String startedBy,
    Instant finishedAt,
    int rowsRead,
    int created,
    int updated,
    int unchanged,
    int rejected,
    String failure,
    String fileSha256,
    java.time.LocalDate flowDate,
    int outOfScope,
    int exited) {

  static ImportRunDetails of(ImportRun r) {
    return new ImportRunDetails(
        r.id(),
        r.source(),
        r.origin(),
        r.fileName(),
        r.status(),
        r.startedAt(),
        r.startedBy(),
        r.finishedAt(),
        r.rowsRead(),
        r.created(),
        r.updated(),
        r.unchanged(),
        r.rejected(),
        r.failure(),
        r.fileSha256(),
        r.flowDate(),
        r.outOfScope(),
        r.exited());
  }
}
