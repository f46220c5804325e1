package fr.aiguillage.statistics.projection;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The statistics' consumer of the lifecycle topic: polls, applies each event in its own transaction
 * ({@link ProjectionBatch}), then commits the offsets; a failure leaves the offsets where they
 * were, so the batch is read again (events already applied count once). Writes as the owner, the
 * tenant of each event set for its transaction (row-level security forced). With {@code
 * aiguillage.statistics.topic.enabled}, the milestones each event changed also go to the
 * pseudonymised statistics topic before its transaction commits ({@link StatisticsTopic}).
 */
@ApplicationScoped
public class LifecycleConsumer {
  private static final Logger LOG = Logger.getLogger(LifecycleConsumer.class.getName());

  /** The consumer group whose committed offsets are where the statistics are. */
  public static final String GROUP = "aiguillage-statistics";

  @Resource(lookup = "jdbc/owner")
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "aiguillage.kafka.bootstrap-servers")
  String bootstrapServers;

  @Inject
  @ConfigProperty(
      name = "aiguillage.kafka.lifecycle-topic",
      defaultValue = "aiguillage.lifecycle.v1")
  String topic;

  @Inject
  @ConfigProperty(name = "aiguillage.statistics.consumer", defaultValue = "true")
  boolean enabled;

  /** Whether the milestones also go to the pseudonymised statistics topic (ADR 0023). */
  @Inject
  @ConfigProperty(name = "aiguillage.statistics.topic.enabled", defaultValue = "false")
  boolean topicEnabled;

  @Inject
  @ConfigProperty(
      name = "aiguillage.kafka.statistics-topic",
      defaultValue = StatisticsTopic.DEFAULT_TOPIC)
  String statisticsTopic;

  @Inject
  @ConfigProperty(name = "aiguillage.kafka.partitions", defaultValue = "3")
  int partitions;

  /** 32 bytes, base64: the key of the statistics topic's pseudonyms (HMAC-SHA-256). */
  @Inject
  @ConfigProperty(name = "aiguillage.statistics.pseudonym-key")
  String pseudonymKey;

  private StatisticsTopic milestones;

  private KafkaConsumer<String, String> consumer;
  private ScheduledFuture<?> task;
  private int failures;
  private long pauseUntil;

  void start(@Observes @Priority(300) @Initialized(ApplicationScoped.class) Object ignored) {
    if (enabled) {
      task = scheduler.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
    }
    if (consumer != null) {
      consumer.close(Duration.ofSeconds(5));
      consumer = null;
    }
    if (milestones != null) {
      milestones.close();
      milestones = null;
    }
  }

  private synchronized void tick() {
    if (System.currentTimeMillis() < pauseUntil) {
      return;
    }
    try {
      if (consumer == null) {
        consumer = new KafkaConsumer<>(properties(bootstrapServers, GROUP));
        consumer.subscribe(List.of(topic));
      }
      ProjectionBatch batch = new ProjectionBatch(dataSource, milestones());
      while (batch.drain(consumer, Duration.ofMillis(200)) > 0) {
        // keep going while there is a backlog
      }
      failures = 0;
    } catch (Exception e) {
      failures++;
      pauseUntil = System.currentTimeMillis() + Math.min(30_000, 1_000L << Math.min(failures, 5));
      LOG.log(Level.WARNING, "Statistics: lifecycle events not applied, retrying", e);
      if (consumer != null) {
        consumer.close(Duration.ofSeconds(1));
        consumer = null;
      }
      if (milestones != null) {
        milestones.close();
        milestones = null;
      }
    }
  }

  private MilestoneSink milestones() {
    if (!topicEnabled) {
      return MilestoneSink.NONE;
    }
    if (milestones == null) {
      milestones =
          new StatisticsTopic(
              bootstrapServers, statisticsTopic, partitions, Pseudonyms.ofBase64Key(pseudonymKey));
    }
    return milestones;
  }

  /** A consumer of the lifecycle topic, reading from its start, committing by hand. */
  public static Properties properties(String bootstrapServers, String group) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    return p;
  }
}
