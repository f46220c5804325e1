package fr.aiguillage.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes outbox records to Kafka as structured CloudEvents (JSON envelope, content type
 * application/cloudevents+json), keyed by aggregate id so that one aggregate's events stay in one
 * partition, in order.
 */
@ApplicationScoped
public class KafkaEventSink implements EventSink {
  public static final String TYPE_PREFIX = "fr.aiguillage.";
  private static final Logger LOG = Logger.getLogger(KafkaEventSink.class.getName());
  private final JsonFormat format = new JsonFormat();

  @Inject
  @ConfigProperty(name = "aiguillage.kafka.bootstrap-servers")
  String bootstrapServers;

  @Inject
  @ConfigProperty(
      name = "aiguillage.kafka.lifecycle-topic",
      defaultValue = "aiguillage.lifecycle.v1")
  String topic;

  @Inject
  @ConfigProperty(name = "aiguillage.kafka.partitions", defaultValue = "3")
  int partitions;

  private KafkaProducer<String, byte[]> producer;
  private boolean topicChecked;

  @Override
  public synchronized void sendAll(List<OutboxRecord> records) throws Exception {
    ensureTopic();
    KafkaProducer<String, byte[]> p = producer();
    List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
    for (OutboxRecord r : records) {
      ProducerRecord<String, byte[]> pr =
          new ProducerRecord<>(topic, r.aggregateId(), format.serialize(toCloudEvent(r)));
      pr.headers().add("content-type", JsonFormat.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
      acks.add(p.send(pr));
    }
    p.flush();
    for (Future<RecordMetadata> ack : acks) {
      ack.get(30, TimeUnit.SECONDS);
    }
  }

  static CloudEvent toCloudEvent(OutboxRecord r) {
    CloudEventBuilder b =
        CloudEventBuilder.v1()
            .withId(r.eventId().toString())
            .withSource(
                URI.create(
                    r.tenant() == null ? "/aiguillage" : "/aiguillage/departements/" + r.tenant()))
            .withType(TYPE_PREFIX + r.type())
            .withSubject(r.aggregateId())
            .withTime(r.occurredAt().atOffset(ZoneOffset.UTC))
            .withDataContentType("application/json")
            .withExtension("aggregatetype", r.aggregateType())
            .withData(r.payloadJson().getBytes(StandardCharsets.UTF_8));
    if (r.tenant() != null) {
      b.withExtension("tenant", r.tenant());
    }
    return b.build();
  }

  private void ensureTopic() throws Exception {
    if (topicChecked) {
      return;
    }
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
      LOG.info("Kafka topic created: " + topic);
    } catch (java.util.concurrent.ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
    topicChecked = true;
  }

  private KafkaProducer<String, byte[]> producer() {
    if (producer == null) {
      Properties props = new Properties();
      props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
      props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
      props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
      props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000);
      props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
      props.put(ProducerConfig.CLIENT_ID_CONFIG, "aiguillage-outbox-relay");
      ClassLoader previous = Thread.currentThread().getContextClassLoader();
      Thread.currentThread().setContextClassLoader(KafkaEventSink.class.getClassLoader());
      try {
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
      } finally {
        Thread.currentThread().setContextClassLoader(previous);
      }
    }
    return producer;
  }

  @PreDestroy
  synchronized void close() {
    if (producer != null) {
      producer.close(java.time.Duration.ofSeconds(5));
    }
  }
}
