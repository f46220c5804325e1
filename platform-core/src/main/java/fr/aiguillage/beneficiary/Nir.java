package fr.aiguillage.beneficiary;

import fr.aiguillage.shared.InvalidInputException;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Numéro d'inscription au répertoire (NIR, "numéro de sécurité sociale"): 13 characters and a
 * 2-digit key, 97 minus the number modulo 97 (Corsica's 2A and 2B count as 19 and 18).
 */
public final class Nir {
  private static final Pattern SHAPE =
      Pattern.compile("[1-478][0-9]{4}(?:[0-9]{2}|2A|2B)[0-9]{6}[0-9]{2}");
  private final String value;

  private Nir(String value) {
    this.value = value;
  }

  public static Nir parse(String field, String raw) {
    String v = raw == null ? "" : raw.replaceAll("[\\s.-]", "").toUpperCase();
    if (!SHAPE.matcher(v).matches()) {
      throw new InvalidInputException(
          field,
          "Le NIR doit comporter 15 caractères : 13 chiffres (2A/2B pour la Corse) et une clé de 2 chiffres.");
    }
    String body = v.substring(0, 13);
    int key = Integer.parseInt(v.substring(13));
    if (key != key(body)) {
      throw new InvalidInputException(
          field,
          "La clé du NIR ne correspond pas aux 13 premiers caractères : vérifiez la saisie.");
    }
    return new Nir(v);
  }

  static int key(String body13) {
    String digits = body13.replace("2A", "19").replace("2B", "18");
    return 97 - new BigInteger(digits).mod(BigInteger.valueOf(97)).intValue();
  }

  public String value() {
    return value;
  }

  /** For display: only the sex and birth year/month, never the whole number. */
  public String masked() {
    return value.substring(0, 5) + " •• ••• ••• ••";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Nir n && n.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return masked();
  }
}
