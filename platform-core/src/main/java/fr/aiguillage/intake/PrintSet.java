package fr.aiguillage.intake;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The département's fingerprints in memory for one run's first reading (ADR 0021, decisions 15 and
 * 16): a set of 16-byte values, open addressing on two {@code long}s a value and the row that
 * claimed it (40 to 80 bytes a person followed, whatever the file's size), each value claimable
 * once; a number may be kept with each (a flow's household kept with its report: decision 18).
 * Values are all added before the first is looked up: they wait in the order given, and the table
 * is built once, at its size, when the first is looked up ({@link #seal}: neither grown nor filled
 * again as they come). The thread that loads it seals it before handing it over; two threads may
 * then claim distinct values.
 */
final class PrintSet {
  private static final int MIN_SLOTS = 1024;

  // the values added, two longs each, and their numbers, until the table is built
  private long[] added = new long[2 * MIN_SLOTS];
  private int[] addedNumbers;
  private int count;

  // a slot is free when both halves are 0; the value 0 itself is kept apart (an HMAC's 128 bits
  // are never all zero in practice, but a set does not guess)
  private long[] slots;
  // the row that claimed each slot, plus one (0: not claimed)
  private int[] claimed;
  // a value kept with each slot, for a set built with them ({@link #add(byte[], int)}); else null
  private int[] values;
  private int size;
  private boolean hasZero;
  private int zeroClaimed;
  private int zeroValue;

  int size() {
    seal();
    return size + (hasZero ? 1 : 0);
  }

  /** Adds a value; all are added before the first is looked up. */
  void add(byte[] print) {
    add(print, 0);
  }

  /**
   * Adds a value with a number kept with it ({@link #get}; the first kept if added twice); all are
   * added before the first is looked up.
   */
  void add(byte[] print, int number) {
    if (added == null) {
      throw new IllegalStateException("a value added after the first was looked up");
    }
    ByteBuffer b = check(print);
    if (2 * count == added.length) {
      added = Arrays.copyOf(added, 2 * added.length);
      addedNumbers = addedNumbers == null ? null : Arrays.copyOf(addedNumbers, count * 2);
    }
    if (number != 0 && addedNumbers == null) {
      addedNumbers = new int[added.length / 2];
    }
    added[2 * count] = b.getLong(0);
    added[2 * count + 1] = b.getLong(8);
    if (addedNumbers != null) {
      addedNumbers[count] = number;
    }
    count++;
  }

  /**
   * Builds the table from the values added, at most half full, once; every look-up asks for it, and
   * the loading thread before another thread may look up.
   */
  void seal() {
    if (added == null) {
      return;
    }
    int capacity = MIN_SLOTS;
    while (capacity < 2L * count) {
      capacity *= 2;
    }
    slots = new long[2 * capacity];
    claimed = new int[capacity];
    values = addedNumbers == null ? null : new int[capacity];
    for (int k = 0; k < count; k++) {
      long hi = added[2 * k];
      long lo = added[2 * k + 1];
      int number = addedNumbers == null ? 0 : addedNumbers[k];
      if (hi == 0 && lo == 0) {
        zeroValue = hasZero ? zeroValue : number;
        hasZero = true;
        continue;
      }
      int i = put(slots, hi, lo);
      if (i >= 0) {
        size++;
        if (values != null) {
          values[i] = number;
        }
      }
    }
    added = null;
    addedNumbers = null;
  }

  /** The number kept with a value ({@link #add(byte[], int)}); -1 if it is not in the set. */
  int get(byte[] print) {
    int i = slot(print);
    if (i == NONE) {
      return -1;
    }
    if (i == ZERO) {
      return zeroValue;
    }
    return values == null ? 0 : values[i];
  }

  /**
   * True the first time a value of the set is claimed, by the row given; false for a value not in
   * the set, or claimed already (a second row with the same fingerprint).
   */
  boolean claim(byte[] print, int row) {
    int i = slot(print);
    if (i == NONE) {
      return false;
    }
    if (i == ZERO) {
      boolean first = zeroClaimed == 0;
      zeroClaimed = first ? row + 1 : zeroClaimed;
      return first;
    }
    if (claimed[i] != 0) {
      return false;
    }
    claimed[i] = row + 1;
    return true;
  }

  /** Whether a value is in the set and not claimed yet. */
  boolean unclaimed(byte[] print) {
    int i = slot(print);
    return i == ZERO ? zeroClaimed == 0 : i != NONE && claimed[i] == 0;
  }

  /** The row that claimed a value; -1 if none did (or the value is not in the set). */
  int claimedBy(byte[] print) {
    int i = slot(print);
    return i == NONE ? -1 : (i == ZERO ? zeroClaimed : claimed[i]) - 1;
  }

  private static final int NONE = -1;
  private static final int ZERO = -2;

  /** The slot of a value: {@link #NONE} if it is not in the set, {@link #ZERO} for 0. */
  private int slot(byte[] print) {
    ByteBuffer b = check(print);
    seal();
    long hi = b.getLong(0);
    long lo = b.getLong(8);
    if (hi == 0 && lo == 0) {
      return hasZero ? ZERO : NONE;
    }
    long[] s = slots;
    int mask = s.length / 2 - 1;
    for (int i = index(hi, lo, mask); ; i = (i + 1) & mask) {
      long h = s[2 * i];
      long l = s[2 * i + 1];
      if (h == 0 && l == 0) {
        return NONE;
      }
      if (h == hi && l == lo) {
        return i;
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

  /** Puts a value: its slot, or -1 if it was there. */
  private static int put(long[] slots, long hi, long lo) {
    int mask = slots.length / 2 - 1;
    for (int i = index(hi, lo, mask); ; i = (i + 1) & mask) {
      long h = slots[2 * i];
      long l = slots[2 * i + 1];
      if (h == 0 && l == 0) {
        slots[2 * i] = hi;
        slots[2 * i + 1] = lo;
        return i;
      }
      if (h == hi && l == lo) {
        return -1;
      }
    }
  }
}
