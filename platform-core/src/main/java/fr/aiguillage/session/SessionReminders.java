package fr.aiguillage.session;

import fr.aiguillage.notification.SessionNotice;
import fr.aiguillage.tenancy.Periodic;
import fr.aiguillage.tenancy.TenantScoped;
import fr.aiguillage.tenancy.TenantSweep;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reminder two days before a collective session: every interval, in each département, the
 * planned sessions starting within {@value #HOURS_BEFORE} hours and not yet reminded; everyone
 * holding a place is told (with a fresh questionnaire link while they have questions to answer),
 * then the session is marked reminded. Sessions are taken with {@code FOR UPDATE SKIP LOCKED}: two
 * replicas never remind the same session twice.
 */
@ApplicationScoped
public class SessionReminders {
  static final String SYSTEM = "minuteur";
  static final int BATCH = 20;
  static final int HOURS_BEFORE = 48;
  private static final Logger LOG = Logger.getLogger(SessionReminders.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject TenantSweep sweep;
  @Inject Batch batch;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "aiguillage.session.timer-interval-s", defaultValue = "3600")
  long intervalSeconds;

  private ScheduledFuture<?> task;

  void start(@Observes @Priority(320) @Initialized(ApplicationScoped.class) Object ignored) {
    task = Periodic.every(scheduler, intervalSeconds, () -> runAll(clock.instant()), LOG);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  /** Reminds, in every département, the sessions due as of {@code now}; returns how many. */
  public int runAll(Instant now) {
    return sweep.inEachTenant(SYSTEM, BATCH, () -> batch.remind(now));
  }

  /** One département's batch, in its own transaction. */
  @ApplicationScoped
  @Transactional
  @TenantScoped
  public static class Batch {
    @Inject SessionRepository sessions;
    @Inject Sessions convocations;

    /**
     * Reminds one batch of sessions; a session already begun is only marked (too late to remind), a
     * session nobody is invited to yet is left for a later run (those invited then are reminded).
     */
    public int remind(Instant now) {
      List<CollectiveSession> due =
          sessions.toRemindWithPeople(now.plus(Duration.ofHours(HOURS_BEFORE)), now, BATCH);
      for (CollectiveSession s : due) {
        if (s.startsAt().isAfter(now)) {
          s.invitations().stream()
              .filter(i -> i.holdsAPlace() && !i.walkIn())
              .toList()
              .forEach(i -> convocations.convoke(s, i, SessionNotice.Type.REMINDER, null));
        }
        s.reminded(now);
      }
      sessions.flush();
      return due.size();
    }
  }
}
