package fr.aiguillage.events;

import java.util.List;

/**
 * Where the relay sends events (Kafka in every deployment; a port so that the relay is testable).
 */
public interface EventSink {
  /** Sends all records, in order, and returns only once the broker has acknowledged each one. */
  void sendAll(List<OutboxRecord> records) throws Exception;
}
