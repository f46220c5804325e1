package fr.aiguillage.statistics.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.aiguillage.events.KafkaClients;
import fr.aiguillage.statistics.definition.BodyKind;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The pseudonymised statistics topic (ADR 0023): a person's changed milestones, keyed by their
 * pseudonym (one person's records in one partition, in the order they were applied: the person's
 * row stays locked until the broker has acknowledged them and the event's transaction commits).
 */
public final class StatisticsTopic implements MilestoneSink, AutoCloseable {
  public static final String DEFAULT_TOPIC = "aiguillage.statistics.v1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String bootstrapServers;
  private final String topic;
  private final int partitions;
  private final Pseudonyms pseudonyms;
  private KafkaProducer<String, String> producer;
  private boolean topicChecked;

  public StatisticsTopic(
      String bootstrapServers, String topic, int partitions, Pseudonyms pseudonyms) {
    this.bootstrapServers = bootstrapServers;
    this.topic = topic;
    this.partitions = partitions;
    this.pseudonyms = pseudonyms;
  }

  /** Sends the milestones the change moved and waits for the broker's acknowledgements. */
  @Override
  public void send(Connection c, PersonChange change) throws SQLException {
    sendAll(c, List.of(change));
  }

  /**
   * Sends the milestones the changes moved, in their order, and waits once for the broker's
   * acknowledgements of all.
   */
  @Override
  public void sendAll(Connection c, List<PersonChange> changes) throws SQLException {
    List<MilestoneItem> items = new ArrayList<>();
    for (PersonChange change : changes) {
      items.addAll(MilestoneItems.of(change, pseudonyms, id -> bodyKind(c, id)));
    }
    if (items.isEmpty()) {
      return;
    }
    try {
      ensureTopic();
      List<Future<RecordMetadata>> acks = new ArrayList<>(items.size());
      for (MilestoneItem item : items) {
        ProducerRecord<String, String> r =
            new ProducerRecord<>(topic, item.person(), JSON.writeValueAsString(item));
        r.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        acks.add(producer().send(r));
      }
      producer().flush();
      for (Future<RecordMetadata> ack : acks) {
        ack.get(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotSent(e);
    } catch (ExecutionException | TimeoutException | JsonProcessingException e) {
      throw new NotSent(e);
    }
  }

  /** The structure's kind of body (DREES), by its kind's default category. */
  private static BodyKind bodyKind(Connection c, UUID structureId) throws SQLException {
    return Bodies.category(c, structureId).kind();
  }

  private void ensureTopic() throws InterruptedException, ExecutionException, TimeoutException {
    if (topicChecked) {
      return;
    }
    KafkaClients.createTopic(bootstrapServers, topic, partitions);
    topicChecked = true;
  }

  private KafkaProducer<String, String> producer() {
    if (producer == null) {
      producer =
          KafkaClients.producer(
              bootstrapServers, "aiguillage-statistics-topic", 0, new StringSerializer());
    }
    return producer;
  }

  @Override
  public void close() {
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
      producer = null;
    }
  }

  /**
   * The broker did not acknowledge: the event's transaction rolls back, its batch is read again.
   */
  public static final class NotSent extends RuntimeException {
    NotSent(Exception cause) {
      super("Statistics topic: milestones not acknowledged by the broker", cause);
    }
  }
}
