package fr.aiguillage.webhook;

import fr.aiguillage.tenancy.Periodic;
import fr.aiguillage.tenancy.TenantSweep;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posts the partner organisations' webhook deliveries, every interval, each organisation in turn
 * under its own policy, holding no database transaction while a receiver answers. Every replica
 * runs it; deliveries are locked with {@code FOR UPDATE SKIP LOCKED}, so none is posted twice at
 * once (a receiver still deduplicates on {@code webhook-id}: delivery is at least once).
 */
@ApplicationScoped
public class WebhookDispatcher {
  static final String SYSTEM = "envoi des webhooks";
  static final int BATCH = 100;
  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject TenantSweep sweep;
  @Inject PartnerWebhooks webhooks;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "aiguillage.webhook.interval-s", defaultValue = "10")
  long intervalSeconds;

  private ScheduledFuture<?> task;

  void start(@Observes @Priority(300) @Initialized(ApplicationScoped.class) Object ignored) {
    task = Periodic.every(scheduler, intervalSeconds, () -> runAll(clock.instant()), LOG);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  /** Posts every organisation's due deliveries as of {@code now}; returns how many were tried. */
  public int runAll(Instant now) {
    return sweep.inEachPartner(SYSTEM, BATCH, () -> deliverDue(now, BATCH));
  }

  /**
   * The current organisation's due deliveries, oldest first, one at a time: claimed in a short
   * transaction, posted outside any, recorded in another. The first failure ends the run (the
   * endpoint is likely down): the rest wait, in order, for the next one.
   */
  private int deliverDue(Instant now, int max) {
    int tried = 0;
    while (tried < max) {
      var claimed = webhooks.claimNext(now);
      if (claimed.isEmpty()) {
        break;
      }
      tried++;
      PartnerWebhooks.Outcome outcome = WebhookPost.send(claimed.get(), now);
      if (!webhooks.record(claimed.get(), outcome, now)) {
        break;
      }
    }
    return tried;
  }
}
