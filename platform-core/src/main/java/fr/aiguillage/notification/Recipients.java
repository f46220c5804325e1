package fr.aiguillage.notification;

import fr.aiguillage.beneficiary.Beneficiary;
import java.util.Optional;
import java.util.regex.Pattern;

/** Where a person can be told: an e-mail address, a French mobile number. */
final class Recipients {
  private static final Pattern MOBILE = Pattern.compile("^(?:\\+33|0033|0)[67][0-9]{8}$");

  private Recipients() {}

  static boolean hasEmail(Beneficiary b) {
    return b.email() != null && !b.email().isBlank();
  }

  /** The person's phone when it is a mobile one (06, 07), without its separators. */
  static Optional<String> mobile(Beneficiary b) {
    return mobile(b.phone());
  }

  static Optional<String> mobile(String phone) {
    return Optional.ofNullable(phone)
        .map(p -> p.replaceAll("[ .-]", ""))
        .filter(p -> MOBILE.matcher(p).matches());
  }
}
