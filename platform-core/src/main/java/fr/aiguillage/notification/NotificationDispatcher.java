package fr.aiguillage.notification;

import fr.aiguillage.appointment.AppointmentNotice;
import fr.aiguillage.orientation.OrientationDecided;
import fr.aiguillage.orientation.ReferralEscalated;
import fr.aiguillage.orientation.ReferralRefused;
import fr.aiguillage.tenancy.TenantSweep;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the notices: right after the commit of a decision or an escalation, and every interval for
 * the retries (and for what another replica wrote). Every replica runs it; each notice is locked
 * with {@code FOR UPDATE SKIP LOCKED} inside its tenant's transaction, so none is sent twice by two
 * replicas at once.
 */
@ApplicationScoped
public class NotificationDispatcher {
  static final String SYSTEM = "envoi des avis";
  static final int BATCH = 50;
  private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject TenantSweep sweep;
  @Inject NotificationSender sender;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "aiguillage.notification.interval-s", defaultValue = "30")
  long intervalSeconds;

  private final AtomicBoolean kicked = new AtomicBoolean();
  private volatile long lastRun = System.nanoTime();
  private ScheduledFuture<?> task;

  /**
   * One task, started with the application, looks every second whether a commit asked for a run or
   * the interval has passed. (Scheduling from the committing request instead would carry that
   * request's CDI context into the task.)
   */
  void start(@Observes @Priority(300) @Initialized(ApplicationScoped.class) Object ignored) {
    task = scheduler.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
  }

  private void check() {
    boolean due = System.nanoTime() - lastRun >= TimeUnit.SECONDS.toNanos(intervalSeconds);
    if (kicked.getAndSet(false) || due) {
      lastRun = System.nanoTime();
      tick();
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  void afterDecision(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrientationDecided e) {
    kick();
  }

  void afterEscalation(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferralEscalated e) {
    kick();
  }

  void afterRefusal(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferralRefused e) {
    kick();
  }

  void afterAppointment(@Observes(during = TransactionPhase.AFTER_SUCCESS) AppointmentNotice e) {
    kick();
  }

  void afterSession(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionNotice e) {
    kick();
  }

  /** One run within a second, however many decisions a batch committed. */
  private void kick() {
    kicked.set(true);
  }

  private void tick() {
    try {
      runAll(clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Notices: will try again at the next tick", e);
    }
  }

  /** Sends every tenant's due notices as of {@code now}; returns how many were handled. */
  public int runAll(Instant now) {
    return sweep.inEachTenant(SYSTEM, BATCH, () -> sender.sendDue(now, BATCH));
  }
}
