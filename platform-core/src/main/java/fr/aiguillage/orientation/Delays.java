package fr.aiguillage.orientation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The delays of one orientation, in days, counted from the two starts (DESIGN §5): the RSA claim
 * date (DREES's definition) and the start of rights and duties; up to the decision, or up to today
 * while the person waits. {@code overdue} compares the wait from {@link Start} (the start of rights
 * and duties, else the claim, else the day the person was first listed) with the tenant's target.
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
    ContractDelay contract,
    Start start,
    Long fromStart) {

  /**
   * Where the wait is counted from, said next to every figure: the start of rights and duties, else
   * the claim, else — neither known, as with some lists — the day the person was first listed here.
   * Never a made-up claim date.
   */
  public enum Start {
    RIGHTS_AND_DUTIES("depuis l'entrée dans les droits et devoirs"),
    CLAIM("depuis la demande de RSA"),
    LISTED("depuis l'arrivée sur la liste (dates de la CAF inconnues)");

    private final String label;

    Start(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** The start used for a person, and its date. */
    public static Start of(LocalDate rightsAndDuties, LocalDate claim) {
      return rightsAndDuties != null ? RIGHTS_AND_DUTIES : claim != null ? CLAIM : LISTED;
    }

    public LocalDate date(LocalDate rightsAndDuties, LocalDate claim, LocalDate listedOn) {
      return switch (this) {
        case RIGHTS_AND_DUTIES -> rightsAndDuties;
        case CLAIM -> claim;
        case LISTED -> listedOn;
      };
    }
  }

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
      LocalDate listedOn,
      LocalDate decidedOn,
      LocalDate today,
      int target,
      LocalDate notifiedOn,
      LocalDate contractSignedOn) {
    LocalDate end = decidedOn != null ? decidedOn : today;
    Long fromClaim = claim == null ? null : ChronoUnit.DAYS.between(claim, end);
    Long fromRd = rightsAndDuties == null ? null : ChronoUnit.DAYS.between(rightsAndDuties, end);
    Start start = Start.of(rightsAndDuties, claim);
    LocalDate from = start.date(rightsAndDuties, claim, listedOn);
    Long reference = from == null ? null : ChronoUnit.DAYS.between(from, end);
    return new Delays(
        claim,
        rightsAndDuties,
        decidedOn,
        fromClaim,
        fromRd,
        target,
        decidedOn != null,
        reference != null && reference > target,
        decidedOn == null ? null : ContractDelay.of(decidedOn, notifiedOn, contractSignedOn),
        start,
        reference);
  }
}
