package fr.aiguillage.directory;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The directory as a CSV file that the import reads back: the same columns and separator as the
 * API's export, with a byte order mark so that Excel reads the accents.
 */
public final class DirectoryCsv {
  public static final String FILE_NAME = "annuaire.csv";
  public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

  private DirectoryCsv() {}

  public static byte[] write(List<Map<String, Object>> rows) {
    List<String> header = new ArrayList<>(List.of("id"));
    header.addAll(DataInclusion.COLUMNS);
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CsvWriter csv = CsvWriter.builder().fieldSeparator(';').build(out)) {
      csv.writeRecord(header);
      for (Map<String, Object> row : rows) {
        csv.writeRecord(header.stream().map(column -> cell(row.get(column))).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Collection<?> values) {
      return String.join(",", values.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }
}
