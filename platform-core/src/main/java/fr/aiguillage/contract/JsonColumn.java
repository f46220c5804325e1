package fr.aiguillage.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Reads and writes the JSON text columns of the contract tables, with Jackson. */
final class JsonColumn {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private JsonColumn() {}

  static String write(List<?> value) {
    try {
      return JSON.writeValueAsString(value == null ? List.of() : value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON column", e);
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
