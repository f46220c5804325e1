package fr.aiguillage.tenancy;

import fr.aiguillage.shared.InvalidInputException;
import java.util.regex.Pattern;

/** INSEE code of a département: "08", "59", "2A", "974". The tenant key on every owned row. */
public record TenantCode(String value) {
  private static final Pattern INSEE =
      Pattern.compile("0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-6]");

  public TenantCode {
    if (value == null || !INSEE.matcher(value).matches()) {
      throw new InvalidInputException(
          "code", "« " + value + " » n'est pas un code de département INSEE (ex. 08, 2A, 974).");
    }
  }

  public static TenantCode of(String value) {
    return new TenantCode(value == null ? null : value.strip().toUpperCase());
  }

  @Override
  public String toString() {
    return value;
  }
}
