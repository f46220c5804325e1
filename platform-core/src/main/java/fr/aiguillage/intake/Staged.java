package fr.aiguillage.intake;

import fr.aiguillage.beneficiary.BeneficiaryDetails;
import fr.aiguillage.beneficiary.BirthMonth;
import fr.aiguillage.beneficiary.ProtectedNir;
import fr.aiguillage.shared.Text;
import java.time.LocalDate;

/**
 * One valid row, normalised, ready to be matched and written (no clear NIR: cipher and hash);
 * {@code print} is the row's fingerprint as read ({@link RowPrints}), null when it has none.
 */
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
    Flow flow,
    byte[] print) {

  /**
   * What the CNAF's flow adds for a person (null for a list): the household's right and
   * composition; {@code exitReason} set for a person out of the département's scope who leaves the
   * RSA's rights and duties if followed; {@code inScope} false for a person who is not to be
   * followed (matched only: never created), {@code why} saying why. {@code household}: the digest
   * of a household that may be found again by its bytes with its report ({@code
   * intake_flow_report}), if the writer writes all its people and none of its people out of scope
   * designates someone; null otherwise.
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
      String exitReason,
      String why,
      byte[] household) {}

  /** What a list's row or a flow's person adds to the platform's own fields (nulls: none). */
  record Extra(
      String phone2,
      String franceTravailId,
      String referentEmail,
      String tags,
      String departmentFileId,
      String listedStructure) {
    static final Extra NONE = new Extra(null, null, null, null, null, null);
  }

  /** A person checked by the platform's rules ({@code d}), their NIR protected. */
  static Staged of(
      int row,
      BeneficiaryDetails d,
      ProtectedNir nir,
      LocalDate today,
      Extra extra,
      Flow flow,
      byte[] print) {
    BirthMonth born = BirthMonth.of(d.birthDate(), d.nir().orElse(null), today);
    return new Staged(
        row,
        d.civility() == null ? null : d.civility().name(),
        d.lastName(),
        d.birthName(),
        d.firstNames(),
        d.birthDate(),
        born == null ? null : born.year(),
        born == null ? null : born.month(),
        d.cafNumber().value(),
        d.householdRole().name(),
        nir == null ? null : nir.cipher(),
        nir == null ? null : nir.hash(),
        d.email(),
        d.phone(),
        extra.phone2(),
        d.address().line(),
        d.address().complement(),
        d.address().postalCode(),
        d.address().communeName(),
        d.address().communeInsee(),
        d.rsaClaimDate(),
        d.rightsAndDutiesStart(),
        extra.franceTravailId(),
        extra.referentEmail(),
        extra.tags(),
        extra.departmentFileId(),
        extra.listedStructure(),
        Text.searchKey(
            d.lastName()
                + " "
                + (d.birthName() == null ? "" : d.birthName() + " ")
                + d.firstNames()),
        flow,
        print);
  }
}
