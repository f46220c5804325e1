package fr.aiguillage.partner.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The partner inbox's pages as sent, for a moment (2 seconds by default, {@code
 * aiguillage.partner.inbox-cache-seconds}, 0 to turn off), keyed by the organisation of the
 * verified token and the query: partner systems poll their inbox, and answers and new referrals
 * come days apart, not seconds. A write through the partner API empties its organisation's pages on
 * this server at once ({@link InboxCacheInvalidation}); another server's, or a département's, shows
 * within the delay. The portal reads the service directly, never this cache (ADR 0010).
 */
@ApplicationScoped
public class InboxCache {
  record Key(String org, String status, UUID structureId, int page, int size) {}

  @Inject
  @ConfigProperty(name = "aiguillage.partner.inbox-cache-seconds", defaultValue = "2")
  int seconds;

  private Cache<Key, String> pages;

  @PostConstruct
  void start() {
    pages =
        seconds <= 0
            ? null
            : Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofSeconds(seconds))
                .maximumSize(10_000)
                .build();
  }

  /** The page in the cache, else made once (other requests for it wait) and kept. */
  String page(Key key, Supplier<String> make) {
    return pages == null ? make.get() : pages.get(key, k -> make.get());
  }

  /** Forgets every page of the organisation. */
  void forget(String org) {
    if (pages != null) {
      pages.asMap().keySet().removeIf(k -> k.org().equals(org));
    }
  }
}
