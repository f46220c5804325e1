package fr.aiguillage.intake;

import java.time.LocalDate;

/** One valid row, normalised, ready to be matched and written (no clear NIR: cipher and hash). */
record Staged(
    int row,
    String civility,
    String lastName,
    String birthName,
    String firstNames,
    LocalDate birthDate,
    String cafNumber,
    String householdRole,
    String nirCipher,
    String nirHash,
    String email,
    String phone,
    String phone2,
    String addressLine,
    String addressComplement,
    String postalCode,
    String communeName,
    String communeInsee,
    LocalDate rsaClaimDate,
    LocalDate rightsAndDutiesStart,
    String franceTravailId,
    String referentEmail,
    String tags,
    String searchKey) {}
