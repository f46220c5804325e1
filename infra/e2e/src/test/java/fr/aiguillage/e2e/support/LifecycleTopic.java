package fr.aiguillage.e2e.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** For in-container tests: a consumer of the lifecycle topic from its beginning, in a new group. */
public final class LifecycleTopic {
  public static final String NAME = "aiguillage.lifecycle.v1";

  private LifecycleTopic() {}

  public static KafkaConsumer<String, String> consumer(String groupPrefix) {
    Map<String, Object> cfg = new HashMap<>();
    cfg.put(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        ConfigProvider.getConfig().getValue("aiguillage.kafka.bootstrap-servers", String.class));
    cfg.put(ConsumerConfig.GROUP_ID_CONFIG, groupPrefix + "-" + UUID.randomUUID());
    cfg.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(KafkaConsumer.class.getClassLoader());
    try {
      return new KafkaConsumer<>(cfg, new StringDeserializer(), new StringDeserializer());
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }
}
