package fr.aiguillage.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.UUID;

/** Writes events to the outbox table in the current transaction. */
@ApplicationScoped
public class OutboxEventPublisher implements EventPublisher {
  private static final Jsonb JSON = JsonbBuilder.create();
  private static final JsonFormat FORMAT = new JsonFormat();

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
    if (event.payload() instanceof ForPartner p && p.partnerOrganisation() != null) {
      em.createNativeQuery(
              "INSERT INTO partner_delivery (id, partner_org_id, event_id, event_type,"
                  + " aggregate_id, body, status, next_attempt_at, created_at)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', ?7, ?7)")
          .setParameter(1, UUID.randomUUID())
          .setParameter(2, p.partnerOrganisation())
          .setParameter(3, event.id())
          .setParameter(4, KafkaEventSink.TYPE_PREFIX + event.type())
          .setParameter(5, event.aggregateId())
          .setParameter(6, new String(FORMAT.serialize(cloudEvent(event)), StandardCharsets.UTF_8))
          .setParameter(7, Timestamp.from(event.occurredAt()))
          .executeUpdate();
    }
  }

  private static CloudEvent cloudEvent(DomainEvent e) {
    return KafkaEventSink.toCloudEvent(
        new OutboxRecord(
            0,
            e.id(),
            e.tenant(),
            e.aggregateType(),
            e.aggregateId(),
            e.type(),
            e.occurredAt(),
            JSON.toJson(e.payload())));
  }
}
