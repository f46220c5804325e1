package fr.aiguillage.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole application, in French time: tests replace it with a fixed one. */
@ApplicationScoped
public class ClockProducer {
  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(PARIS);
  }
}
