package fr.aiguillage.tenancy;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The platform's timers: a task run every interval on the container's scheduler, started with the
 * application; a run that fails is logged and the next one comes anyway.
 */
public final class Periodic {
  private Periodic() {}

  public static ScheduledFuture<?> every(
      ManagedScheduledExecutorService scheduler, long seconds, Runnable run, Logger log) {
    return scheduler.scheduleWithFixedDelay(
        () -> {
          try {
            run.run();
          } catch (RuntimeException e) {
            log.log(Level.WARNING, "Will try again at the next run", e);
          }
        },
        seconds,
        seconds,
        TimeUnit.SECONDS);
  }
}
