package fr.aiguillage.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Writes events to the outbox table in the current transaction. */
@ApplicationScoped
public class OutboxEventPublisher implements EventPublisher {
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void publish(DomainEvent event) {
    em.persist(new OutboxEvent(event, JSON.toJson(event.payload())));
    // EclipseLink does not keep the order in which new rows of one class were persisted when it
    // writes them at commit: writing each event now gives it its place in the outbox sequence,
    // so events of one transaction leave in the order they happened.
    em.flush();
  }
}
