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
    Integer birthYear,
    Integer birthMonth,
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
    String departmentFileId,
    String listedStructure,
    String searchKey,
    Flow flow) {

  /**
   * What the CNAF's flow adds for a person (null for a list): the household's right and
   * composition; {@code exitReason} set for a person out of the département's scope who leaves the
   * RSA's rights and duties if followed; {@code inScope} false for a person who is not to be
   * followed (matched only: never created).
   */
  record Flow(
      String claimNumber,
      int rightState,
      String suspensionReason,
      String benefitKind,
      LocalDate flowDate,
      boolean hasPartner,
      int children,
      Boolean entrant,
      boolean inScope,
      String exitReason) {}

  Staged withFlow(Flow f) {
    return new Staged(
        row,
        civility,
        lastName,
        birthName,
        firstNames,
        birthDate,
        birthYear,
        birthMonth,
        cafNumber,
        householdRole,
        nirCipher,
        nirHash,
        email,
        phone,
        phone2,
        addressLine,
        addressComplement,
        postalCode,
        communeName,
        communeInsee,
        rsaClaimDate,
        rightsAndDutiesStart,
        franceTravailId,
        referentEmail,
        tags,
        departmentFileId,
        listedStructure,
        searchKey,
        f);
  }
}
