package fr.aiguillage.beneficiary;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the beneficiaries list. */
public record BeneficiarySummary(
    UUID id,
    String lastName,
    String firstNames,
    LocalDate birthDate,
    String cafNumber,
    HouseholdRole householdRole,
    String communeName,
    String territoryName,
    LocalDate rsaClaimDate,
    LocalDate rightsAndDutiesStart,
    BeneficiaryStatus status) {}
