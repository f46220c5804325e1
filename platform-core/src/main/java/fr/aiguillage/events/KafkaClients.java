package fr.aiguillage.events;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * How the platform's producers talk to Kafka: acknowledged by every replica, idempotent, failing
 * within seconds when the broker is away (the caller keeps what it sends and tries again), and
 * their topics created on first use.
 */
public final class KafkaClients {
  private KafkaClients() {}

  /** Creates the topic if it does not exist; true if it was created. */
  public static boolean createTopic(String bootstrapServers, String topic, int partitions)
      throws InterruptedException, ExecutionException, TimeoutException {
    try (Admin admin =
        Admin.create(
            Map.of(
                "bootstrap.servers",
                bootstrapServers,
                "request.timeout.ms",
                5000,
                "default.api.timeout.ms",
                8000))) {
      admin
          .createTopics(List.of(new NewTopic(topic, partitions, (short) 1)))
          .all()
          .get(10, TimeUnit.SECONDS);
      return true;
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
      return false;
    }
  }

  /** A producer keyed by strings; Kafka's classes loaded by the application's class loader. */
  public static <V> KafkaProducer<String, V> producer(
      String bootstrapServers, String clientId, int lingerMs, Serializer<V> values) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000);
    p.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(KafkaClients.class.getClassLoader());
    try {
      return new KafkaProducer<>(p, new StringSerializer(), values);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }
}
