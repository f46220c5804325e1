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
  }
}
