package fr.aiguillage.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.util.List;

/** Reads and writes the JSON text columns of the contract tables, with Jackson. */
final class JsonColumn {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .registerModule(
              new SimpleModule("days")
                  .addSerializer(LocalDate.class, new ToStringSerializer(LocalDate.class))
                  .addDeserializer(
                      LocalDate.class,
                      new FromStringDeserializer<LocalDate>(LocalDate.class) {
                        @Override
                        protected LocalDate _deserialize(String value, DeserializationContext c) {
                          return LocalDate.parse(value);
                        }
                      }));

  private JsonColumn() {}

  static String write(List<?> value) {
    try {
      return JSON.writeValueAsString(value == null ? List.of() : value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON column", e);
    }
  }

  /** One value (a record) as a JSON object; java.time.LocalDate as ISO text. */
  static String writeValue(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON column", e);
    }
  }

  static <T> T readValue(String json, Class<T> type) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable JSON column", e);
    }
  }

  static <T> List<T> read(String json, TypeReference<List<T>> type) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return List.copyOf(JSON.readValue(json, type));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable JSON column", e);
    }
  }
}
