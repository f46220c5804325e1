package fr.aiguillage.events;

/** The port through which application services publish domain events. */
public interface EventPublisher {
  /** Records the event in the caller's transaction: it leaves only if the transaction commits. */
  void publish(DomainEvent event);
}
