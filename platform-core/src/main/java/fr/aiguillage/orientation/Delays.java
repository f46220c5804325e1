package fr.aiguillage.orientation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The delays of one orientation, in days, counted from the two starts (DESIGN §5): the RSA claim
 * date (DREES's definition) and the start of rights and duties; up to the decision, or up to today
 * while the person waits. {@code overdue} compares the wait from the start of rights and duties
 * (the claim date when it is unknown) with the tenant's target.
 */
public record Delays(
    LocalDate rsaClaimDate,
    LocalDate rightsAndDutiesStart,
    LocalDate decidedOn,
    Long fromClaim,
    Long fromRightsAndDuties,
    int targetDays,
    boolean decided,
    boolean overdue,
    ContractDelay contract) {

  /**
   * From the decision and from its notification to the first contract signed by both parties
   * (décret 2024-1244: within a month of the notification), in days; nulls until known.
   */
  public record ContractDelay(
      LocalDate notifiedOn, LocalDate signedOn, Long fromDecision, Long fromNotification) {
    static ContractDelay of(LocalDate decidedOn, LocalDate notifiedOn, LocalDate signedOn) {
      return new ContractDelay(
          notifiedOn,
          signedOn,
          decidedOn == null || signedOn == null
              ? null
              : ChronoUnit.DAYS.between(decidedOn, signedOn),
          notifiedOn == null || signedOn == null
              ? null
              : ChronoUnit.DAYS.between(notifiedOn, signedOn));
    }
  }

  static Delays of(
      LocalDate claim,
      LocalDate rightsAndDuties,
      LocalDate decidedOn,
      LocalDate today,
      int target,
      LocalDate notifiedOn,
      LocalDate contractSignedOn) {
    LocalDate end = decidedOn != null ? decidedOn : today;
    Long fromClaim = claim == null ? null : ChronoUnit.DAYS.between(claim, end);
    Long fromRd = rightsAndDuties == null ? null : ChronoUnit.DAYS.between(rightsAndDuties, end);
    Long reference = fromRd != null ? fromRd : fromClaim;
    return new Delays(
        claim,
        rightsAndDuties,
        decidedOn,
        fromClaim,
        fromRd,
        target,
        decidedOn != null,
        reference != null && reference > target,
        decidedOn == null ? null : ContractDelay.of(decidedOn, notifiedOn, contractSignedOn));
  }
}
