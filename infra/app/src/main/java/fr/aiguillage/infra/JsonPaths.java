package fr.aiguillage.infra;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Where a JSON refusal is ({@code sections[0].questions[2].code}) and what was expected there. */
final class JsonPaths {
  private JsonPaths() {}

  static String of(List<Reference> path) {
    StringBuilder out = new StringBuilder();
    for (Reference r : path) {
      if (r.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        out.append('[').append(r.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  static String expected(Class<?> type) {
    if (type == Boolean.class || type == boolean.class) {
      return "un booléen : true ou false, sans guillemets";
    }
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class
        || type == java.math.BigInteger.class) {
      return "un nombre entier, sans guillemets";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "un nombre, sans guillemets";
    }
    if (type == String.class) {
      return "un texte entre guillemets";
    }
    if (type.isEnum()) {
      return "l'une des valeurs "
          + Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
    }
    if (type == UUID.class) {
      return "un identifiant (UUID), par exemple 3f2b8c1e-0d4a-4e57-9a1b-2c3d4e5f6a7b";
    }
    if (type == LocalDate.class) {
      return "une date AAAA-MM-JJ, par exemple 2025-03-31";
    }
    if (type == LocalTime.class) {
      return "une heure HH:MM, par exemple 09:30";
    }
    if (type == Instant.class || type == OffsetDateTime.class) {
      return "une date et heure ISO 8601, par exemple 2025-03-31T09:30:00Z";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "une liste [ … ]";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.isPrimitive()) {
      return "un objet { … }";
    }
    return "une autre valeur";
  }
}
