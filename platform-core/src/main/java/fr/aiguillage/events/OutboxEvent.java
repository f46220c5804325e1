package fr.aiguillage.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the transactional outbox, written with the change, read by the relay. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "event_id", nullable = false)
  private UUID eventId;

  @Column(name = "tenant_id")
  private String tenantId;

  @Column(name = "aggregate_type", nullable = false)
  private String aggregateType;

  @Column(name = "aggregate_id", nullable = false)
  private String aggregateId;

  @Column(name = "type", nullable = false)
  private String type;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "payload", nullable = false)
  private String payload;

  protected OutboxEvent() {}

  OutboxEvent(DomainEvent e, String payloadJson) {
    this.eventId = e.id();
    this.tenantId = e.tenant();
    this.aggregateType = e.aggregateType();
    this.aggregateId = e.aggregateId();
    this.type = e.type();
    this.occurredAt = e.occurredAt();
    this.payload = payloadJson;
  }
}
