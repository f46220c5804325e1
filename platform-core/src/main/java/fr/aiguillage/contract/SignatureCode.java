package fr.aiguillage.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A one-time code of {@value #DIGITS} digits that lets the person sign one contract remotely. Only
 * its SHA-256 with a salt of its own is kept, never the code; it expires ({@link #DEFAULT_VALIDITY}
 * unless the caller says otherwise), locks after {@value #MAX_ATTEMPTS} wrong tries and serves
 * once. Checking compares the hashes in constant time. Laid out as its row.
 */
@Entity
@Table(name = "contract_signature_code")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class SignatureCode {
  public static final int DIGITS = 6;
  public static final int MAX_ATTEMPTS = 5;
  public static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(10);
  private static final int SALT_BYTES = 16;
  private static final HexFormat HEX = HexFormat.of();

  /** A fresh code: the digits to send (never stored) and what is stored. */
  public record Issued(String code, SignatureCode stored) {}

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "contract_id", nullable = false)
  private UUID contractId;

  @Column(name = "salt", nullable = false)
  private String salt;

  @Column(name = "hash", nullable = false)
  private String hash;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "used_at")
  private Instant usedAt;

  /** Two tries checked at once: one wins, the other is told. */
  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected SignatureCode() {}

  /** A new code for signing {@code contractId}, valid for {@code validity} from now. */
  public static Issued issue(UUID contractId, SecureRandom random, Clock clock, Duration validity) {
    if (validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException("a code's validity must be positive: " + validity);
    }
    String code = String.format("%0" + DIGITS + "d", random.nextInt(1_000_000));
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    SignatureCode c = new SignatureCode();
    c.id = UUID.randomUUID();
    c.contractId = contractId;
    c.salt = HEX.formatHex(salt);
    c.hash = HEX.formatHex(digest(salt, code));
    c.issuedAt = clock.instant();
    c.expiresAt = c.issuedAt.plus(validity);
    return new Issued(code, c);
  }

  /**
   * Checks what the person typed (spaces ignored). A wrong code, whatever its form, counts as a
   * try; the {@value #MAX_ATTEMPTS}th locks the code. A right one is used up.
   */
  public CodeCheck verify(String typed, Clock clock) {
    if (usedAt != null) {
      return new CodeCheck(CodeCheck.Outcome.USED, 0);
    }
    if (failedAttempts >= MAX_ATTEMPTS) {
      return new CodeCheck(CodeCheck.Outcome.LOCKED, 0);
    }
    Instant now = clock.instant();
    if (!now.isBefore(expiresAt)) {
      return new CodeCheck(CodeCheck.Outcome.EXPIRED, 0);
    }
    String given = typed == null ? "" : typed.replaceAll("\\s", "");
    if (MessageDigest.isEqual(HEX.parseHex(hash), digest(HEX.parseHex(salt), given))) {
      usedAt = now;
      return new CodeCheck(CodeCheck.Outcome.OK, 0);
    }
    failedAttempts++;
    return failedAttempts >= MAX_ATTEMPTS
        ? new CodeCheck(CodeCheck.Outcome.LOCKED, 0)
        : new CodeCheck(CodeCheck.Outcome.WRONG, MAX_ATTEMPTS - failedAttempts);
  }

  /** Whether this code was issued for {@code contract} and was typed right. */
  public boolean provesSigningOf(UUID contract) {
    return usedAt != null && contractId.equals(contract);
  }

  private static byte[] digest(byte[] salt, String code) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      return sha.digest(code.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  public UUID id() {
    return id;
  }

  public UUID contractId() {
    return contractId;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public int failedAttempts() {
    return failedAttempts;
  }

  public Instant usedAt() {
    return usedAt;
  }
}
