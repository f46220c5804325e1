package fr.aiguillage.statistics.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * One event of the lifecycle topic as the statistics read it: the CloudEvents envelope's id, type
 * (without {@code fr.aiguillage.}), time and tenant, and its data. An event the statistics cannot
 * read (not JSON, no id, no tenant) is {@link #parse}d to empty: skipped, never a failure of the
 * consumer.
 */
public record LifecycleFact(String id, String type, Instant time, String tenant, JsonNode data) {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PREFIX = "fr.aiguillage.";

  public static Optional<LifecycleFact> parse(String value) {
    try {
      JsonNode e = JSON.readTree(value);
      String id = text(e, "id");
      String type = text(e, "type");
      String tenant = text(e, "tenant");
      String time = text(e, "time");
      if (id == null || type == null || tenant == null || time == null || id.length() > 64) {
        return Optional.empty();
      }
      return Optional.of(
          new LifecycleFact(
              id,
              type.startsWith(PREFIX) ? type.substring(PREFIX.length()) : type,
              Instant.parse(time),
              tenant,
              e.path("data")));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  /** The event as an envelope {@link #parse} reads back the same. */
  String json() {
    com.fasterxml.jackson.databind.node.ObjectNode e = JSON.createObjectNode();
    e.put("id", id);
    e.put("type", PREFIX + type);
    e.put("time", time.toString());
    e.put("tenant", tenant);
    e.set("data", data);
    return e.toString();
  }

  /** The data's field as a UUID, if it is one. */
  Optional<UUID> uuid(String field) {
    try {
      return Optional.ofNullable(text(data, field)).map(UUID::fromString);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The data's field as a day: a date, or an instant's day in Europe/Paris. */
  LocalDate day(String field) {
    String v = text(data, field);
    if (v == null) {
      return null;
    }
    try {
      return v.length() == 10 ? LocalDate.parse(v) : Instant.parse(v).atZone(PARIS).toLocalDate();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The data's field as an instant, else the event's time. */
  Instant instant(String field) {
    String v = text(data, field);
    try {
      return v == null ? time : Instant.parse(v);
    } catch (RuntimeException e) {
      return time;
    }
  }

  String text(String field) {
    return text(data, field);
  }

  /** The data's field as a whole number, if it is one. */
  Integer integer(String field) {
    JsonNode v = data.path(field);
    return v.isInt() ? v.asInt() : null;
  }

  /** The data's field as a boolean, if it is one. */
  Boolean bool(String field) {
    JsonNode v = data.path(field);
    return v.isBoolean() ? v.asBoolean() : null;
  }

  /** The data's field as a list of texts (an absent field: empty). */
  java.util.List<String> texts(String field) {
    java.util.List<String> out = new java.util.ArrayList<>();
    data.path(field)
        .forEach(
            v -> {
              if (v.isTextual()) {
                out.add(v.asText());
              }
            });
    return out;
  }

  /** The data's field as a date ({@code yyyy-MM-dd}), if it is one. */
  LocalDate date(String field) {
    String v = text(data, field);
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isTextual() ? v.asText() : null;
  }
}
