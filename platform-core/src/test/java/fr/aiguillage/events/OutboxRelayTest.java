package fr.aiguillage.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguillage.testing.EmbeddedDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relay against a real PostgreSQL and a real Kafka broker: nothing is lost while Kafka is away.
 */
class OutboxRelayTest {
  static EmbeddedDatabase db;

  @BeforeAll
  static void database() throws Exception {
    db = EmbeddedDatabase.start(Files.createTempDirectory("outbox"), 0, false);
    db.migrate();
    try (Connection c = db.ownerDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO tenant (code, name) VALUES ('08', 'Ardennes')");
      for (int i = 1; i <= 3; i++) {
        s.execute(
            "INSERT INTO outbox_event (event_id, tenant_id, aggregate_type, aggregate_id, type, occurred_at, payload)"
                + " VALUES (gen_random_uuid(), '08', 'beneficiary', 'person-"
                + (i % 2)
                + "', 'beneficiary.updated', now(), '{\"n\":"
                + i
                + "}')");
      }
    }
  }

  @AfterAll
  static void stop() throws Exception {
    db.close();
  }

  @Test
  void eventsWaitWhileKafkaIsDownThenLeaveInOrderOnce() throws Exception {
    OutboxRelay down = relay("127.0.0.1:1");
    assertThatThrownBy(down::drainOnce).isInstanceOf(Exception.class);
    assertThat(pending()).as("nothing lost while Kafka is unreachable").isEqualTo(3);

    try (KafkaClusterTestKit kafka =
        new KafkaClusterTestKit.Builder(
                new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .build()) {
      kafka.format();
      kafka.startup();
      kafka.waitForReadyBrokers();
      OutboxRelay up = relay(kafka.bootstrapServers());
      assertThat(up.drainOnce()).isEqualTo(3);
      assertThat(pending()).isZero();
      assertThat(up.drainOnce()).as("published once").isZero();

      List<ConsumerRecord<String, String>> records = consume(kafka.bootstrapServers(), 3);
      assertThat(records).extracting(ConsumerRecord::key).containsOnly("person-0", "person-1");
      assertThat(
              records.stream()
                  .filter(r -> r.key().equals("person-1"))
                  .map(ConsumerRecord::value)
                  .toList())
          .as("one aggregate's events keep their order")
          .satisfiesExactly(
              first -> assertThat(first).contains("\"n\":1"),
              second -> assertThat(second).contains("\"n\":3"));
      assertThat(records.get(0).value())
          .contains(
              "\"specversion\":\"1.0\"",
              "\"type\":\"fr.aiguillage.beneficiary.updated\"",
              "\"tenant\":\"08\"");
    }
  }

  private static OutboxRelay relay(String bootstrap) {
    KafkaEventSink sink = new KafkaEventSink();
    sink.bootstrapServers = bootstrap;
    sink.topic = "aiguillage.lifecycle.v1";
    sink.partitions = 3;
    OutboxRelay relay = new OutboxRelay();
    relay.dataSource = db.ownerDataSource();
    relay.sink = sink;
    relay.batchSize = 100;
    return relay;
  }

  private static long pending() throws Exception {
    try (Connection c = db.ownerDataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<ConsumerRecord<String, String>> consume(String bootstrap, int expected) {
    List<ConsumerRecord<String, String>> out = new ArrayList<>();
    Map<String, Object> cfg =
        Map.of(
            "bootstrap.servers",
            bootstrap,
            "group.id",
            "relay-test",
            "auto.offset.reset",
            "earliest");
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(cfg, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of("aiguillage.lifecycle.v1"));
      long deadline = System.currentTimeMillis() + 30_000;
      while (out.size() < expected && System.currentTimeMillis() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(out::add);
      }
    }
    return out;
  }
}
