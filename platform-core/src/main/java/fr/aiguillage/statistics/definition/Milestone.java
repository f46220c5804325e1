package fr.aiguillage.statistics.definition;

import java.util.List;
import java.util.Objects;

/**
 * A dated moment an indicator reads from the lifecycle topic: the first of {@code events} that
 * matches {@code rule}, dated by its data field {@code field} (a date, or an instant taken as its
 * day in Europe/Paris). {@code rule} says it for the projection (English); {@code label} says it
 * for the reader (French, a noun phrase that follows « du » or « au »: "la date de demande du
 * RSA").
 *
 * @param mayBeUnknown whether the date can be missing although the person is in the population (a
 *     claim date a list did not give): such a person is left out of the delay and counted in the
 *     indicator's « date de début inconnue » figure, never given a made-up date
 */
public record Milestone(
    List<LifecycleEvent> events, String field, String rule, String label, boolean mayBeUnknown) {

  public Milestone {
    events = List.copyOf(events);
    Objects.requireNonNull(field);
    Objects.requireNonNull(rule);
    Objects.requireNonNull(label);
    if (events.isEmpty()) {
      throw new IllegalArgumentException("A milestone names at least one event");
    }
  }

  static Milestone of(LifecycleEvent event, String field, String rule, String label) {
    return new Milestone(List.of(event), field, rule, label, false);
  }
}
