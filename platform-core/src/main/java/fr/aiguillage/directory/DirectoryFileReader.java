package fr.aiguillage.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.TextFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a directory file (data·inclusion JSON array, or CSV with `;` or `,`, UTF-8 or Windows-1252,
 * with or without BOM) into its columns and rows, for {@link DirectoryFiles#importRows}.
 */
public final class DirectoryFileReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The columns present in the file and one map per row (column → text; lists joined by `,`). */
  public record Table(List<String> columns, List<Map<String, String>> rows) {}

  private DirectoryFileReader() {}

  /** A file of either format, told apart by its first character. */
  public static Table read(byte[] content) {
    String text = TextFiles.decode(content);
    if (text.isBlank()) {
      throw new InvalidInputException("fichier", "Le fichier est vide.");
    }
    return text.stripLeading().startsWith("[") ? json(text) : csv(text);
  }

  public static Table csv(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("fichier", "Le fichier est vide.");
    }
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    char separator = TextFiles.csvSeparator(body);
    List<String> header = new ArrayList<>();
    List<Map<String, String>> rows = new ArrayList<>();
    try {
      for (CsvRecord r :
          CsvReader.builder()
              .fieldSeparator(separator)
              .ignoreDifferentFieldCount(true)
              .skipEmptyLines(true)
              .ofCsvRecord(body)) {
        if (header.isEmpty()) {
          r.getFields().forEach(h -> header.add(h.strip()));
          continue;
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), i < r.getFieldCount() ? r.getField(i) : null);
        }
        rows.add(row);
      }
    } catch (CsvParseException e) {
      throw new InvalidInputException(
          "fichier", "CSV illisible : " + e.getMessage() + " (vérifiez les guillemets).");
    }
    return new Table(List.copyOf(header), rows);
  }

  public static Table json(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(
          "fichier",
          "JSON illisible ligne "
              + e.getLocation().getLineNr()
              + ", colonne "
              + e.getLocation().getColumnNr()
              + ".");
    }
    if (root == null || !root.isArray()) {
      throw new InvalidInputException("fichier", "Envoyez un tableau JSON de structures.");
    }
    List<Map<String, String>> rows = new ArrayList<>();
    Set<String> columns = new LinkedHashSet<>();
    for (JsonNode item : root) {
      if (!item.isObject()) {
        throw new InvalidInputException(
            "fichier", "Chaque élément du tableau doit être un objet (une structure).");
      }
      Map<String, String> row = new LinkedHashMap<>();
      item.fields().forEachRemaining(f -> row.put(f.getKey(), text(f.getValue())));
      columns.addAll(row.keySet());
      rows.add(row);
    }
    return new Table(
        rows.isEmpty() ? List.copyOf(DataInclusion.REQUIRED) : List.copyOf(columns), rows);
  }

  private static String text(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(e -> parts.add(text(e)));
      return String.join(",", parts);
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }
}
