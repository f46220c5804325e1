package fr.aiguillage.intake;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What a reader makes of a file, made in a thread of its own while the caller's thread uses what it
 * made before (two cores: the next rows read and fingerprinted while the last are looked up and
 * sent, {@link UnchangedRows}): {@link #next} gives the pieces in order, then a failure of the
 * reading where it happened. Memory holds at most {@code ahead} pieces waiting, the one being made
 * and the one being used, whatever the file's size. The reader must not share its state with the
 * caller's thread.
 */
final class ReadAhead<T> implements AutoCloseable {
  private static final Object END = new Object();
  private final BlockingQueue<Object> ready;
  private final Thread thread;
  private volatile boolean stopped;
  private boolean done;

  /** The reading was stopped: nobody takes what it makes any more. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  /**
   * Starts {@code reader} in a thread of {@code threads}; it hands each piece to the consumer it is
   * given, which waits while {@code ahead} pieces wait already.
   */
  ReadAhead(ThreadFactory threads, int ahead, Consumer<Consumer<T>> reader) {
    ready = new ArrayBlockingQueue<>(ahead);
    thread =
        threads.newThread(
            () -> {
              Object last = END;
              try {
                reader.accept(this::hand);
              } catch (RuntimeException | Error e) {
                last = e;
              }
              try {
                if (!(last instanceof Stopped)) {
                  hand(last);
                }
              } catch (Stopped e) {
                // the caller stopped: nobody waits for the rest
              }
            });
    thread.start();
  }

  private void hand(Object o) {
    try {
      while (!ready.offer(o, 100, TimeUnit.MILLISECONDS)) {
        if (stopped) {
          throw new Stopped();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }

  /**
   * The next piece; null once the reader is done (and after). A failure of the reader is thrown
   * here, after the pieces made before it.
   */
  @SuppressWarnings("unchecked")
  T next() {
    if (done) {
      return null;
    }
    Object o;
    try {
      o = ready.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import interrupted", e);
    }
    if (o instanceof RuntimeException e) {
      throw e;
    }
    if (o instanceof Error e) {
      throw e;
    }
    done = o == END;
    return done ? null : (T) o;
  }

  /** Stops the reader if it is not done, and waits for its thread. */
  @Override
  public void close() {
    stopped = true;
    ready.clear();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
