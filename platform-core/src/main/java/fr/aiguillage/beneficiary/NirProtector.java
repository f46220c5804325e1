package fr.aiguillage.beneficiary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts NIRs (AES-256-GCM, random IV) and derives the keyed hash (HMAC-SHA-256) used to find a
 * person by NIR. Both keys come from configuration; the demo ones are in
 * microprofile-config.properties and must be replaced in production.
 */
@ApplicationScoped
public class NirProtector {
  private static final int IV_BYTES = 12;
  private final SecureRandom random = new SecureRandom();
  private SecretKeySpec encryptionKey;
  private SecretKeySpec hashKey;

  protected NirProtector() {}

  @Inject
  public NirProtector(
      @ConfigProperty(name = "aiguillage.crypto.nir-key") String encryptionKeyBase64,
      @ConfigProperty(name = "aiguillage.crypto.nir-hash-key") String hashKeyBase64) {
    this.encryptionKey = new SecretKeySpec(decodeKey(encryptionKeyBase64), "AES");
    this.hashKey = new SecretKeySpec(decodeKey(hashKeyBase64), "HmacSHA256");
  }

  private static byte[] decodeKey(String base64) {
    byte[] key = Base64.getDecoder().decode(base64);
    if (key.length != 32) {
      throw new IllegalStateException("NIR keys must be 32 bytes, base64-encoded");
    }
    return key;
  }

  public ProtectedNir protect(Nir nir) {
    return new ProtectedNir(encrypt(nir.value()), hash(nir));
  }

  /** One MAC per thread: getting and keying one costs more than hashing a NIR. */
  private final ThreadLocal<Mac> macs =
      ThreadLocal.withInitial(
          () -> {
            try {
              Mac mac = Mac.getInstance("HmacSHA256");
              mac.init(hashKey);
              return mac;
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException(e);
            }
          });

  /** One cipher per thread, initialised with a fresh IV for every NIR. */
  private final ThreadLocal<Cipher> ciphers =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException(e);
            }
          });

  public String hash(Nir nir) {
    Mac mac = macs.get();
    mac.reset();
    return HexFormat.of().formatHex(mac.doFinal(nir.value().getBytes(StandardCharsets.US_ASCII)));
  }

  /**
   * A new MAC for the fingerprints of imported rows, keyed with a key derived from the NIR hash
   * key: a row holds a NIR and names, so its fingerprint must not be computable without the key.
   * Not shared between threads.
   */
  public Mac rowFingerprints() {
    try {
      Mac derive = Mac.getInstance("HmacSHA256");
      derive.init(hashKey);
      byte[] key =
          derive.doFinal(
              "aiguillage: imported row fingerprint".getBytes(StandardCharsets.US_ASCII));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public Nir reveal(String cipherText) {
    try {
      ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(cipherText));
      byte[] iv = new byte[IV_BYTES];
      in.get(iv);
      byte[] body = new byte[in.remaining()];
      in.get(body);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
      return Nir.parse("nir", new String(c.doFinal(body), StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("NIR cannot be decrypted with the configured key", e);
    }
  }

  private String encrypt(String plain) {
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher c = ciphers.get();
      c.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
      byte[] body = c.doFinal(plain.getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder()
          .encodeToString(ByteBuffer.allocate(iv.length + body.length).put(iv).put(body).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
