package fr.aiguillage.orientation;

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
 * Referral reminders and expiries. Every replica runs this timer; each due referral is locked with
 * {@code FOR UPDATE SKIP LOCKED} inside its tenant's transaction, so two replicas never handle the
 * same one, and a referral already handled is no longer due.
 */
@ApplicationScoped
public class ReferralTimers {
  static final String SYSTEM = "minuteur";
  static final int BATCH = 200;
  private static final Logger LOG = Logger.getLogger(ReferralTimers.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject TenantSweep sweep;
  @Inject Referrals referrals;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "aiguillage.referral.timer-interval-s", defaultValue = "60")
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

  /**
   * Handles every tenant's due referrals as of {@code now}, each tenant in its own transaction
   * acting as the platform's timer; returns how many referrals were handled.
   */
  public int runAll(Instant now) {
    return sweep.inEachTenant(SYSTEM, BATCH, () -> referrals.runDueReferrals(now, BATCH));
  }
}
