package fr.aiguillage.statistics.table;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableCsvTest {

  @Test
  void theFileStartsWithAByteOrderMarkAndUsesSemicolonsAndCrlf() {
    byte[] csv = TableCsv.bytes(Publications.national());

    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text.indexOf('\uFEFF', 1)).as("one byte order mark").isEqualTo(-1);
    assertThat(text).contains("\r\n").contains("Période;Année 2025");
  }

  @Test
  void readBackTheHeaderGivesThePeriodTheSourceAndTheRule() {
    List<List<String>> records = records(TableCsv.bytes(Publications.national()));

    assertThat(records.get(0)).containsExactly("Orientation des bénéficiaires du RSA");
    assertThat(records.get(1)).containsExactly("Période", "Année 2025 (situation au 31/12/2025)");
    assertThat(records.get(2))
        .containsExactly("Source", "Aiguillage — Conseil départemental de la Drôme (26)");
    assertThat(records.get(3).get(0)).isEqualTo("Règle");
    assertThat(records.get(3).get(1))
        .contains("de 1 à 4 personnes")
        .contains("moins de 5 personnes")
        .contains("Les zéros sont affichés");
    assertThat(records.get(4)).containsExactly("Signes", Conventions.secretNote(5));
    assertThat(records.get(5)).containsExactly("Signes", Conventions.NOTHING_TO_MEASURE_NOTE);
  }

  @Test
  void readBackATableGivesItsDefinitionItsFiguresAndTheMarkers() {
    List<List<String>> records = records(TableCsv.bytes(Publications.national()));

    int start = records.indexOf(List.of("T1 — Orientés au 31/12 par âge"));
    assertThat(records.subList(start + 1, start + 8))
        .containsExactly(
            List.of("Indicateur", "oarsa-t1-age"),
            List.of("Définition", Publications.DEFINITION_T1),
            List.of("", "France Travail", "Département", "Autre organisme", "Total"),
            List.of("Moins de 25 ans", "20", "30", "40", "90"),
            List.of("25 à 29 ans", "s", "s", "25", "38"),
            List.of("30 à 39 ans", "s", "s", "50", "77"),
            List.of("Total", "45", "45", "115", "205"));
  }

  @Test
  void measuresHaveADecimalCommaAndAMeasureOverNobodyIsSaidSo() {
    List<List<String>> records = records(TableCsv.bytes(Publications.national()));

    int start = records.indexOf(List.of("Délai moyen de la demande de RSA à l'orientation"));
    assertThat(records.subList(start + 3, start + 9))
        .containsExactly(
            List.of("", "Délai moyen (jours)"),
            List.of("Professionnel", "45,2"),
            List.of("Social", "s"),
            List.of("Socioprofessionnel", "s"),
            List.of("Non renseigné", "///"),
            List.of("Total", "53,1"));
  }

  @Test
  void aLabelWithSeparatorsQuotesOrAFormulaComesBackAsText() {
    StatisticalTable table =
        StatisticalTable.builder("Par « type »; détail", "t", "Une définition \"citée\"; ici")
            .columns("=SOMME(A1:A2)", "@lien")
            .row("-25 ans", 10, 20)
            .build();
    Publication publication =
        Publication.unsuppressed("Essai", "Janvier 2026", "Aiguillage", List.of(table));

    List<List<String>> records = records(TableCsv.bytes(publication));

    assertThat(records.get(3).get(1)).contains("non soumis au secret statistique");
    assertThat(records)
        .contains(
            List.of("Par « type »; détail"),
            List.of("Définition", "Une définition \"citée\"; ici"),
            List.of("", "'=SOMME(A1:A2)", "'@lien"),
            List.of("'-25 ans", "10", "20"));
  }

  static List<List<String>> records(byte[] csv) {
    String text = new String(csv, StandardCharsets.UTF_8).substring(1);
    return CsvReader.builder()
        .fieldSeparator(';')
        .ignoreDifferentFieldCount(true)
        .skipEmptyLines(true)
        .ofCsvRecord(text)
        .stream()
        .map(CsvRecord::getFields)
        .toList();
  }
}
