package fr.aiguillage.statistics.projection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes (HMAC-SHA-256, base64url without padding) standing for a person, an entry and a
 * record on the pseudonymised statistics topic (ADR 0023). Without the key, nobody can go from a
 * platform id to its pseudonym, nor test a guess; with another key, every pseudonym changes. Each
 * kind of hash has its own prefix, so a person's pseudonym is never an entry's.
 */
public final class Pseudonyms {
  private static final String HMAC = "HmacSHA256";
  private final SecretKeySpec key;

  /** A key of 32 bytes, base64 (the configuration's form). */
  public static Pseudonyms ofBase64Key(String base64) {
    byte[] bytes = Base64.getDecoder().decode(base64.trim());
    if (bytes.length != 32) {
      throw new IllegalArgumentException(
          "aiguillage.statistics.pseudonym-key: 32 bytes expected, got " + bytes.length);
    }
    return new Pseudonyms(bytes);
  }

  private Pseudonyms(byte[] key) {
    this.key = new SecretKeySpec(key, HMAC);
  }

  /** A person of a département. */
  public String person(String tenant, UUID beneficiaryId) {
    return hash("person|" + tenant + "|" + beneficiaryId);
  }

  /** One entry of a person into the lifecycle (an orientation), without its id. */
  public String entry(UUID orientationId) {
    return hash("entry|" + orientationId);
  }

  /** A record: the same source event and milestone always give the same id (replays dedupe). */
  public String record(String sourceEventId, String milestone, String entry) {
    return hash("record|" + sourceEventId + "|" + milestone + "|" + (entry == null ? "" : entry));
  }

  private String hash(String text) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
    }
  }
}
