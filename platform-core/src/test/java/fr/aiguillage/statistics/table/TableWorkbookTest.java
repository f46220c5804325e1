package fr.aiguillage.statistics.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWorkbookTest {

  @Test
  void theFirstSheetIsTheReadMeThenOneSheetPerTable() throws IOException {
    try (XSSFWorkbook workbook = open(Publications.national())) {
      assertThat(sheetNames(workbook))
          .containsExactly(
              "Lisez-moi", "T1 — Orientés au 31-12 par âge", "Délai moyen de la demande de RS");
    }
  }

  @Test
  void theReadMeGivesThePeriodTheSourceTheRuleAndTheTables() throws IOException {
    try (XSSFWorkbook workbook = open(Publications.national())) {
      XSSFSheet readme = workbook.getSheet("Lisez-moi");
      List<String> text = texts(readme);

      assertThat(readme.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Orientation des bénéficiaires du RSA");
      assertThat(text)
          .contains(
              "Période",
              "Année 2025 (situation au 31/12/2025)",
              "Source",
              "Aiguillage — Conseil départemental de la Drôme (26)",
              "Secret statistique",
              Conventions.rule(java.util.OptionalInt.of(5)),
              Conventions.secretNote(5),
              "T1 — Orientés au 31-12 par âge",
              "T1 — Orientés au 31/12 par âge",
              Publications.DEFINITION_T1);
    }
  }

  @Test
  void aTableSheetHasItsTitleItsDefinitionBoldHeadersNumbersAndMarkedSecrets() throws IOException {
    try (XSSFWorkbook workbook = open(Publications.national())) {
      XSSFSheet sheet = workbook.getSheetAt(1);

      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("T1 — Orientés au 31/12 par âge");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Définition : " + Publications.DEFINITION_T1);
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
          .isEqualTo("Indicateur : oarsa-t1-age");
      XSSFRow header = sheet.getRow(4);
      assertThat(texts(header))
          .containsExactly("", "France Travail", "Département", "Autre organisme", "Total");
      assertThat(workbook.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold())
          .isTrue();

      assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Moins de 25 ans");
      assertThat(numbers(sheet.getRow(5))).containsExactly(20.0, 30.0, 40.0, 90.0);
      assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("Total");
      assertThat(numbers(sheet.getRow(8))).containsExactly(45.0, 45.0, 115.0, 205.0);
      assertThat(numbers(sheet.getRow(6))).containsExactly(25.0, 38.0);

      XSSFCell secret = sheet.getRow(6).getCell(2);
      assertThat(secret.getCellType()).isEqualTo(CellType.STRING);
      assertThat(secret.getStringCellValue()).isEqualTo("s");
      assertThat(secret.getCellComment().getString().getString())
          .isEqualTo(Conventions.secretNote(5));
      assertThat(List.of(cell(sheet, 6, 1), cell(sheet, 7, 1), cell(sheet, 7, 2)))
          .allSatisfy(c -> assertThat(c.getStringCellValue()).isEqualTo("s"))
          .allSatisfy(c -> assertThat(c.getCellComment()).isNotNull());
      assertThat(cell(sheet, 5, 1).getCellComment()).isNull();
      assertThat(texts(sheet)).contains(Conventions.secretNote(5));
    }
  }

  @Test
  void measuresAreNumbersRoundedToOneDecimal() throws IOException {
    try (XSSFWorkbook workbook = open(Publications.national())) {
      XSSFSheet sheet = workbook.getSheetAt(2);

      assertThat(cell(sheet, 5, 1).getNumericCellValue()).isEqualTo(45.2);
      assertThat(cell(sheet, 5, 1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
      assertThat(cell(sheet, 6, 1).getStringCellValue()).isEqualTo("s");
      assertThat(cell(sheet, 8, 1).getStringCellValue()).isEqualTo("///");
      assertThat(cell(sheet, 9, 0).getStringCellValue()).isEqualTo("Total");
      assertThat(cell(sheet, 9, 1).getNumericCellValue()).isEqualTo(53.1);
    }
  }

  @Test
  void longOrForbiddenOrRepeatedTitlesGiveValidDistinctSheetNames() throws IOException {
    StatisticalTable first =
        StatisticalTable.builder(
                "T5 : entrants [2025] / orientés * délais ? en jours \\ par âge", "t5", "d")
            .columns("A")
            .row("r", 10)
            .build();
    StatisticalTable twin =
        StatisticalTable.builder("T5 : entrants [2025] / orientés * délais ? en jours", "t5b", "d")
            .columns("A")
            .row("r", 10)
            .build();
    StatisticalTable readMe =
        StatisticalTable.builder("lisez-moi", "x", "d").columns("A").row("r", 10).build();
    Publication publication =
        Publication.unsuppressed("Essai", "2025", "Aiguillage", List.of(first, twin, readMe));

    try (XSSFWorkbook workbook = open(publication)) {
      assertThat(sheetNames(workbook))
          .containsExactly(
              "Lisez-moi",
              "T5 - entrants -2025- - orientés",
              "T5 - entrants -2025- - orie (2)",
              "lisez-moi (2)");
    }
  }

  @Test
  void anUnsuppressedPublicationSaysItIsForTheDepartmentOnly() throws IOException {
    Publication publication =
        Publication.unsuppressed("Essai", "2025", "Aiguillage", List.of(Publications.t1ByAge()));

    try (XSSFWorkbook workbook = open(publication)) {
      assertThat(texts(workbook.getSheetAt(0)))
          .anySatisfy(t -> assertThat(t).contains("non soumis au secret statistique"));
      assertThat(numbers(workbook.getSheetAt(1).getRow(6))).containsExactly(10.0, 3.0, 25.0, 38.0);
    }
  }

  private static XSSFWorkbook open(Publication publication) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(TableWorkbook.bytes(publication)));
  }

  private static List<String> sheetNames(XSSFWorkbook workbook) {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  private static XSSFCell cell(XSSFSheet sheet, int row, int column) {
    return sheet.getRow(row).getCell(column);
  }

  private static List<String> texts(XSSFSheet sheet) {
    List<String> texts = new ArrayList<>();
    sheet.forEach(row -> texts.addAll(texts((XSSFRow) row)));
    return texts;
  }

  private static List<String> texts(XSSFRow row) {
    List<String> texts = new ArrayList<>();
    row.forEach(
        c -> {
          if (c.getCellType() == CellType.STRING) {
            texts.add(c.getStringCellValue());
          }
        });
    return texts;
  }

  private static List<Double> numbers(XSSFRow row) {
    List<Double> numbers = new ArrayList<>();
    row.forEach(
        c -> {
          if (c.getCellType() == CellType.NUMERIC) {
            numbers.add(c.getNumericCellValue());
          }
        });
    return numbers;
  }
}
