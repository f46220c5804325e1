package fr.aiguillage.contract;

import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The bodies the contract APIs read (département and partner alike). */
public final class ContractRequests {
  private ContractRequests() {}

  /**
   * A new draft: for a person ({@code beneficiaryId}, département) or the person of an accepted
   * referral ({@code referralId}, partner); everything else optional (see {@link ContractInput}).
   */
  public record Draft(
      @Size(max = Limits.ID) String beneficiaryId,
      @Size(max = Limits.ID) String referralId,
      ContractKind kind,
      LocalDate startDate,
      @Min(ContractTerm.MIN_MONTHS) @Max(ContractTerm.MAX_MONTHS_WITH_REASON)
          Integer durationMonths,
      @Size(max = Limits.REASON) String longDurationReason,
      LocalDate reviewOn,
      ActionPlan plan) {
    public ContractInput input() {
      return new ContractInput(
          kind, startDate, durationMonths, longDurationReason, reviewOn, plan, null);
    }
  }

  /**
   * A draft's new dates and plan, with the version read ({@code rowVersion}, or the {@code
   * If-Match} header).
   */
  public record Edit(
      LocalDate startDate,
      @Min(ContractTerm.MIN_MONTHS) @Max(ContractTerm.MAX_MONTHS_WITH_REASON)
          Integer durationMonths,
      @Size(max = Limits.REASON) String longDurationReason,
      LocalDate reviewOn,
      ActionPlan plan,
      @Min(0) @Max(Limits.VERSION_MAX) Long rowVersion) {
    public ContractInput input(Long ifMatch) {
      return new ContractInput(
          null,
          startDate,
          durationMonths,
          longDurationReason,
          reviewOn,
          plan,
          ifMatch != null ? ifMatch : rowVersion);
    }
  }

  /**
   * A signature made in the application: the referent's own ({@code REFERENT}), or the person's on
   * the referent's screen ({@code PERSON}); the consent ticked, the name typed, and the SHA-256 of
   * the document shown.
   */
  public record Signing(
      Signature.Signer signer,
      boolean consent,
      @Size(max = Limits.NAME) String typedName,
      @Size(max = 64) String documentSha256) {
    public Signature.Signer requireSigner() {
      if (signer == null) {
        throw new InvalidInputException("signer", "Indiquez qui signe : REFERENT ou PERSON.");
      }
      return signer;
    }

    public SignatureConsent consentGiven() {
      return new SignatureConsent(consent, typedName, documentSha256);
    }
  }

  /** A reason (cancelling, ending, reopening). */
  public record Reason(@Size(max = Limits.REASON) String reason) {}

  /** Sending the person the link to sign remotely. */
  public record Remote(RemoteSignatures.Channel channel) {}
}
