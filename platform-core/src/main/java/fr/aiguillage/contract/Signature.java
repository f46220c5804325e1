package fr.aiguillage.contract;

import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One party's simple electronic signature (eIDAS), made strong by what is kept: who signed, how,
 * when, the name they typed after ticking their consent, and the SHA-256 of the exact document they
 * were shown; for a remote one, the address and browser it came from. Never changed once made; laid
 * out as the row it will be.
 */
@Entity
@Table(name = "contract_signature")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
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

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "contract_id", nullable = false)
  private UUID contractId;

  @Enumerated(EnumType.STRING)
  @Column(name = "signer", nullable = false)
  private Signer signer;

  @Column(name = "signer_id", nullable = false)
  private UUID signerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", nullable = false)
  private Method method;

  @Column(name = "typed_name", nullable = false)
  private String typedName;

  /** Always true: no consent, no signature; kept as the row's evidence. */
  @Column(name = "consent", nullable = false)
  private boolean consent;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  @Column(name = "document_sha256", nullable = false)
  private String documentSha256;

  @Column(name = "ip_address")
  private String ipAddress;

  @Column(name = "user_agent")
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
      UUID contractId,
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
    s.id = UUID.randomUUID();
    s.contractId = contractId;
    s.consent = true;
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

  public UUID id() {
    return id;
  }

  public UUID contractId() {
    return contractId;
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
