package fr.aiguillage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 1: files of the kind départements load into today's tools, as they come — each
 * previewed with nothing chosen by hand, every row accepted, every column explained.
 */
class FilesAsTheyComeTest {

  /** Nothing saved: the preview guesses the mapping from the headings. */
  static final class NothingSaved extends ImportJobTest.FakeIntake {
    NothingSaved() {
      super(row -> false, null);
    }

    @Override
    public Optional<ColumnMapping> savedMapping() {
      return Optional.empty();
    }
  }

  static ImportJob.Preview preview(byte[] file, String name) {
    return ImportJobTest.job(new NothingSaved())
        .preview(new ByteArrayInputStream(file), name, null, 20);
  }

  static String nir(String body13) {
    int key = 97 - new BigInteger(body13).mod(BigInteger.valueOf(97)).intValue();
    return body13 + String.format("%02d", key);
  }

  static IntakeRows.Outcome first(ImportJob.Preview p, byte[] file, String name) {
    try (RowSource source = ImportJob.open(new ByteArrayInputStream(file), name)) {
      IntakeRows rows =
          new IntakeRows(
              source.header(),
              p.mapping(),
              "08",
              LocalDate.of(2026, 12, 6),
              n -> new fr.aiguillage.beneficiary.ProtectedNir("c", "h-" + n.value()));
      return rows.read(source.next());
    }
  }

  static void allAccepted(ImportJob.Preview p) {
    assertThat(p.mappingProblems()).as("nothing to choose by hand").isEmpty();
    assertThat(p.rows()).isNotEmpty();
    assertThat(p.rows()).allSatisfy(r -> assertThat(r.problems()).as("row " + r.row()).isEmpty());
    assertThat(p.columns()).hasSize(p.header().size());
    assertThat(p.columns()).allSatisfy(c -> assertThat(c.why()).isNotBlank());
  }

  @Test
  void theCafContactFileWithoutBirthDateIsReadAsItComes() {
    // REFERENCE §6.3: the columns of the CAF's "fichier de contacts"; no birth date, no civility
    // for the second person but a NIR that gives it
    String body = nir("2850608105012");
    byte[] file =
        ("MATRICULE;ROLE PERSONNE;TYPE PERSONNE;NIR;NUMERO DEMANDE RSA;DATE DEMANDE RSA;"
                + "DATE DEBUT DROITS - DEVOIRS;NOM RESPONSABLE DOSSIER;PRENOM RESPONSABLE DOSSIER;"
                + "TELEPHONE;MAIL\n"
                + "7004992;DEM;MONSIEUR;;RSA0001;01/10/2026;15/10/2026;LEBLANC;Marc;0612345678;"
                + "marc.leblanc@exemple.fr\n"
                + "7004992;CJT;;"
                + body
                + ";RSA0001;01/10/2026;;LEBLANC;Julie;;\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    ImportJob.Preview p = preview(file, "contacts.csv");
    allAccepted(p);
    assertThat(p.mapping().column(IntakeField.BIRTH_DATE)).isEmpty();
    ImportJob.ColumnReading nom =
        p.columns().stream()
            .filter(c -> c.header().equals("NOM RESPONSABLE DOSSIER"))
            .findFirst()
            .orElseThrow();
    assertThat(nom.field()).isEqualTo(IntakeField.LAST_NAME);
    assertThat(nom.why()).isEqualTo("En-tête reconnu (« nom responsable dossier »).");
    ImportJob.ColumnReading ignored =
        p.columns().stream()
            .filter(c -> c.header().equals("NUMERO DEMANDE RSA"))
            .findFirst()
            .orElseThrow();
    assertThat(ignored.field()).isNull();
    assertThat(ignored.why()).startsWith("Ignorée");

    Staged marc = first(p, file, "contacts.csv").staged();
    assertThat(marc.birthDate()).isNull();
    assertThat(marc.birthYear()).as("no NIR: nothing known of the birth").isNull();
    assertThat(marc.rsaClaimDate()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(marc.rightsAndDutiesStart()).isEqualTo(LocalDate.of(2026, 10, 15));
    assertThat(marc.lastName()).isEqualTo("LEBLANC");
  }

  @Test
  void aDepartementsExportWithLineBreaksInHeadingsAndPostalCodeWithTownIsReadAsItComes() {
    byte[] file =
        ("\"Nom bénéficiaire\";\"Prénom bénéficiaire\";\"N° Allocataire\";\"Rôle\";"
                + "\"Date de\nNaissance\";\"Adresses\nMails\";\"N°\nTéléphones\";\"CP Ville\";"
                + "\"ID IODAS\";\"Référent\";\"Structure\";\"TAGS\"\n"
                + "Moreau;Inès;CAF0027004993;DEMANDEUR;12/02/1991;ines@exemple.fr;06 11 22 33 44;"
                + "08000 CHARLEVILLE-MEZIERES;IOD-55821;ref.sedan@ardennes.fr;PLIE Nord Ardennes;"
                + "prioritaire\n")
            .getBytes(StandardCharsets.UTF_8);
    ImportJob.Preview p = preview(file, "export.csv");
    allAccepted(p);
    Staged ines = first(p, file, "export.csv").staged();
    assertThat(ines.cafNumber()).as("CAF prefix and the CAF's code stripped").isEqualTo("7004993");
    assertThat(ines.postalCode()).isEqualTo("08000");
    assertThat(ines.communeName()).isEqualTo("CHARLEVILLE-MEZIERES");
    assertThat(ines.departmentFileId()).isEqualTo("IOD-55821");
    assertThat(ines.listedStructure()).isEqualTo("PLIE Nord Ardennes");
    assertThat(ines.referentEmail()).isEqualTo("ref.sedan@ardennes.fr");
    assertThat(ines.civility()).as("no civility column, no NIR: unknown, not invented").isNull();
    assertThat(ines.rsaClaimDate()).as("no claim date in the file: unknown").isNull();
    assertThat(ines.birthYear()).isEqualTo(1991);
  }

  @Test
  void aWorkbookWithNCafCiviliteRoleAndPoleEmploiIdIsReadAsItComes() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String nir = nir("1900375056123");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("Allocataires");
      String[] header = {
        "N° CAF", "Civilité", "Nom", "Prénom", "Role", "NIR", "ID pôle Emploi", "CP Ville", "TAGS"
      };
      XSSFRow h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      String[] row = {
        "CAF0027004994", "Madame", "Petit", "Sarah", "CJT", nir, "1234567A", "08200 SEDAN", "jeune"
      };
      XSSFRow r = sheet.createRow(1);
      for (int i = 0; i < row.length; i++) {
        r.createCell(i).setCellValue(row[i]);
      }
      wb.write(out);
    }
    byte[] file = out.toByteArray();
    ImportJob.Preview p = preview(file, "liste.xlsx");
    allAccepted(p);
    Staged sarah = first(p, file, "liste.xlsx").staged();
    assertThat(sarah.civility()).isEqualTo("MADAME");
    assertThat(sarah.householdRole()).isEqualTo("PARTNER");
    assertThat(sarah.franceTravailId()).isEqualTo("1234567A");
    assertThat(sarah.birthDate()).isNull();
    assertThat(sarah.birthYear()).as("from the NIR").isEqualTo(1990);
    assertThat(sarah.birthMonth()).isEqualTo(3);
    assertThat(sarah.communeName()).isEqualTo("SEDAN");
  }

  @Test
  void aPostalCodeAndTownThatDoNotStartWithTheCodeAreRefusedOnTheirColumn() {
    byte[] file =
        ("Nom;Prénom;N° CAF;Rôle;CP Ville\n" + "Roy;Luc;7004995;DEM;SEDAN 08200\n")
            .getBytes(StandardCharsets.UTF_8);
    ImportJob.Preview p = preview(file, "l.csv");
    assertThat(p.rows().get(0).problems())
        .extracting(Problem::column, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "CP Ville",
                "« SEDAN 08200 » : le code postal (5 chiffres) doit précéder la commune, ex. « 08000"
                    + " CHARLEVILLE-MEZIERES »."));
  }

  @Test
  void theSampleContactFileShippedInTheDocsIsReadAsItComes() throws Exception {
    byte[] file =
        java.nio.file.Files.readAllBytes(
            java.nio.file.Path.of("../docs/samples/fichier-contacts-caf-exemple.csv"));
    allAccepted(preview(file, "fichier-contacts-caf-exemple.csv"));
  }

  @Test
  void theSampleFlowShippedInTheDocsFollowsFourPeopleAndSaysWhyNotTheOthers() throws Exception {
    java.util.List<Staged> people = new java.util.ArrayList<>();
    java.util.List<Problem> lines = new java.util.ArrayList<>();
    try (CafFlowReader reader =
        new CafFlowReader(
            java.nio.file.Files.newInputStream(
                java.nio.file.Path.of("../docs/samples/flux-cnaf-exemple.xml")))) {
      LocalDate date = reader.header().date();
      assertThat(date).isEqualTo(LocalDate.of(2026, 12, 1));
      FlowStaging staging =
          new FlowStaging(
              CafScopeRule.WEBRSA,
              fr.aiguillage.tenancy.TenantCode.of("08"),
              LocalDate.of(2026, 12, 6),
              n -> new fr.aiguillage.beneficiary.ProtectedNir("c", "h-" + n.value()));
      FlowHousehold h;
      while ((h = reader.next()) != null) {
        staging.household(h, date, null, people, lines);
      }
    }
    assertThat(people.stream().filter(p -> p.flow().inScope()).map(Staged::firstNames))
        .containsExactly("Hélène", "Noël", "Maëlle", "Jérôme");
    assertThat(lines)
        .extracting(Problem::row, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                4, "État du droit 1 (droit refusé) hors du champ du département."),
            org.assertj.core.groups.Tuple.tuple(5, "N'est plus soumis(e) aux droits et devoirs."),
            org.assertj.core.groups.Tuple.tuple(6, "Droit au RSA clos (état 5)."));
  }
}
