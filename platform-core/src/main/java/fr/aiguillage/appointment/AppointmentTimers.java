package fr.aiguillage.appointment;

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
 * The reminder the day before a first appointment. Every replica runs it; each appointment is
 * locked with {@code FOR UPDATE SKIP LOCKED} and marked, so a person is reminded once.
 */
@ApplicationScoped
public class AppointmentTimers {
  static final String SYSTEM = "rappels de rendez-vous";
  static final int BATCH = 200;
  private static final Logger LOG = Logger.getLogger(AppointmentTimers.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject TenantSweep sweep;
  @Inject Appointments appointments;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "aiguillage.appointment.timer-interval-s", defaultValue = "300")
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

  /** Reminds, in every tenant, the people whose appointment is the day after {@code now}. */
  public int runAll(Instant now) {
    return sweep.inEachTenant(SYSTEM, BATCH, () -> appointments.runDueReminders(now, BATCH));
  }
}
