package fr.aiguillage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrintSetTest {
  private static byte[] print(long hi, long lo) {
    return ByteBuffer.allocate(16).putLong(hi).putLong(lo).array();
  }

  @Test
  void eachValueIsClaimedOnceAndOnlyValuesOfTheSet() {
    Random r = new Random(15);
    PrintSet set = new PrintSet();
    Set<ByteBuffer> added = new HashSet<>();
    for (int i = 0; i < 50_000; i++) {
      byte[] p = print(r.nextLong(), r.nextLong());
      set.add(p);
      added.add(ByteBuffer.wrap(p));
    }
    // the same values again, and values that differ in one half only: a set, not a list
    set.add(added.iterator().next().array());
    assertThat(set.size()).isEqualTo(added.size());
    for (ByteBuffer b : added) {
      assertThat(set.claim(b.array(), 1)).isTrue();
      assertThat(set.claim(b.array(), 1)).as("claimed already").isFalse();
      b.rewind();
      assertThat(set.claim(print(b.getLong(0), b.getLong(8) + 1), 1)).isFalse();
      assertThat(set.claim(print(b.getLong(0) + 1, b.getLong(8)), 1)).isFalse();
    }
  }

  @Test
  void aValueKnowsTheRowThatClaimedIt() {
    PrintSet set = new PrintSet();
    set.add(print(1, 2));
    set.add(print(0, 0));
    assertThat(set.unclaimed(print(1, 2))).isTrue();
    assertThat(set.unclaimed(print(5, 6))).as("not in the set").isFalse();
    assertThat(set.claimedBy(print(1, 2))).isEqualTo(-1);
    assertThat(set.claim(print(1, 2), 7)).isTrue();
    assertThat(set.claim(print(0, 0), 0)).isTrue();
    assertThat(set.unclaimed(print(1, 2))).isFalse();
    assertThat(set.claimedBy(print(1, 2))).isEqualTo(7);
    assertThat(set.claimedBy(print(0, 0))).isEqualTo(0);
    assertThat(set.claimedBy(print(5, 6))).isEqualTo(-1);
  }

  @Test
  void zeroIsAValueLikeAnother() {
    PrintSet set = new PrintSet();
    assertThat(set.claim(print(0, 0), 1)).isFalse();
    PrintSet withZero = new PrintSet();
    withZero.add(print(0, 0));
    assertThat(withZero.size()).isEqualTo(1);
    assertThat(withZero.claim(print(0, 0), 1)).isTrue();
    assertThat(withZero.claim(print(0, 0), 1)).isFalse();
  }

  @Test
  void onlySixteenBytesAndNoValueAddedOnceClaiming() {
    PrintSet set = new PrintSet();
    assertThatThrownBy(() -> set.add(new byte[15])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> set.claim(null, 1)).isInstanceOf(IllegalArgumentException.class);
    set.add(print(1, 2));
    set.claim(print(1, 2), 1);
    assertThatThrownBy(() -> set.add(print(3, 4))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aNumberKeptWithEachValueTheFirstIfAddedTwice() {
    Random r = new Random(18);
    PrintSet set = new PrintSet();
    java.util.Map<Long, Integer> kept = new java.util.HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      long hi = r.nextLong();
      set.add(print(hi, i), i % 7 + 1);
      kept.put(hi, i % 7 + 1);
    }
    set.add(print(0, 0), 9);
    // a value added again keeps its first number
    set.add(print(new Random(18).nextLong(), 0), 8);
    set.add(print(0, 0), 8);
    assertThat(set.size()).isEqualTo(20_001);
    Random again = new Random(18);
    for (int i = 0; i < 20_000; i++) {
      assertThat(set.get(print(again.nextLong(), i))).isEqualTo(i % 7 + 1);
    }
    assertThat(set.get(print(0, 0))).isEqualTo(9);
    assertThat(set.get(print(1, -1))).as("not in the set").isEqualTo(-1);
    assertThat(kept).hasSize(20_000);
  }
}
