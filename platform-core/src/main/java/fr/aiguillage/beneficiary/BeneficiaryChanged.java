package fr.aiguillage.beneficiary;

import java.time.LocalDate;

/**
 * Payload of {@code beneficiary.created} and {@code beneficiary.updated}, version 1. Holds no name,
 * no CAF number, no NIR and no birth date: consumers that need them ask the API.
 *
 * <p>Added to version 1 for the statistics' breakdowns (absent from older events, and left out when
 * unknown): the year and month of birth (from the birth date, else the NIR), the sex read from the
 * civility ({@code F} / {@code M}), the household the CAF's flow last described ({@code
 * hasPartner}, {@code children}), and its right: {@code rightState} the ETATDOSRSA code as stored
 * ("0" to "6"), {@code rightSuspended} true when that state is a suspension (3, 4) or a suspension
 * reason is known.
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
    String status,
    Integer birthYear,
    Integer birthMonth,
    String sex,
    Boolean hasPartner,
    Integer children,
    String rightState,
    Boolean rightSuspended) {

  public static final String CREATED = "beneficiary.created";
  public static final String UPDATED = "beneficiary.updated";

  static BeneficiaryChanged of(Beneficiary b, String tenant) {
    BirthMonth born = b.birthMonth();
    RsaRight right = b.right();
    return new BeneficiaryChanged(
        1,
        b.id().toString(),
        tenant,
        b.householdRole().name(),
        b.territoryId() == null ? null : b.territoryId().toString(),
        b.address().communeInsee(),
        b.rsaClaimDate(),
        b.rightsAndDutiesStart(),
        b.status().name(),
        born == null ? null : born.year(),
        born == null ? null : born.month(),
        sex(b.civility()),
        right.hasPartner(),
        right.children(),
        right.state() == null ? null : right.state().toString(),
        suspended(right.state(), right.suspensionReason()));
  }

  /**
   * {@code F} or {@code M}, from the civility (itself from the CAF's sex or the NIR); else null.
   */
  static String sex(Civility civility) {
    if (civility == null) {
      return null;
    }
    return switch (civility) {
      case MADAME -> "F";
      case MONSIEUR -> "M";
    };
  }

  /**
   * Whether the right is suspended: its state says so (3 right suspended, 4 payment suspended) or
   * the flow gave a suspension reason; null when neither state nor reason is known.
   */
  static Boolean suspended(Integer state, String suspensionReason) {
    if (state == null && suspensionReason == null) {
      return null;
    }
    return suspensionReason != null || state == 3 || state == 4;
  }
}
