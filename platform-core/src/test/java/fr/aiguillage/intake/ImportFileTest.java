package fr.aiguillage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file nobody looks at is told apart by its content (a CNAF XML flow, a workbook, a CSV list),
 * read with the saved mapping, else the one its header suggests; a file refused as a whole still
 * leaves a failed run that says why, with the origin it came by.
 */
class ImportFileTest {
  @TempDir Path dir;

  /** Records the runs opened and closed; writes nothing. */
  static final class RecordingIntake extends Intake {
    Optional<ColumnMapping> saved = Optional.empty();
    final List<String> begun = new ArrayList<>();
    String failure;
    int written;

    @Override
    public Optional<ColumnMapping> savedMapping() {
      return saved;
    }

    /** No person was seen before: nothing is skipped. */
    @Override
    public UnchangedRows.Skipped skipUnchanged(UUID runId, UnchangedRows.Prints prints) {
      prints.each(new PrintSet(), p -> {});
      return UnchangedRows.Skipped.none();
    }

    @Override
    public ImportRunDetails begin(
        String source, ImportOrigin origin, String fileName, long size, ColumnMapping mapping) {
      begun.add(source + " " + origin + " " + fileName);
      return view(ImportRun.Status.RUNNING, origin, null);
    }

    @Override
    public ChunkResult writeChunk(
        UUID runId, int rowsRead, List<Staged> valid, List<Problem> problems) {
      written += valid.size();
      return new ChunkResult(valid.size(), 0, 0, 0, 0, 0);
    }

    @Override
    public ImportRunDetails finish(UUID runId, String sha256, String failure) {
      this.failure = failure;
      return view(failure == null ? ImportRun.Status.DONE : ImportRun.Status.FAILED, null, failure);
    }

    private static ImportRunDetails view(
        ImportRun.Status status, ImportOrigin origin, String failure) {
      return new ImportRunDetails(
          UUID.randomUUID(),
          "CSV",
          origin,
          null,
          status,
          Instant.EPOCH,
          "depot-automatique",
          null,
          0,
          0,
          0,
          0,
          0,
          failure,
          null,
          null,
          0,
          0);
    }

    @Override
    public Optional<java.time.LocalDate> lastFlowDate() {
      return Optional.empty();
    }

    @Override
    void note(UUID runId, List<Problem> lines) {
      notes.addAll(lines);
    }

    @Override
    void flowDate(UUID runId, java.time.LocalDate date) {}

    final List<Problem> notes = new ArrayList<>();
  }

  /** The département's reading of the flow: WebRSA's, nothing saved. */
  static final class DefaultFlowSettings extends CafFlowSettings {
    @Override
    public Saved get() {
      return new Saved("2,3,4", "", null);
    }
  }

  static ImportJob job(Intake intake) {
    return ImportJobTest.job(
        intake,
        new Caller(
            "depot-automatique",
            Optional.of(TenantCode.of("08")),
            Optional.empty(),
            Set.of(Roles.FLOW_SENDER)));
  }

  Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void xmlIsToldByItsFirstCharacterAfterAByteOrderMarkAndWhiteSpace() {
    assertThat(ImportJob.looksLikeXml("<?xml version=\"1.0\"?><a/>".getBytes())).isTrue();
    assertThat(ImportJob.looksLikeXml("\uFEFF \n <flux>".getBytes(StandardCharsets.UTF_8)))
        .isTrue();
    assertThat(ImportJob.looksLikeXml("<flux>".getBytes(StandardCharsets.UTF_16))).isTrue();
    assertThat(ImportJob.looksLikeXml("\uFEFF<flux>".getBytes(StandardCharsets.UTF_16LE)))
        .as("UTF-16 LE with its mark")
        .isTrue();
    assertThat(ImportJob.looksLikeXml("Nom;Prénom\n".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(ImportJob.looksLikeXml(new byte[] {'P', 'K', 3, 4})).isFalse();
    assertThat(ImportJob.looksLikeXml(new byte[0])).isFalse();
  }

  @Test
  void aCnafXmlFlowGoesToTheFlowReaderWhichRefusesOneWithoutItsDate() throws IOException {
    RecordingIntake intake = new RecordingIntake();
    ImportJob job = job(intake);
    job.flows = new CafFlows();
    job.flows.intake = intake;
    job.flows.settings = new DefaultFlowSettings();
    job.flows.nirs = job.nirs;
    job.flows.caller = job.caller;
    job.flows.clock = job.clock;
    job.flows.chunkRows = 2000;
    ImportRunDetails run =
        job.importFile(
            file("flux.xml", "<?xml version=\"1.0\"?>\n<flux/>"), "flux.xml", ImportOrigin.DROP);
    assertThat(run.status()).isEqualTo(ImportRun.Status.FAILED);
    assertThat(intake.begun).containsExactly("CAF_XML DROP flux.xml");
    assertThat(intake.failure).isEqualTo("Date du flux absente : le flux ne peut pas être daté.");
    assertThat(intake.notes)
        .extracting(Problem::column)
        .containsExactly("IdentificationFlux — DTCREAFLUX");
  }

  @Test
  void aListWhoseHeaderFitsNoMappingLeavesAFailedRunWithTheReasonInFrench() throws IOException {
    RecordingIntake intake = new RecordingIntake();
    ImportRunDetails run =
        job(intake)
            .importFile(
                file("autre.csv", "Colonne;Autre\nun;deux\n"), "autre.csv", ImportOrigin.EXCHANGE);
    assertThat(run.status()).isEqualTo(ImportRun.Status.FAILED);
    assertThat(intake.begun).containsExactly("CSV EXCHANGE autre.csv");
    assertThat(intake.failure).contains("Choisissez la colonne qui contient");
    assertThat(intake.written).isZero();
  }

  @Test
  void anEmptyOrOversizedFileIsRefusedWithARun() throws IOException {
    RecordingIntake intake = new RecordingIntake();
    job(intake).importFile(file("vide.csv", ""), "vide.csv", ImportOrigin.DROP);
    assertThat(intake.failure).isEqualTo("Le fichier est vide.");

    ImportJob small = job(intake);
    small.maxFileBytes = 4;
    small.importFile(file("gros.csv", "Nom;Prénom\n"), "gros.csv", ImportOrigin.DROP);
    assertThat(intake.failure).startsWith("Le fichier dépasse la taille maximale");
  }

  @Test
  void aListIsReadWithTheMappingItsHeaderSuggestsWhenNoneIsSaved() throws IOException {
    RecordingIntake intake = new RecordingIntake();
    String list =
        "Civilité;Nom;Prénom;Date de naissance;Matricule;Rôle;Code postal;Code INSEE;Date d'ouverture de droit\n"
            + "Mme;Durand;Louise;14/04/1987;8400001;DEM;08200;08409;01/10/2026\n";
    ImportRunDetails run =
        job(intake).importFile(file("liste.csv", list), "liste.csv", ImportOrigin.DROP);
    assertThat(intake.failure).as(String.valueOf(intake.failure)).isNull();
    assertThat(run.status()).isEqualTo(ImportRun.Status.DONE);
    assertThat(intake.begun).containsExactly("CSV DROP liste.csv");
    assertThat(intake.written).isEqualTo(1);
  }
}
