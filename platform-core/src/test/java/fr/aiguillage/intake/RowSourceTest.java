package fr.aiguillage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguillage.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RowSourceTest {
  static List<RowSource.SourceRow> all(RowSource s) {
    List<RowSource.SourceRow> rows = new ArrayList<>();
    RowSource.SourceRow r;
    while ((r = s.next()) != null) {
      rows.add(r);
    }
    return rows;
  }

  @Test
  void csvInWindows1252WithSemicolonsQuotesAndEmptyRows() {
    byte[] file =
        "Nom;Prénom;Adresse\r\nÉlodie;Anaïs;\"3 rue de l'Église; bât. B\"\r\n;;\r\n\r\nZoé;Noël;\r\n"
            .getBytes(Charset.forName("windows-1252"));
    try (RowSource s = ImportJob.open(new ByteArrayInputStream(file), "liste.csv")) {
      assertThat(((CsvRowSource) s).charset().name()).isEqualTo("windows-1252");
      assertThat(s.header()).containsExactly("Nom", "Prénom", "Adresse");
      List<RowSource.SourceRow> rows = all(s);
      assertThat(rows).extracting(RowSource.SourceRow::number).containsExactly(2, 5);
      assertThat(rows.get(0).cells())
          .containsExactly("Élodie", "Anaïs", "3 rue de l'Église; bât. B");
      assertThat(s.emptyRows()).isEqualTo(1);
    }
  }

  @Test
  void csvInUtf8WithBomAndCommas() {
    byte[] file = "\uFEFFNom,Prénom\nÉlodie,Anaïs\n".getBytes(StandardCharsets.UTF_8);
    try (RowSource s = ImportJob.open(new ByteArrayInputStream(file), "liste.csv")) {
      assertThat(s.header()).containsExactly("Nom", "Prénom");
      assertThat(all(s).get(0).cells()).containsExactly("Élodie", "Anaïs");
    }
  }

  @Test
  void anEmptyFileOrAnOldExcelFileIsRefusedClearly() {
    assertThatThrownBy(() -> ImportJob.open(new ByteArrayInputStream(new byte[0]), "liste.csv"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("vide");
    assertThatThrownBy(
            () -> ImportJob.open(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}), "liste.xls"))
        .hasMessageContaining(".xlsx");
  }

  @Test
  void xlsxGivesDatesFormulasResultsAndEmptyMergedCells() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("Liste");
      XSSFRow h = sheet.createRow(0);
      h.createCell(0).setCellValue("Nom");
      h.createCell(1).setCellValue("Date de naissance");
      h.createCell(2).setCellValue("N° allocataire");
      h.createCell(3).setCellValue("Ville");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      XSSFRow r1 = sheet.createRow(1);
      r1.createCell(0).setCellValue("Martin");
      r1.createCell(1).setCellValue(LocalDate.of(1990, 5, 3));
      r1.getCell(1).setCellStyle(date);
      r1.createCell(2).setCellValue(1234567);
      r1.createCell(3).setCellValue("Sedan");
      XSSFRow r2 = sheet.createRow(2);
      r2.createCell(0).setCellFormula("UPPER(\"durand\")");
      r2.createCell(2).setCellValue(7654321);
      sheet.addMergedRegion(new CellRangeAddress(1, 2, 3, 3));
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
    }
    try (RowSource s = ImportJob.open(new ByteArrayInputStream(out.toByteArray()), "liste.xlsx")) {
      assertThat(s).isInstanceOf(XlsxRowSource.class);
      assertThat(s.header()).containsExactly("Nom", "Date de naissance", "N° allocataire", "Ville");
      List<RowSource.SourceRow> rows = all(s);
      assertThat(rows.get(0).cells()).containsExactly("Martin", "1990-05-03", "1234567", "Sedan");
      assertThat(rows.get(1).number()).isEqualTo(3);
      assertThat(rows.get(1).cells().get(0)).as("formula result").isEqualTo("DURAND");
      assertThat(rows.get(1).cells().size() < 4 || rows.get(1).cells().get(3).isEmpty())
          .as("a merged cell's value is only in its first cell")
          .isTrue();
    }
  }
}
