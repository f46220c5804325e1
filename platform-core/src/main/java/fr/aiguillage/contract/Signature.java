package fr.aiguillage.contract;

import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One party's simple electronic signature (eIDAS), made strong by what is kept: who signed, how,
 * when, the name they typed after ticking their consent, and the SHA-256 of the exact document they
 * were shown; for a remote one, the address and browser it came from. Never changed once made; laid
 * out as the row it will be.
 */
public class Signature {
  /** Who signs: each signs once. */
  public enum Signer {
    REFERENT("le référent"),
    PERSON("la personne");

    private final String label;

    Signer(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** How: on the referent's screen, or by the person through their link with a one-time code. */
  public enum Method {
    IN_PERSON,
    REMOTE
  }

  /**
   * Where a remote signature came from: the address and browser of the request on the personal link
   * page.
   */
  public record Origin(String ipAddress, String userAgent) {}

  static final int MAX_IP = 45;
  static final int MAX_USER_AGENT = 500;

  private Signer signer;
  private UUID signerId;
  private Method method;
  private String typedName;
  private Instant signedAt;
  private String documentSha256;
  private String ipAddress;
  private String userAgent;

  protected Signature() {}

  /**
   * A signature made after consent, with a typed name that matches {@code expectedName} loosely
   * ({@link TypedName}); remote when it has an {@code origin} (address and user agent required),
   * else in person.
   *
   * @throws InvalidInputException with every problem
   */
  static Signature of(
      Signer signer,
      UUID signerId,
      SignatureConsent given,
      String expectedName,
      Origin origin,
      Instant at) {
    Method method = origin == null ? Method.IN_PERSON : Method.REMOTE;
    List<FieldError> errors = new ArrayList<>();
    if (!given.consent()) {
      errors.add(
          new FieldError("consent", "Cochez la case qui confirme que vous acceptez le contrat."));
    }
    String name = Text.blankToNull(given.typedName());
    if (name == null) {
      errors.add(new FieldError("typedName", "Tapez votre nom pour signer."));
    } else if (Text.problem(name, Limits.NAME).isPresent()
        || !TypedName.matches(name, expectedName)) {
      errors.add(
          new FieldError(
              "typedName",
              "Le nom tapé ne correspond pas à celui du contrat : « " + expectedName + " »."));
    }
    if (method == Method.REMOTE) {
      required(origin.ipAddress(), "ipAddress", "l'adresse IP", MAX_IP, errors);
      required(
          origin.userAgent(), "userAgent", "le navigateur (user agent)", MAX_USER_AGENT, errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Signature s = new Signature();
    s.signer = signer;
    s.signerId = signerId;
    s.method = method;
    s.typedName = name;
    s.signedAt = at;
    s.documentSha256 = given.shownSha256();
    s.ipAddress = origin == null ? null : origin.ipAddress().strip();
    s.userAgent = origin == null ? null : origin.userAgent().strip();
    return s;
  }

  private static void required(
      String value, String field, String what, int max, List<FieldError> errors) {
    if (Text.blankToNull(value) == null) {
      errors.add(new FieldError(field, "Signature à distance refusée : " + what + " manque."));
    } else {
      Text.problem(value, max).ifPresent(p -> errors.add(new FieldError(field, p)));
    }
  }

  public Signer signer() {
    return signer;
  }

  /** The referent's id, or the person's (beneficiary) id. */
  public UUID signerId() {
    return signerId;
  }

  public Method method() {
    return method;
  }

  /** The name as typed; consent was ticked, or there would be no signature. */
  public String typedName() {
    return typedName;
  }

  public Instant signedAt() {
    return signedAt;
  }

  public String documentSha256() {
    return documentSha256;
  }

  /** For a remote signature, else null. */
  public String ipAddress() {
    return ipAddress;
  }

  /** For a remote signature, else null. */
  public String userAgent() {
    return userAgent;
  }
}
