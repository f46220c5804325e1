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
    Instant updatedAt) {

  /**
   * The file as a draft, to edit it in a form (the NIR is not shown again: left blank keeps it).
   */
  public BeneficiaryDraft toDraft() {
    return new BeneficiaryDraft(
        civility.name(),
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
