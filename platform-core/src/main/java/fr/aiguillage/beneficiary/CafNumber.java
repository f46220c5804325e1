package fr.aiguillage.beneficiary;

import fr.aiguillage.shared.InvalidInputException;
import java.util.regex.Pattern;

/**
 * Numéro allocataire: 7 digits at the CAF, up to 13 at the MSA. No public checksum exists for
 * either (see docs/adr/0004), so only the shape is checked.
 */
public record CafNumber(String value) {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{7,13}");

  public CafNumber {
    if (value == null || !DIGITS.matcher(value).matches()) {
      throw new InvalidInputException(
          "cafNumber",
          "Le numéro allocataire CAF/MSA doit comporter de 7 à 13 chiffres, sans espace ni lettre.");
    }
  }

  private static final Pattern PREFIXED = Pattern.compile("(?i)(CAF|MSA)([0-9]{7,13})");

  /**
   * The number as lists write it: spaces dropped; a {@code CAF} or {@code MSA} prefix stripped
   * (départements' exports write {@code CAF0027004992}); after {@code CAF}, ten digits are read as
   * the CAF's three-digit code and the seven-digit matricule, and the matricule is kept — what the
   * CAF's own flow calls MATRICULE (docs/adr/0019; the layout is inferred from samples,
   * unverified).
   */
  public static CafNumber parse(String raw) {
    if (raw == null) {
      return new CafNumber(null);
    }
    String v = raw.replaceAll("\\s", "");
    var m = PREFIXED.matcher(v);
    if (m.matches()) {
      String digits = m.group(2);
      v =
          m.group(1).equalsIgnoreCase("CAF") && digits.length() == 10
              ? digits.substring(3)
              : digits;
    }
    return new CafNumber(v);
  }
}
