package fr.aiguillage.bench;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until the demo is idle: no event left in the outbox, and every consumer group of the broker
 * (if given: the demo picks its port at start) at the end of its partitions (a benchmark's round
 * then measures itself, not the tail of the last).
 */
final class Quiet {
  private Quiet() {}

  static void idle(String jdbc, String kafka) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc, "aiguillage_owner", "owner");
        Statement s = c.createStatement()) {
      await()
          .atMost(Duration.ofMinutes(30))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> pending(s) == 0);
    }
    if (kafka == null) {
      System.out.println("No broker given (-Dimport.kafka): the consumers are not waited for");
      return;
    }
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    try (Admin admin = Admin.create(p)) {
      await()
          .atMost(Duration.ofMinutes(30))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> lag(admin) == 0);
    }
  }

  private static long pending(Statement s) throws Exception {
    try (ResultSet rs =
        s.executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The messages not yet read by the consumer groups, all groups and partitions summed. */
  private static long lag(Admin admin) throws Exception {
    long lag = 0;
    for (ConsumerGroupListing g : admin.listConsumerGroups().all().get()) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(g.groupId()).partitionsToOffsetAndMetadata().get();
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
          admin.listOffsets(latest).all().get();
      for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
        if (e.getValue() != null) {
          lag += ends.get(e.getKey()).offset() - e.getValue().offset();
        }
      }
    }
    return lag;
  }
}
