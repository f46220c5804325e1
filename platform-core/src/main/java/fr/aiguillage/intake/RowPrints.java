package fr.aiguillage.intake;

import fr.aiguillage.beneficiary.CafNumber;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.Mac;

/**
 * The fingerprints of one run's rows: a keyed hash of what a row says, as read (before the checks),
 * and of how it is read (the kind of source, the mapping, the version of the rules). A row whose
 * fingerprint is the one its person was last written or matched with says nothing new: the import
 * counts it unchanged without checking it again ({@link Intake#skipUnchanged}). One instance per
 * run and thread.
 */
final class RowPrints {
  /**
   * The version of the rows' checks and normalisation: raise it when they change, so that rows seen
   * before are read again once.
   */
  static final int RULES = 1;

  static final int BYTES = 16;

  /**
   * A row's fingerprint (null: a row never skipped); {@code group} is what is skipped whole or not
   * at all: the row of a list, the household of a flow. {@code caf} and {@code nir} say whom the
   * row may designate, as the writer matches people (the CAF number as the writer reads it, the NIR
   * as written, spaces, dots and dashes left out): a row written must find the people skipped by
   * the same run that it designates, to be reported as their duplicate. {@code claimed}: found
   * already by its reader ({@link FlowPrints#found}), which claimed it in the département's
   * fingerprints; such a row designates nobody (the people it found say whom they are).
   */
  record Print(int row, int group, byte[] fingerprint, String caf, String nir, boolean claimed) {
    Print(int row, int group, byte[] fingerprint, String caf, String nir) {
      this(row, group, fingerprint, caf, nir, false);
    }

    /** A row its reader found among the département's fingerprints, and claimed. */
    static Print claimed(int row, int group, byte[] fingerprint) {
      return new Print(row, group, fingerprint, null, null, true);
    }

    /**
     * A person out of scope whose household its reader found with its report ({@link
     * FlowPrints#found}): nothing to write, a line of the report.
     */
    static Print outOfScope(int row, int group) {
      return new Print(row, group, null, null, null, true);
    }

    boolean outOfScope() {
      return claimed && fingerprint == null;
    }
  }

  // the key and the context hashed once: each row's fingerprint starts from a copy of this state
  private final Mac primed;
  // what precedes a file's bytes, for the encoding of the last ones
  private String bytesEncoding;
  private byte[] bytesPrefix;

  /**
   * @param context how the rows are read: the kind of source and its mapping
   */
  RowPrints(Mac mac, String context) {
    mac.reset();
    mac.update((RULES + "\u001e" + context).getBytes(StandardCharsets.UTF_8));
    try {
      this.primed = (Mac) mac.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("HMAC without copies", e);
    }
    mac.reset();
  }

  /** The keys of whom a row designates: its CAF number as the writer reads it, and its NIR. */
  Print print(int row, int group, byte[] fingerprint, String caf, String nir) {
    return new Print(row, group, fingerprint, caf(caf), nir(nir));
  }

  private static String caf(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) < '0' || raw.charAt(i) > '9') {
        return CafNumber.parse(raw).value();
      }
    }
    return raw;
  }

  /** The NIR as written, spaces, dots and dashes left out, in capitals; null if none. */
  private static String nir(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(15);
    for (int i = 0; i < raw.length(); i++) {
      char ch = raw.charAt(i);
      if (!Character.isWhitespace(ch) && ch != '.' && ch != '-') {
        b.append(Character.toUpperCase(ch));
      }
    }
    return b.length() == 0 ? null : b.toString();
  }

  /**
   * The fingerprint of bytes as a file has them (a flow's household), read in the given encoding.
   */
  byte[] ofBytes(String encoding, byte[] bytes, int length) {
    if (!encoding.equals(bytesEncoding)) {
      bytesEncoding = encoding;
      bytesPrefix = ("bytes\u001e" + encoding + "\u001e").getBytes(StandardCharsets.UTF_8);
    }
    Mac m = primed();
    m.update(bytesPrefix);
    m.update(bytes, 0, length);
    return Arrays.copyOf(m.doFinal(), BYTES);
  }

  /** The fingerprint of a row's values, in a fixed order (null and empty told apart). */
  byte[] of(Object... values) {
    Mac m = primed();
    for (Object v : values) {
      if (v == null) {
        m.update(LENGTH_NULL);
      } else {
        byte[] b = v.toString().getBytes(StandardCharsets.UTF_8);
        m.update(
            new byte[] {
              (byte) (b.length >>> 24),
              (byte) (b.length >>> 16),
              (byte) (b.length >>> 8),
              (byte) b.length
            });
        m.update(b);
      }
    }
    return Arrays.copyOf(m.doFinal(), BYTES);
  }

  private Mac primed() {
    try {
      return (Mac) primed.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("HMAC without copies", e);
    }
  }

  private static final byte[] LENGTH_NULL = {-1, -1, -1, -1};
}
