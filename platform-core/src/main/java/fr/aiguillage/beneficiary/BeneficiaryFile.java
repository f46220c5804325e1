package fr.aiguillage.beneficiary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's file as the edges see it: plain values, the NIR masked. Entities never leave the core.
 */
public record BeneficiaryFile(
    UUID id,
    long version,
    Civility civility,
    String lastName,
    String birthName,
    String firstNames,
    LocalDate birthDate,
    String cafNumber,
    HouseholdRole householdRole,
    String nirMasked,
    String email,
    String phone,
    String addressLine,
    String addressComplement,
    String postalCode,
    String communeName,
    String communeInsee,
    UUID territoryId,
    String territoryName,
    LocalDate rsaClaimDate,
    LocalDate rightsAndDutiesStart,
    BeneficiaryStatus status,
    Instant createdAt,
    Instant updatedAt,
    LocalDate listedOn,
    BirthMonth birthMonth,
    Right right) {

  /**
   * What the CAF's flow last said of the right and household, the exit if any, and what a
   * département's list carried (its own file number, the structure it named); nulls when unknown.
   */
  public record Right(
      String claimNumber,
      Integer state,
      String stateLabel,
      String suspensionReason,
      String benefitKind,
      LocalDate flowDate,
      Boolean hasPartner,
      Integer children,
      Boolean entrant,
      LocalDate exitDate,
      String exitReason,
      String departmentFileId,
      String listedStructure) {
    static Right of(RsaRight r) {
      return new Right(
          r.claimNumber(),
          r.state(),
          RsaRight.stateLabel(r.state()),
          r.suspensionReason(),
          r.benefitKind(),
          r.flowDate(),
          r.hasPartner(),
          r.children(),
          r.entrant(),
          r.exitDate(),
          r.exitReason(),
          r.departmentFileId(),
          r.listedStructure());
    }
  }

  /**
   * The file as a draft, to edit it in a form (the NIR is not shown again: left blank keeps it).
   */
  public BeneficiaryDraft toDraft() {
    return new BeneficiaryDraft(
        civility == null ? null : civility.name(),
        lastName,
        birthName,
        firstNames,
        birthDate,
        cafNumber,
        householdRole.name(),
        null,
        email,
        phone,
        addressLine,
        addressComplement,
        postalCode,
        communeName,
        communeInsee,
        territoryId,
        rsaClaimDate,
        rightsAndDutiesStart);
  }
}
