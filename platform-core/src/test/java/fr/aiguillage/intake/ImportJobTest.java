package fr.aiguillage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguillage.beneficiary.NirProtector;
import fr.aiguillage.shared.DatabaseRefusal;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantCode;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A run never carries the database's words: a chunk the database refuses is written row by row so
 * that only the refused row is left out and reported in French; any other failure stops the run
 * with a French message.
 */
class ImportJobTest {

  /** Writes nothing; refuses any chunk holding a row {@code refuses} matches. */
  static class FakeIntake extends Intake {
    final Predicate<Staged> refuses;
    final RuntimeException failure;
    final List<Problem> saved = new ArrayList<>();
    String finishedWith;
    int rowsRead;

    FakeIntake(Predicate<Staged> refuses, RuntimeException failure) {
      this.refuses = refuses;
      this.failure = failure;
    }

    @Override
    public ImportRunDetails begin(
        String source, ImportOrigin origin, String fileName, long size, ColumnMapping mapping) {
      return view(null);
    }

    /** No person was seen before: nothing is skipped. */
    @Override
    public UnchangedRows.Skipped skipUnchanged(UUID runId, UnchangedRows.Prints prints) {
      prints.each(new PrintSet(), p -> {});
      return UnchangedRows.Skipped.none();
    }

    @Override
    public ChunkResult writeChunk(
        UUID runId, int rowsRead, List<Staged> valid, List<Problem> problems) {
      if (failure != null) {
        throw failure;
      }
      if (valid.stream().anyMatch(refuses)) {
        throw new ChunkRefusedException(
            DatabaseRefusal.of(
                    new SQLException(
                        "ERROR: duplicate key value violates unique constraint"
                            + " \"beneficiary_tenant_id_key\"",
                        "23505"))
                .orElseThrow());
      }
      this.rowsRead += rowsRead;
      saved.addAll(problems);
      return new ChunkResult(
          valid.size(),
          0,
          0,
          (int) problems.stream().mapToInt(Problem::row).distinct().count(),
          0,
          0);
    }

    @Override
    public ImportRunDetails finish(UUID runId, String sha256, String failure) {
      finishedWith = failure;
      return view(failure);
    }

    private static ImportRunDetails view(String failure) {
      return new ImportRunDetails(
          UUID.randomUUID(),
          "JSON",
          ImportOrigin.API,
          null,
          failure == null ? ImportRun.Status.DONE : ImportRun.Status.FAILED,
          Instant.EPOCH,
          "agent-08",
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
  }

  static ImportJob job(FakeIntake intake) {
    return job(
        intake,
        new Caller(
            "agent-08",
            Optional.of(TenantCode.of("08")),
            Optional.empty(),
            Set.of(Roles.ORIENTATION_AGENT)));
  }

  /** A job writing through {@code intake}, as {@code who}, on 22 November 2026. */
  static ImportJob job(Intake intake, Caller who) {
    ImportJob job = new ImportJob();
    job.intake = intake;
    String key = Base64.getEncoder().encodeToString(new byte[32]);
    job.nirs = new NirProtector(key, key);
    job.caller = new CurrentCaller();
    job.caller.actAs(who);
    job.clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    job.chunkRows = 2000;
    return job;
  }

  static List<Map<String, Object>> fourPeople() {
    return List.of(
        IntakeRowsTest.person("7100001", Map.of()),
        IntakeRowsTest.person("7100002", Map.of()),
        IntakeRowsTest.person("7100003", Map.of()),
        IntakeRowsTest.person("7100004", Map.of("addressLine", "x".repeat(100 * 1024))));
  }

  /** The outbox relay waits while the rows are written, and no longer: even when a chunk fails. */
  @Test
  void theOutboxRelayIsHeldWhileTheRowsAreWritten() {
    fr.aiguillage.events.RelayHold relay = new fr.aiguillage.events.RelayHold();
    List<Boolean> heldWhileWriting = new ArrayList<>();
    FakeIntake intake =
        new FakeIntake(row -> false, null) {
          @Override
          public ChunkResult writeChunk(
              UUID runId, int rowsRead, List<Staged> valid, List<Problem> problems) {
            heldWhileWriting.add(relay.holds(60_000));
            return super.writeChunk(runId, rowsRead, valid, problems);
          }
        };
    ImportJob job = job(intake);
    job.relay = relay;
    job.runRows(fourPeople(), p -> {});
    assertThat(heldWhileWriting).isNotEmpty().containsOnly(true);
    assertThat(relay.holds(60_000)).as("released at the end").isFalse();

    ImportJob failing = job(new FakeIntake(row -> false, new IllegalStateException("base")));
    failing.relay = relay;
    org.assertj.core.api.Assertions.catchThrowable(() -> failing.runRows(fourPeople(), p -> {}));
    assertThat(relay.holds(60_000)).as("released when the import stops").isFalse();
  }

  @Test
  void aChunkTheDatabaseRefusesIsWrittenRowByRowAndOnlyTheRefusedRowIsLeftOut() {
    FakeIntake intake = new FakeIntake(row -> row.cafNumber().equals("7100002"), null);
    final int[] created = {0};
    ImportRunDetails done =
        job(intake).runRows(fourPeople(), p -> created[0] = p.totals().created());
    assertThat(done.status()).isEqualTo(ImportRun.Status.DONE);
    assertThat(intake.finishedWith).isNull();
    assertThat(created[0]).isEqualTo(2);
    assertThat(intake.rowsRead).as("each row counted once").isEqualTo(4);
    assertThat(intake.saved).extracting(Problem::row).containsExactly(4, 2);
    assertThat(intake.saved)
        .filteredOn(p -> p.row() == 2)
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .startsWith("Ligne non enregistrée")
                    .doesNotContain("duplicate key", "ERROR", "constraint"));
  }

  @Test
  void aRunStoppedByATechnicalFailureCarriesAFrenchMessageNotTheDatabases() {
    FakeIntake intake =
        new FakeIntake(
            row -> false,
            new IllegalStateException(
                "import: a chunk could not be written",
                new SQLException("FATAL: terminating connection due to administrator command")));
    assertThatThrownBy(() -> job(intake).runRows(fourPeople(), p -> {}))
        .isInstanceOf(IllegalStateException.class);
    assertThat(intake.finishedWith)
        .startsWith("Import interrompu après 0 lignes")
        .contains("journal du serveur")
        .doesNotContain("FATAL", "terminating", "chunk");
  }
}
