package fr.aiguillage.beneficiary;

/**
 * The longest text each field of a person's file accepts, in characters once stripped: the length
 * of its column in {@code beneficiary} (V1, V8 migrations), so that nothing the domain accepts is
 * refused by PostgreSQL. For the API's {@code @Size(max = …)}, the form and the import.
 *
 * <p>Fields stored in a normalised form (CAF number, NIR, phones) accept a little more as typed,
 * for the spaces, dots and dashes people write; their pattern then guarantees that the stored value
 * fits its column.
 */
public final class BeneficiaryLimits {
  /** {@code civility varchar(8)}: MADAME, MONSIEUR. */
  public static final int CIVILITY = 8;

  /** {@code last_name varchar(100)}. */
  public static final int LAST_NAME = 100;

  /** {@code birth_name varchar(100)}. */
  public static final int BIRTH_NAME = 100;

  /** {@code first_names varchar(150)}. */
  public static final int FIRST_NAMES = 150;

  /** Typed, with spaces; stored {@code caf_number varchar(13)}: 7 to 13 digits. */
  public static final int CAF_NUMBER = 20;

  /** {@code household_role varchar(8)}: CLAIMANT, PARTNER (or the CAF's DEM, CJT). */
  public static final int HOUSEHOLD_ROLE = 8;

  /** Typed, with spaces, dots or dashes; 15 characters once read, stored as a cipher. */
  public static final int NIR = 25;

  /** {@code email varchar(254)} (RFC 5321), also {@code referent_email}. */
  public static final int EMAIL = 254;

  /**
   * Typed, with spaces, dots or dashes; stored {@code phone varchar(16)} (also {@code phone_2}).
   */
  public static final int PHONE = 20;

  /** {@code address_line varchar(200)}. */
  public static final int ADDRESS_LINE = 200;

  /** {@code address_complement varchar(200)}. */
  public static final int ADDRESS_COMPLEMENT = 200;

  /** {@code postal_code varchar(5)}. */
  public static final int POSTAL_CODE = 5;

  /** {@code commune_name varchar(120)}. */
  public static final int COMMUNE_NAME = 120;

  /** {@code commune_insee varchar(5)}. */
  public static final int COMMUNE_INSEE = 5;

  /** {@code france_travail_id varchar(20)} (import only). */
  public static final int FRANCE_TRAVAIL_ID = 20;

  /** {@code tags varchar(500)} (import only). */
  public static final int TAGS = 500;

  /** {@code department_file_id varchar(40)} (import only). */
  public static final int DEPARTMENT_FILE_ID = 40;

  /** {@code listed_structure varchar(200)} (import only). */
  public static final int LISTED_STRUCTURE = 200;

  private BeneficiaryLimits() {}
}
