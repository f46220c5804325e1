package fr.aiguillage.statistics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.testing.TestKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statistics' consumer against a real Kafka broker and a real PostgreSQL: the hand-made cohort
 * of {@link ProjectorTest} sent over three partitions (keyed by aggregate, as the relay does), some
 * of it twice and with a record that is no event, read while it arrives; then everything deleted
 * and read again from the topic's start by a new group: the same cells.
 */
class ProjectionBatchTest {
  static final String TOPIC = "aiguillage.lifecycle.v1";
  static KafkaClusterTestKit kafka;

  @BeforeAll
  static void start() throws Exception {
    ProjectorTest.migrate();
    kafka = TestKafka.start(3);
  }

  @AfterAll
  static void stop() throws Exception {
    kafka.close();
    ProjectorTest.stop();
  }

  @Test
  void eventsReadWhileTheyArriveGiveTheCellsARebuildFromTheStartGivesAgain() throws Exception {
    new ProjectorTest().empty();
    List<String> events = ProjectorTest.cohort();
    ProjectionBatch batch = new ProjectionBatch(ProjectorTest.db.ownerDataSource());
    try (KafkaProducer<String, String> producer =
            new KafkaProducer<>(
                // no idempotent producer: the test kit's single broker under a loaded machine once
                // answered OutOfOrderSequenceException; the events are deduplicated anyway
                Map.of(
                    "bootstrap.servers", kafka.bootstrapServers(),
                    "enable.idempotence", "false",
                    "acks", "all"),
                new StringSerializer(),
                new StringSerializer());
        KafkaConsumer<String, String> live = consumer("aiguillage-statistics")) {
      int half = events.size() / 2;
      send(producer, events.subList(0, half));
      drainToEnd(batch, live);
      // the rest, the first half again (at-least-once delivery) and a record that is no event
      send(producer, events.subList(half, events.size()));
      send(producer, events.subList(0, half));
      producer.send(new ProducerRecord<>(TOPIC, "x", "pas un événement")).get();
      drainToEnd(batch, live);
    }
    assertThat(ProjectorTest.cells("08")).containsExactlyElementsOf(ProjectorTest.EXPECTED);
    List<String> incremental = ProjectorTest.allCells("08");

    new ProjectorTest().empty();
    try (KafkaConsumer<String, String> rebuild = consumer("aiguillage-statistics-rebuild")) {
      drainToEnd(batch, rebuild);
    }
    assertThat(ProjectorTest.allCells("08")).as("rebuilt from the start").isEqualTo(incremental);
  }

  /** Sends lifecycle events keyed by aggregate, as the relay does, and waits for their acks. */
  static void send(KafkaProducer<String, String> producer, List<String> events) throws Exception {
    List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
    for (String e : events) {
      LifecycleFact f = LifecycleFact.parse(e).orElseThrow();
      String key =
          f.text("orientationId") != null ? f.text("orientationId") : f.text("beneficiaryId");
      acks.add(producer.send(new ProducerRecord<>(TOPIC, key, e)));
    }
    for (var a : acks) {
      a.get();
    }
  }

  private static KafkaConsumer<String, String> consumer(String group) {
    return consumer(kafka.bootstrapServers(), group);
  }

  /** A consumer of the lifecycle topic in {@code group}, as the statistics' consumer reads it. */
  static KafkaConsumer<String, String> consumer(String bootstrapServers, String group) {
    KafkaConsumer<String, String> c =
        new KafkaConsumer<>(LifecycleConsumer.properties(bootstrapServers, group));
    c.subscribe(List.of(TOPIC));
    return c;
  }

  /** Reads until the group has committed every partition's end, or fails after a minute. */
  static void drainToEnd(ProjectionBatch batch, KafkaConsumer<String, String> c) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (System.nanoTime() < deadline) {
      batch.drain(c, Duration.ofMillis(200));
      if (!c.assignment().isEmpty() && atEnd(c)) {
        return;
      }
    }
    throw new AssertionError("the consumer did not reach the end of the topic");
  }

  static boolean atEnd(KafkaConsumer<String, String> c) {
    Map<TopicPartition, Long> ends = c.endOffsets(c.assignment());
    var committed = c.committed(c.assignment());
    return ends.entrySet().stream()
        .allMatch(
            e ->
                e.getValue() == 0
                    || (committed.get(e.getKey()) != null
                        && committed.get(e.getKey()).offset() >= e.getValue()));
  }
}
