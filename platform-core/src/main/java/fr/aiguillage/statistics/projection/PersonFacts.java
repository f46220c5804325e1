package fr.aiguillage.statistics.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a person's events said, as the statistics keep it: the latest file facts (by event time),
 * and the latest exit from the RSA; no name, no NIR, no CAF number.
 */
record PersonFacts(
    UUID beneficiaryId,
    Instant factsAt,
    UUID territoryId,
    LocalDate claim,
    LocalDate rightsAndDuties,
    LocalDate leftOn,
    Instant leftAt) {

  static PersonFacts none(UUID id) {
    return new PersonFacts(id, null, null, null, null, null, null);
  }

  /**
   * A {@code beneficiary.created/updated}: replaces the file's facts unless older ones came late.
   */
  PersonFacts file(LifecycleFact f) {
    if (factsAt != null && f.time().isBefore(factsAt)) {
      return this;
    }
    boolean back = leftAt != null && f.time().isAfter(leftAt) && !"CLOSED".equals(f.text("status"));
    return new PersonFacts(
        beneficiaryId,
        f.time(),
        f.uuid("territoryId").orElse(null),
        f.day("rsaClaimDate"),
        f.day("rightsAndDutiesStart"),
        back ? null : leftOn,
        back ? null : leftAt);
  }

  /** A {@code beneficiary.left}: the latest exit. */
  PersonFacts left(LifecycleFact f) {
    if (leftAt != null && f.time().isBefore(leftAt)) {
      return this;
    }
    LocalDate on = f.day("exitDate");
    return new PersonFacts(
        beneficiaryId,
        factsAt,
        territoryId,
        claim,
        rightsAndDuties,
        on == null ? f.time().atZone(LifecycleFact.PARIS).toLocalDate() : on,
        f.time());
  }
}
