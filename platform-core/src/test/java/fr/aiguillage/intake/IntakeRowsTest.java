package fr.aiguillage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.beneficiary.ProtectedNir;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** Rows as the bulk API sends them, read with the bulk API's mapping. */
  static List<IntakeRows.Outcome> readJson(List<? extends Map<String, ?>> objects) {
    List<String> header = Arrays.stream(IntakeField.values()).map(IntakeField::jsonName).toList();
    Map<IntakeField, String> identity = new EnumMap<>(IntakeField.class);
    for (IntakeField f : IntakeField.values()) {
      identity.put(f, f.jsonName());
    }
    IntakeRows rows =
        new IntakeRows(
            header,
            new ColumnMapping(identity),
            "08",
            TODAY,
            nir -> new ProtectedNir("c-" + nir.value(), "h-" + nir.value()));
    List<IntakeRows.Outcome> out = new ArrayList<>();
    try (RowSource source = new JsonRowSource(header, objects)) {
      RowSource.SourceRow r;
      while ((r = source.next()) != null) {
        out.add(rows.read(r));
      }
    }
    return out;
  }

  /** A valid bulk row, changed by {@code changes}. */
  static Map<String, Object> person(String caf, Map<String, Object> changes) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("civility", "MADAME");
    p.put("lastName", "Ligne");
    p.put("firstNames", "Léa");
    p.put("birthDate", "1990-05-03");
    p.put("cafNumber", caf);
    p.put("householdRole", "DEM");
    p.put("rsaClaimDate", "2026-09-01");
    p.put("addressLine", "1 rue Haute");
    p.put("postalCode", "08000");
    p.put("communeName", "Charleville-Mézières");
    p.put("communeInsee", "08105");
    p.putAll(changes);
    return p;
  }

  @Test
  void aRowWithATextTooLongOrAControlCharacterIsReportedOnItsFieldAndSkipped() {
    List<IntakeRows.Outcome> out =
        readJson(
            List.of(
                person("1111111", Map.of()),
                person("2222222", Map.of("addressLine", "x".repeat(100 * 1024))),
                person("3333333", Map.of("addressLine", "1 rue\u0000Haute")),
                person(
                    "4444444",
                    Map.of(
                        "tags",
                        "t".repeat(501),
                        "referentEmail",
                        "r".repeat(300) + "@exemple.fr",
                        "phone2",
                        "06\u000012345678",
                        "communeName",
                        "c".repeat(5_000))),
                person("5555555", Map.of("civility", "\u0000".repeat(50_000)))));
    assertThat(out.get(0).problems()).isEmpty();
    assertThat(out.get(0).staged()).isNotNull();
    assertThat(out.subList(1, 5)).allSatisfy(o -> assertThat(o.staged()).isNull());
    assertThat(out.get(1).problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(2);
              assertThat(p.column()).isEqualTo("addressLine");
              assertThat(p.message()).contains("200 caractères au plus");
            });
    assertThat(out.get(2).problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.column()).isEqualTo("addressLine");
              assertThat(p.message()).contains("caractère de contrôle");
            });
    assertThat(out.get(3).problems())
        .extracting(Problem::column)
        .containsExactlyInAnyOrder("tags", "referentEmail", "phone2", "communeName");
    assertThat(out.get(4).problems())
        .as("a message quoting the cell stays short and printable")
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.column()).isEqualTo("civility");
              assertThat(p.message()).hasSizeLessThan(200).doesNotContain("\u0000");
            });
  }

  @Test
  void aBulkRowWithAnUnknownFieldOrANonTextValueIsRefusedNotIgnored() {
    List<IntakeRows.Outcome> out =
        readJson(
            List.of(
                person("1111111", Map.of("adresse", "1 rue Basse")),
                person("2222222", Map.of()),
                person("3333333", Map.of("cafNumber", new BigDecimal("0812345"))),
                Map.of("champInconnu", "x")));
    assertThat(out).hasSize(4);
    assertThat(out.get(0).staged()).isNull();
    assertThat(out.get(0).problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(1);
              assertThat(p.column()).isEqualTo("adresse");
              assertThat(p.message()).contains("Champ inconnu", "addressLine");
            });
    assertThat(out.get(1).staged()).isNotNull();
    assertThat(out.get(2).staged()).isNull();
    assertThat(out.get(2).problems())
        .extracting(Problem::column)
        .as("a number would lose its leading zero")
        .contains("cafNumber");
    assertThat(out.get(3).problems()).extracting(Problem::column).contains("champInconnu");
  }
}
