package fr.aiguillage.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to an aggregate. {@code type} is the CloudEvents type (e.g.
 * "beneficiary.created"); {@code payload} is a versioned record serialised as JSON.
 */
public record DomainEvent(
    UUID id,
    String type,
    String aggregateType,
    String aggregateId,
    String tenant,
    Instant occurredAt,
    Object payload) {

  public static DomainEvent of(
      String type,
      String aggregateType,
      Object aggregateId,
      String tenant,
      Instant at,
      Object payload) {
    return new DomainEvent(
        UUID.randomUUID(), type, aggregateType, aggregateId.toString(), tenant, at, payload);
  }
}
