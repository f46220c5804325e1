package fr.aiguillage.events;

import java.time.Instant;
import java.util.UUID;

/** An outbox row as the relay reads it. */
public record OutboxRecord(
    long position,
    UUID eventId,
    String tenant,
    String aggregateType,
    String aggregateId,
    String type,
    Instant occurredAt,
    String payloadJson) {}
