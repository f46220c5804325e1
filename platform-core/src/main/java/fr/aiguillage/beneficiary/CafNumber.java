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

  public static CafNumber parse(String raw) {
    return new CafNumber(raw == null ? null : raw.replaceAll("\\s", ""));
  }
}
