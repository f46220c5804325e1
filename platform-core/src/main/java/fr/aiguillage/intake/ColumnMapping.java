package fr.aiguillage.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which column of the file holds which field (by header name, as the département saved it). */
public record ColumnMapping(Map<IntakeField, String> columns) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public ColumnMapping {
    columns = columns == null ? Map.of() : Map.copyOf(columns);
  }

  /** A mapping guessed from the header's names. */
  public static ColumnMapping suggest(List<String> header) {
    Map<IntakeField, String> m = new EnumMap<>(IntakeField.class);
    for (String h : header) {
      IntakeField.guess(h).ifPresent(f -> m.putIfAbsent(f, h));
    }
    return new ColumnMapping(m);
  }

  public Optional<String> column(IntakeField f) {
    return Optional.ofNullable(columns.get(f));
  }

  /**
   * What is wrong with this mapping for this header, in French: a required field with no column, a
   * column the file does not have, one column for two fields.
   */
  public List<FieldError> problems(List<String> header) {
    List<FieldError> errors = new ArrayList<>();
    for (IntakeField f : IntakeField.values()) {
      String c = columns.get(f);
      if (c == null) {
        if (f.required()) {
          errors.add(
              new FieldError(
                  "mapping." + f.name(),
                  "Choisissez la colonne qui contient : " + f.label() + "."));
        }
      } else if (!header.contains(c)) {
        errors.add(
            new FieldError(
                "mapping." + f.name(),
                "La colonne « " + c + " » (" + f.label() + ") n'est pas dans le fichier."));
      }
    }
    Map<String, IntakeField> seen = new LinkedHashMap<>();
    columns.forEach(
        (f, c) -> {
          IntakeField other = seen.putIfAbsent(c, f);
          if (other != null) {
            errors.add(
                new FieldError(
                    "mapping." + f.name(),
                    "La colonne « " + c + " » est déjà choisie pour : " + other.label() + "."));
          }
        });
    return errors;
  }

  public void check(List<String> header) {
    List<FieldError> errors = problems(header);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  public String toJson() {
    try {
      Map<String, String> m = new LinkedHashMap<>();
      columns.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> m.put(e.getKey().name(), e.getValue()));
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ColumnMapping fromJson(String json) {
    try {
      Map<String, String> raw = JSON.readValue(json, new TypeReference<Map<String, String>>() {});
      Map<IntakeField, String> m = new EnumMap<>(IntakeField.class);
      raw.forEach((k, v) -> m.put(IntakeField.valueOf(k), v));
      return new ColumnMapping(m);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new InvalidInputException("mapping", "Correspondance des colonnes illisible.");
    }
  }
}
