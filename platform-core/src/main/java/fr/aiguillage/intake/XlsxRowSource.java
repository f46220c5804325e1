package fr.aiguillage.intake;

import com.github.pjfanning.xlsx.StreamingReader;
import fr.aiguillage.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The first sheet of an Excel workbook, streamed (a window of rows in memory). Dates become ISO
 * dates, numbers lose Excel's ".0", formulas give their last computed value, and the cells a merge
 * covers are empty except the first one.
 */
final class XlsxRowSource implements RowSource {
  private final Workbook workbook;
  private final Iterator<Row> rows;
  private final List<String> header;
  private int empty;

  XlsxRowSource(InputStream in) {
    try {
      workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(in);
    } catch (RuntimeException e) {
      throw new InvalidInputException(
          "fichier", "Ce fichier n'est pas un classeur Excel (.xlsx) lisible.");
    }
    if (workbook.getNumberOfSheets() == 0) {
      throw new InvalidInputException("fichier", "Le classeur ne contient aucune feuille.");
    }
    Sheet sheet = workbook.getSheetAt(0);
    rows = sheet.rowIterator();
    List<String> h = null;
    while (h == null && rows.hasNext()) {
      List<String> cells = cells(rows.next());
      if (cells.stream().anyMatch(c -> !c.isBlank())) {
        h = cells.stream().map(String::strip).toList();
      }
    }
    if (h == null) {
      throw new InvalidInputException("fichier", "La première feuille du classeur est vide.");
    }
    header = h;
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public SourceRow next() {
    while (rows.hasNext()) {
      Row r = rows.next();
      List<String> cells = cells(r);
      if (cells.stream().allMatch(String::isBlank)) {
        empty++;
        continue;
      }
      return new SourceRow(r.getRowNum() + 1, cells);
    }
    return null;
  }

  @Override
  public int emptyRows() {
    return empty;
  }

  @Override
  public void close() {
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> cells(Row row) {
    List<String> out = new ArrayList<>();
    for (Cell c : row) {
      while (out.size() < c.getColumnIndex()) {
        out.add("");
      }
      out.add(text(c));
    }
    return out;
  }

  static String text(Cell c) {
    CellType type =
        c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    return switch (type) {
      case STRING -> c.getStringCellValue();
      case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
      case NUMERIC -> {
        if (DateUtil.isCellDateFormatted(c)) {
          yield c.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        yield BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
      }
      default -> "";
    };
  }
}
