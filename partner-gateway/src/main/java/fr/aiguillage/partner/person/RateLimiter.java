package fr.aiguillage.partner.person;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * At most {@code limit} requests per key and window (fixed windows), per server. Enough to slow
 * down guessing of personal links; a cluster multiplies the budget by its number of replicas.
 */
final class RateLimiter {
  private record Window(long start, int count) {}

  private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
  private final int limit;
  private final long windowMillis;
  private final Clock clock;

  RateLimiter(int limit, long windowMillis, Clock clock) {
    this.limit = limit;
    this.windowMillis = windowMillis;
    this.clock = clock;
  }

  /** Counts one request for {@code key}; false when the key is over its budget for this window. */
  boolean allow(String key) {
    long now = clock.millis();
    Window w =
        windows.compute(
            key,
            (k, old) ->
                old == null || now - old.start() >= windowMillis
                    ? new Window(now, 1)
                    : new Window(old.start(), old.count() + 1));
    if (windows.size() > 100_000) {
      windows.entrySet().removeIf(e -> now - e.getValue().start() >= windowMillis);
    }
    return w.count() <= limit;
  }
}
