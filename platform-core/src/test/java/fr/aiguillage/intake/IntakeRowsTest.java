package fr.aiguillage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.beneficiary.ProtectedNir;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntakeRowsTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  static final String HEADER =
      "Civilité;Nom;Prénom;Date de naissance;N° allocataire;Rôle;NIR;Code postal;Code INSEE;"
          + "Date d'ouverture de droit;Date SDD;Téléphone\n";

  static List<IntakeRows.Outcome> read(byte[] file) {
    try (RowSource source = ImportJob.open(new ByteArrayInputStream(file), "liste.csv")) {
      ColumnMapping mapping = ColumnMapping.suggest(source.header());
      IntakeRows rows =
          new IntakeRows(
              source.header(),
              mapping,
              "08",
              TODAY,
              nir -> new ProtectedNir("c-" + nir.value(), "h-" + nir.value()));
      List<IntakeRows.Outcome> out = new ArrayList<>();
      RowSource.SourceRow r;
      while ((r = source.next()) != null) {
        out.add(rows.read(r));
      }
      return out;
    }
  }

  @Test
  void theMappingIsGuessedFromUsualHeaders() {
    ColumnMapping m = ColumnMapping.suggest(List.of(HEADER.strip().split(";")));
    assertThat(m.column(IntakeField.CAF_NUMBER)).contains("N° allocataire");
    assertThat(m.column(IntakeField.RSA_CLAIM_DATE)).contains("Date d'ouverture de droit");
    assertThat(m.column(IntakeField.RIGHTS_AND_DUTIES_START)).contains("Date SDD");
    assertThat(m.problems(List.of(HEADER.strip().split(";")))).isEmpty();
  }

  @Test
  void aValidRowIsNormalisedWhateverTheDateFormat() {
    byte[] file =
        (HEADER
                + "Mme;Martin;Léa;03/05/1990;1234567;DEM;;08000;08105;2026-09-01;46275;06 12 34 56 78\n"
                + ";Durand;Paul;19850412;7654321;Conjoint;1 85 04 12 345 678 17;08000;08105;01.09.2026;;\n")
            .getBytes(StandardCharsets.UTF_8);
    List<IntakeRows.Outcome> out = read(file);
    assertThat(out.get(0).problems()).isEmpty();
    Staged lea = out.get(0).staged();
    assertThat(lea.civility()).isEqualTo("MADAME");
    assertThat(lea.birthDate()).isEqualTo(LocalDate.of(1990, 5, 3));
    assertThat(lea.rightsAndDutiesStart())
        .as("Excel serial number")
        .isEqualTo(LocalDate.of(2026, 9, 10));
    assertThat(lea.phone()).isEqualTo("0612345678");
    assertThat(lea.row()).isEqualTo(2);
    assertThat(out.get(1).problems()).as(out.get(1).problems().toString()).isEmpty();
    assertThat(out.get(1).staged().civility()).as("from the NIR").isEqualTo("MONSIEUR");
    assertThat(out.get(1).staged().householdRole()).isEqualTo("PARTNER");
    assertThat(out.get(1).staged().nirHash()).startsWith("h-");
  }

  @Test
  void everyProblemOfARowIsReportedWithTheFilesOwnColumnName() {
    byte[] file =
        (HEADER
                + "Mme;Martin;Léa;31/02/1990;12;ENF;;08000;08105;2026-09-01;;\n"
                + "Mme;Lefèvre;Anne;03/05/1990;2345678;DEM;;59000;59350;2026-09-01;;\n"
                + "X;Petit;Jean;03/05/1990;3456789;DEM;;08000;08999;2030-01-01;;\n")
            .getBytes(Charset.forName("windows-1252"));
    List<IntakeRows.Outcome> out = read(file);
    assertThat(out.get(0).staged()).isNull();
    assertThat(out.get(0).problems())
        .extracting(Problem::column)
        .contains("Date de naissance", "N° allocataire", "Rôle");
    assertThat(out.get(0).problems())
        .filteredOn(p -> p.column().equals("Rôle"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message()).contains("seuls le demandeur (DEM) et son conjoint (CJT)"));
    assertThat(out.get(1).problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.column()).isEqualTo("Code INSEE");
              assertThat(p.message()).contains("Lille", "département 59", "pas du vôtre (08)");
            });
    assertThat(out.get(2).problems())
        .extracting(Problem::column)
        .contains("Civilité", "Code INSEE", "Date d'ouverture de droit");
  }
}
