package fr.aiguillage.beneficiary;

import java.time.LocalDate;

/**
 * Payload of {@code beneficiary.created} and {@code beneficiary.updated}, version 1. Holds no name,
 * no CAF number and no NIR: consumers that need them ask the API.
 */
public record BeneficiaryChanged(
    int schemaVersion,
    String beneficiaryId,
    String tenant,
    String householdRole,
    String territoryId,
    String communeInsee,
    LocalDate rsaClaimDate,
    LocalDate rightsAndDutiesStart,
    String status) {

  public static final String CREATED = "beneficiary.created";
  public static final String UPDATED = "beneficiary.updated";

  static BeneficiaryChanged of(Beneficiary b, String tenant) {
    return new BeneficiaryChanged(
        1,
        b.id().toString(),
        tenant,
        b.householdRole().name(),
        b.territoryId() == null ? null : b.territoryId().toString(),
        b.address().communeInsee(),
        b.rsaClaimDate(),
        b.rightsAndDutiesStart(),
        b.status().name());
  }
}
