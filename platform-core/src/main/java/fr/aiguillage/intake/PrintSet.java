package fr.aiguillage.intake;

import java.nio.ByteBuffer;

/**
 * The département's fingerprints in memory for one run's first reading (ADR 0021, decision 15): a
 * set of 16-byte values, open addressing on two {@code long}s a value (about 32 bytes a person
 * followed, whatever the file's size), each value claimable once.
 */
final class PrintSet {
  // a slot is free when both halves are 0; the value 0 itself is kept apart (an HMAC's 128 bits
  // are never all zero in practice, but a set does not guess)
  private long[] slots;
  private boolean[] claimed;
  private int size;
  private boolean hasZero;
  private boolean zeroClaimed;
  private boolean claiming;

  PrintSet() {
    slots = new long[2 * 1024];
    claimed = new boolean[1024];
  }

  int size() {
    return size + (hasZero ? 1 : 0);
  }

  /** Adds a value; all are added before the first is claimed. */
  void add(byte[] print) {
    if (claiming) {
      throw new IllegalStateException("a value added after the first claim");
    }
    ByteBuffer b = check(print);
    long hi = b.getLong(0);
    long lo = b.getLong(8);
    if (hi == 0 && lo == 0) {
      hasZero = true;
      return;
    }
    if ((size + 1) * 2L > claimed.length) {
      grow();
    }
    if (put(slots, hi, lo)) {
      size++;
    }
  }

  /**
   * True the first time a value of the set is claimed; false for a value not in the set, or claimed
   * already (a second row with the same fingerprint).
   */
  boolean claim(byte[] print) {
    ByteBuffer b = check(print);
    claiming = true;
    long hi = b.getLong(0);
    long lo = b.getLong(8);
    if (hi == 0 && lo == 0) {
      boolean first = hasZero && !zeroClaimed;
      zeroClaimed |= hasZero;
      return first;
    }
    int mask = claimed.length - 1;
    for (int i = index(hi, lo, mask); ; i = (i + 1) & mask) {
      long h = slots[2 * i];
      long l = slots[2 * i + 1];
      if (h == 0 && l == 0) {
        return false;
      }
      if (h == hi && l == lo) {
        if (claimed[i]) {
          return false;
        }
        claimed[i] = true;
        return true;
      }
    }
  }

  /**
   * Whether a value is in the set, claimed or not; read only, so another thread may ask while one
   * claims (the values themselves do not change once added).
   */
  boolean contains(byte[] print) {
    ByteBuffer b = check(print);
    long hi = b.getLong(0);
    long lo = b.getLong(8);
    if (hi == 0 && lo == 0) {
      return hasZero;
    }
    long[] s = slots;
    int mask = s.length / 2 - 1;
    for (int i = index(hi, lo, mask); ; i = (i + 1) & mask) {
      long h = s[2 * i];
      long l = s[2 * i + 1];
      if (h == 0 && l == 0) {
        return false;
      }
      if (h == hi && l == lo) {
        return true;
      }
    }
  }

  private static ByteBuffer check(byte[] print) {
    if (print == null || print.length != RowPrints.BYTES) {
      throw new IllegalArgumentException("a fingerprint has " + RowPrints.BYTES + " bytes");
    }
    return ByteBuffer.wrap(print);
  }

  private static int index(long hi, long lo, int mask) {
    // the values are HMAC outputs: their bits are already spread
    return (int) (hi ^ lo ^ (lo >>> 32)) & mask;
  }

  /** Puts a value not claimed yet; false if it was there. */
  private static boolean put(long[] slots, long hi, long lo) {
    int mask = slots.length / 2 - 1;
    for (int i = index(hi, lo, mask); ; i = (i + 1) & mask) {
      long h = slots[2 * i];
      long l = slots[2 * i + 1];
      if (h == 0 && l == 0) {
        slots[2 * i] = hi;
        slots[2 * i + 1] = lo;
        return true;
      }
      if (h == hi && l == lo) {
        return false;
      }
    }
  }

  /** Doubles the table (values are added before any is claimed). */
  private void grow() {
    long[] next = new long[slots.length * 2];
    for (int i = 0; i < slots.length; i += 2) {
      if (slots[i] != 0 || slots[i + 1] != 0) {
        put(next, slots[i], slots[i + 1]);
      }
    }
    slots = next;
    claimed = new boolean[next.length / 2];
  }
}
