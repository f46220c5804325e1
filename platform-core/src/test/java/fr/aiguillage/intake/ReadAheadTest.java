package fr.aiguillage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
  @Test
  void piecesComeInOrderThenTheEnd() {
    List<Integer> got = new ArrayList<>();
    try (ReadAhead<Integer> ahead =
        new ReadAhead<>(
            Thread::new,
            1,
            out -> {
              for (int i = 0; i < 1_000; i++) {
                out.accept(i);
              }
            })) {
      Integer i;
      while ((i = ahead.next()) != null) {
        got.add(i);
      }
      assertThat(ahead.next()).as("nothing after the end").isNull();
    }
    assertThat(got).hasSize(1_000).isSorted().startsWith(0, 1, 2).endsWith(999);
  }

  @Test
  void theReaderStaysAtMostSoManyPiecesAhead() {
    AtomicInteger made = new AtomicInteger();
    AtomicBoolean waiting = new AtomicBoolean();
    try (ReadAhead<Integer> ahead =
        new ReadAhead<>(
            Thread::new,
            2,
            out -> {
              for (int i = 0; i < 100; i++) {
                made.incrementAndGet();
                waiting.set(true);
                out.accept(i);
                waiting.set(false);
              }
            })) {
      // two wait, the third is held by the reader: memory does not grow with the file
      await().atMost(Duration.ofSeconds(10)).until(() -> made.get() == 3 && waiting.get());
      assertThat(ahead.next()).isZero();
      await().atMost(Duration.ofSeconds(10)).until(() -> made.get() == 4 && waiting.get());
      assertThat(made.get()).isEqualTo(4);
    }
  }

  @Test
  void aFailureComesAfterThePiecesReadBeforeIt() {
    try (ReadAhead<String> ahead =
        new ReadAhead<>(
            Thread::new,
            1,
            out -> {
              out.accept("foyer 1");
              out.accept("foyer 2");
              throw new IllegalArgumentException("foyer 3 illisible");
            })) {
      assertThat(ahead.next()).isEqualTo("foyer 1");
      assertThat(ahead.next()).isEqualTo("foyer 2");
      assertThatThrownBy(ahead::next)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("foyer 3 illisible");
    }
  }

  @Test
  void closingStopsAReaderThatWaits() {
    AtomicBoolean ended = new AtomicBoolean();
    Thread[] reader = {null};
    ReadAhead<Integer> ahead =
        new ReadAhead<>(
            r -> reader[0] = new Thread(r),
            1,
            out -> {
              try {
                for (int i = 0; ; i++) {
                  out.accept(i);
                }
              } finally {
                ended.set(true);
              }
            });
    assertThat(ahead.next()).isZero();
    // the caller stops (a chunk failed): the reader, waiting to hand its next piece, stops too
    ahead.close();
    assertThat(ended).isTrue();
    assertThat(reader[0].isAlive()).isFalse();
  }
}
