package fr.aiguillage.stack;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A single-node KRaft Kafka broker (combined controller and broker) in this JVM, on a port of its
 * choosing.
 */
public final class EmbeddedKafka implements AutoCloseable {
  private final KafkaClusterTestKit cluster;

  private EmbeddedKafka(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /**
   * The demo's cluster id: fixed, so that its log directories can be reused from one start to the
   * next.
   */
  static final String DEMO_CLUSTER_ID = "QWlndWlsbGFnZURlbW8AAQ";

  /** A broker whose data is thrown away at the end (tests). */
  public static EmbeddedKafka start() throws Exception {
    return start(null);
  }

  /**
   * A broker that keeps its topics in {@code dataDir} when given (the demo), else in a temporary
   * directory.
   */
  public static EmbeddedKafka start(java.nio.file.Path dataDir) throws Exception {
    TestKitNodes.Builder nodes =
        new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1);
    boolean formatted = false;
    if (dataDir != null) {
      java.nio.file.Files.createDirectories(dataDir);
      nodes.setBaseDirectory(dataDir).setClusterId(DEMO_CLUSTER_ID);
      try (var files = java.nio.file.Files.walk(dataDir)) {
        formatted = files.anyMatch(f -> f.getFileName().toString().equals("meta.properties"));
      }
    }
    KafkaClusterTestKit cluster =
        new KafkaClusterTestKit.Builder(nodes.build())
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("offsets.topic.num.partitions", "1")
            .setConfigProp("transaction.state.log.replication.factor", "1")
            .setConfigProp("transaction.state.log.min.isr", "1")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .setDeleteOnClose(dataDir == null)
            .build();
    if (!formatted) {
      cluster.format();
    }
    cluster.startup();
    cluster.waitForReadyBrokers();
    return new EmbeddedKafka(cluster);
  }

  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
