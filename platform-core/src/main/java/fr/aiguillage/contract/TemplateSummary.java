package fr.aiguillage.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A kind of contract and the département's versions of it, newest first; {@code inForceVersion} is
 * the version contracts are written with today (0 when none is yet).
 */
public record TemplateSummary(
    ContractKind kind, String label, int inForceVersion, List<Version> versions) {

  /** One version in the list. */
  public record Version(
      UUID id,
      int version,
      String status,
      String title,
      LocalDate effectiveFrom,
      boolean inForce) {}
}
