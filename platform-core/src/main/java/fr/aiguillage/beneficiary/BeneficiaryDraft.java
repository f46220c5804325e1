package fr.aiguillage.beneficiary;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a person's file says, as typed or received, before validation. Field names are the ones the
 * REST API and the forms use, so that an error names the field the person sees.
 */
public record BeneficiaryDraft(
    String civility,
    String lastName,
    String birthName,
    String firstNames,
    LocalDate birthDate,
    String cafNumber,
    String householdRole,
    String nir,
    String email,
    String phone,
    String addressLine,
    String addressComplement,
    String postalCode,
    String communeName,
    String communeInsee,
    UUID territoryId,
    LocalDate rsaClaimDate,
    LocalDate rightsAndDutiesStart) {}
