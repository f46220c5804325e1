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
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
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
    if (KafkaClients.createTopic(bootstrapServers, topic, partitions)) {
      LOG.info("Kafka topic created: " + topic);
    }
    topicChecked = true;
  }

  private KafkaProducer<String, byte[]> producer() {
    if (producer == null) {
      producer =
          KafkaClients.producer(
              bootstrapServers, "aiguillage-outbox-relay", 5, new ByteArraySerializer());
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
