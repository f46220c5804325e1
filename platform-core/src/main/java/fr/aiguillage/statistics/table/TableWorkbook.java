package fr.aiguillage.statistics.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A publication as an XLSX workbook laid out as OARSA's tables: a first "Lisez-moi" sheet (period,
 * source, the rule, the signs, the list of tables), then one sheet per table with its title, its
 * definition under the title, the columns' labels in bold, the rows and the totals. Figures are
 * numbers; a suppressed cell holds "s" and a note that says why.
 */
public final class TableWorkbook {
  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String README = "Lisez-moi";

  private static final int LABEL_WIDTH = 42;
  private static final int FIGURE_WIDTH = 16;

  private final XSSFWorkbook workbook;
  private final Styles styles;
  private final OptionalInt threshold;

  private TableWorkbook(XSSFWorkbook workbook, OptionalInt threshold) {
    this.workbook = workbook;
    this.styles = new Styles(workbook);
    this.threshold = threshold;
  }

  public static byte[] bytes(Publication publication) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(publication, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes the workbook; the stream is not closed. */
  public static void write(Publication publication, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      TableWorkbook book = new TableWorkbook(workbook, publication.suppressionThreshold());
      SheetNames names = new SheetNames();
      Sheet readme = workbook.createSheet(names.next(README));
      List<String> tableSheets =
          publication.tables().stream().map(t -> names.next(t.title())).toList();
      book.readme(readme, publication, tableSheets);
      for (int i = 0; i < publication.tables().size(); i++) {
        book.table(workbook.createSheet(tableSheets.get(i)), publication.tables().get(i));
      }
      workbook.write(out);
    }
  }

  private void readme(Sheet sheet, Publication publication, List<String> tableSheets) {
    sheet.setColumnWidth(0, 24 * 256);
    sheet.setColumnWidth(1, 60 * 256);
    sheet.setColumnWidth(2, 90 * 256);
    text(sheet.createRow(0), 0, publication.title(), styles.title);
    int r = 2;
    r = labelled(sheet, r, "Période", publication.period());
    r = labelled(sheet, r, "Source", publication.source());
    r = labelled(sheet, r, "Secret statistique", Conventions.rule(threshold));
    for (String sign : Conventions.signs(threshold)) {
      r = labelled(sheet, r, "Signes", sign);
    }
    r++;
    Row header = sheet.createRow(r++);
    text(header, 0, "Onglet", styles.header);
    text(header, 1, "Tableau", styles.header);
    text(header, 2, "Définition", styles.header);
    for (int i = 0; i < tableSheets.size(); i++) {
      StatisticalTable table = publication.tables().get(i);
      Row row = sheet.createRow(r++);
      text(row, 0, tableSheets.get(i), styles.wrapped);
      text(row, 1, table.title(), styles.wrapped);
      text(row, 2, table.definition(), styles.wrapped);
    }
  }

  private int labelled(Sheet sheet, int r, String label, String value) {
    Row row = sheet.createRow(r);
    text(row, 0, label, styles.bold);
    text(row, 1, value, styles.wrapped);
    sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
    row.setHeightInPoints(lines(value, 150) * sheet.getDefaultRowHeightInPoints());
    return r + 1;
  }

  private void table(Sheet sheet, StatisticalTable table) {
    int width = 1 + table.columns() + (table.hasRowTotals() ? 1 : 0);
    sheet.setColumnWidth(0, LABEL_WIDTH * 256);
    for (int c = 1; c < width; c++) {
      sheet.setColumnWidth(c, FIGURE_WIDTH * 256);
    }
    text(sheet.createRow(0), 0, table.title(), styles.title);
    Row definition = sheet.createRow(1);
    text(definition, 0, "Définition : " + table.definition(), styles.wrapped);
    if (width > 1) {
      sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, width - 1));
    }
    int charsPerLine = LABEL_WIDTH + FIGURE_WIDTH * (width - 1);
    definition.setHeightInPoints(
        lines("Définition : " + table.definition(), charsPerLine)
            * sheet.getDefaultRowHeightInPoints());
    text(sheet.createRow(2), 0, "Indicateur : " + table.indicatorId(), styles.plain);

    Row header = sheet.createRow(4);
    text(header, 0, "", styles.header);
    for (int c = 0; c < table.columns(); c++) {
      text(header, c + 1, table.columnLabels().get(c), styles.header);
    }
    if (table.hasRowTotals()) {
      text(header, table.columns() + 1, Conventions.TOTAL, styles.header);
    }
    Drawing<?> drawing = sheet.createDrawingPatriarch();
    int r = 5;
    for (int row = 0; row < table.rows(); row++) {
      figures(drawing, sheet.createRow(r++), table, row, table.rowLabels().get(row), false);
    }
    if (table.hasColumnTotals()) {
      figures(drawing, sheet.createRow(r++), table, Position.TOTAL, Conventions.TOTAL, true);
    }
    r++;
    for (String sign : Conventions.signs(threshold)) {
      text(sheet.createRow(r++), 0, sign, styles.plain);
    }
    sheet.createFreezePane(1, 5);
  }

  private void figures(
      Drawing<?> drawing, Row row, StatisticalTable table, int index, String label, boolean total) {
    text(row, 0, label, total ? styles.bold : styles.plain);
    for (int c = 0; c < table.columns(); c++) {
      figure(drawing, row, c + 1, table.cell(Position.of(index, c)).orElseThrow(), total);
    }
    table
        .cell(Position.of(index, Position.TOTAL))
        .ifPresent(cell -> figure(drawing, row, table.columns() + 1, cell, true));
  }

  private void figure(Drawing<?> drawing, Row row, int column, Cell cell, boolean total) {
    org.apache.poi.ss.usermodel.Cell target = row.createCell(column);
    Optional<Figure> published = cell.published();
    if (published.isEmpty()) {
      target.setCellValue(Conventions.SECRET);
      target.setCellStyle(total ? styles.markerTotal : styles.marker);
      target.setCellComment(note(drawing, target));
    } else if (published.get() instanceof Figure.Measure measure) {
      if (measure.hasValue()) {
        target.setCellValue(Math.round(measure.value() * 10) / 10.0);
        target.setCellStyle(total ? styles.measureTotal : styles.measure);
      } else {
        target.setCellValue(Conventions.NOTHING_TO_MEASURE);
        target.setCellStyle(total ? styles.markerTotal : styles.marker);
      }
    } else {
      target.setCellValue(published.get().people());
      target.setCellStyle(total ? styles.countTotal : styles.count);
    }
  }

  private Comment note(Drawing<?> drawing, org.apache.poi.ss.usermodel.Cell target) {
    ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
    anchor.setCol1(target.getColumnIndex() + 1);
    anchor.setCol2(target.getColumnIndex() + 5);
    anchor.setRow1(target.getRowIndex());
    anchor.setRow2(target.getRowIndex() + 4);
    Comment comment = drawing.createCellComment(anchor);
    comment.setString(
        workbook
            .getCreationHelper()
            .createRichTextString(
                Conventions.secretNote(threshold.orElse(Suppression.DEFAULT_THRESHOLD))));
    comment.setAuthor("Aiguillage");
    return comment;
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static int lines(String text, int charsPerLine) {
    return Math.max(1, (text.length() + charsPerLine - 1) / charsPerLine);
  }

  /** The few styles a workbook shares (Excel limits their number). */
  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle bold;
    final CellStyle plain;
    final CellStyle wrapped;
    final CellStyle count;
    final CellStyle countTotal;
    final CellStyle measure;
    final CellStyle measureTotal;
    final CellStyle marker;
    final CellStyle markerTotal;

    Styles(XSSFWorkbook workbook) {
      Font boldFont = workbook.createFont();
      boldFont.setBold(true);
      Font titleFont = workbook.createFont();
      titleFont.setBold(true);
      titleFont.setFontHeightInPoints((short) 14);
      short countFormat = workbook.createDataFormat().getFormat("#,##0");
      short measureFormat = workbook.createDataFormat().getFormat("#,##0.0");

      title = workbook.createCellStyle();
      title.setFont(titleFont);
      plain = workbook.createCellStyle();
      bold = workbook.createCellStyle();
      bold.setFont(boldFont);
      wrapped = workbook.createCellStyle();
      wrapped.setWrapText(true);
      wrapped.setVerticalAlignment(VerticalAlignment.TOP);
      header = workbook.createCellStyle();
      header.setFont(boldFont);
      header.setWrapText(true);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setBorderBottom(BorderStyle.THIN);
      count = figure(workbook, countFormat, null);
      countTotal = figure(workbook, countFormat, boldFont);
      measure = figure(workbook, measureFormat, null);
      measureTotal = figure(workbook, measureFormat, boldFont);
      marker = figure(workbook, (short) 0, null);
      markerTotal = figure(workbook, (short) 0, boldFont);
    }

    private static CellStyle figure(XSSFWorkbook workbook, short format, Font font) {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(format);
      style.setAlignment(HorizontalAlignment.RIGHT);
      if (font != null) {
        style.setFont(font);
      }
      return style;
    }
  }
}
