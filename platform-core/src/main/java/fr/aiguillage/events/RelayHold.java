package fr.aiguillage.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An import asks this process's outbox relay to wait while it writes: on a small machine the relay
 * (publishing, marking each event sent) and the consumers it wakes share the cores with the
 * import's statements. The events wait in the outbox, in order, and leave as soon as the last
 * import ends — or once a hold has lasted {@code aiguillage.outbox.hold-max-ms}, so that imports
 * one after the other never keep them back for long. A relay of another replica is not held.
 */
@ApplicationScoped
public class RelayHold {
  private final AtomicInteger holders = new AtomicInteger();
  private final AtomicLong since = new AtomicLong();

  /** Holds the relay until the returned hold is closed. */
  public Hold hold() {
    if (holders.getAndIncrement() == 0) {
      since.set(System.nanoTime());
    }
    AtomicBoolean open = new AtomicBoolean(true);
    return () -> {
      if (open.getAndSet(false)) {
        holders.decrementAndGet();
      }
    };
  }

  /** Whether the relay should wait: an import writes, and has not held it longer than the limit. */
  public boolean holds(long maxMillis) {
    return holders.get() > 0 && System.nanoTime() - since.get() < maxMillis * 1_000_000L;
  }

  /** A hold, released once by {@link #close()}. */
  public interface Hold extends AutoCloseable {
    @Override
    void close();
  }
}
