package fr.aiguillage.testing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * An event's payload as the outbox writes it: its record's components as JSON fields, nulls left
 * out (JSON-B's default, OutboxEventPublisher), dates and instants as ISO text. Unit tests read the
 * payload through it, without a server's JSON-B.
 */
public final class PayloadJson {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  private PayloadJson() {}

  public static JsonNode of(Object payload) {
    return JSON.valueToTree(payload);
  }
}
