package fr.aiguillage.intake;

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
   * A row's fingerprint; {@code group} is what is skipped whole or not at all: the row of a list,
   * the household of a flow.
   */
  record Print(int row, int group, byte[] fingerprint) {}

  private final Mac mac;
  private final byte[] context;

  /**
   * @param context how the rows are read: the kind of source and its mapping
   */
  RowPrints(Mac mac, String context) {
    this.mac = mac;
    this.context = (RULES + "\u001e" + context).getBytes(StandardCharsets.UTF_8);
  }

  /** The fingerprint of a row's values, in a fixed order (null and empty told apart). */
  byte[] of(Object... values) {
    mac.reset();
    mac.update(context);
    for (Object v : values) {
      if (v == null) {
        mac.update(LENGTH_NULL);
      } else {
        byte[] b = v.toString().getBytes(StandardCharsets.UTF_8);
        mac.update(
            new byte[] {
              (byte) (b.length >>> 24),
              (byte) (b.length >>> 16),
              (byte) (b.length >>> 8),
              (byte) b.length
            });
        mac.update(b);
      }
    }
    return Arrays.copyOf(mac.doFinal(), BYTES);
  }

  private static final byte[] LENGTH_NULL = {-1, -1, -1, -1};
}
