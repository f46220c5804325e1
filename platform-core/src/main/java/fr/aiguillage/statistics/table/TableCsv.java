package fr.aiguillage.statistics.table;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A publication as one CSV file (RFC 4180) that French Excel opens as it is: UTF-8 with a byte
 * order mark, semicolons, decimal commas. The publication's title, period, source and rule come
 * first, one per line; then each table: its title, its indicator, its definition, the columns'
 * labels, one line per row, the totals' line; tables are separated by an empty line.
 */
public final class TableCsv {
  public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
  public static final char SEPARATOR = ';';

  private TableCsv() {}

  public static byte[] bytes(Publication publication) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(publication, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes the publication; the stream is flushed, not closed. */
  public static void write(Publication publication, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CsvWriter csv = CsvWriter.builder().fieldSeparator(SEPARATOR).build(writer);
    csv.writeRecord(text(publication.title()));
    csv.writeRecord("Période", text(publication.period()));
    csv.writeRecord("Source", text(publication.source()));
    csv.writeRecord("Règle", Conventions.rule(publication.suppressionThreshold()));
    for (String sign : Conventions.signs(publication.suppressionThreshold())) {
      csv.writeRecord("Signes", sign);
    }
    for (StatisticalTable table : publication.tables()) {
      csv.writeRecord(List.of());
      writeTable(csv, table);
    }
    csv.flush();
  }

  private static void writeTable(CsvWriter csv, StatisticalTable table) {
    csv.writeRecord(text(table.title()));
    csv.writeRecord("Indicateur", text(table.indicatorId()));
    csv.writeRecord("Définition", text(table.definition()));
    List<String> header = new ArrayList<>(List.of(""));
    table.columnLabels().forEach(label -> header.add(text(label)));
    if (table.hasRowTotals()) {
      header.add(Conventions.TOTAL);
    }
    csv.writeRecord(header);
    for (int r = 0; r < table.rows(); r++) {
      csv.writeRecord(line(table, text(table.rowLabels().get(r)), r));
    }
    if (table.hasColumnTotals()) {
      csv.writeRecord(line(table, Conventions.TOTAL, Position.TOTAL));
    }
  }

  private static List<String> line(StatisticalTable table, String label, int row) {
    List<String> fields = new ArrayList<>(List.of(label));
    for (int c = 0; c < table.columns(); c++) {
      fields.add(figure(table.cell(Position.of(row, c)).orElseThrow()));
    }
    table.cell(Position.of(row, Position.TOTAL)).ifPresent(total -> fields.add(figure(total)));
    return fields;
  }

  static String figure(Cell cell) {
    return cell.published().map(TableCsv::figure).orElse(Conventions.SECRET);
  }

  private static String figure(Figure figure) {
    if (figure instanceof Figure.Measure measure) {
      return measure.hasValue()
          ? Conventions.decimal(measure.value())
          : Conventions.NOTHING_TO_MEASURE;
    }
    return Long.toString(figure.people());
  }

  /** A text Excel would otherwise take for a formula is written with a leading apostrophe. */
  static String text(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
