package fr.aiguillage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.beneficiary.NirProtector;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantCode;
import fr.aiguillage.testing.EmbeddedDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Unchanged rows skipped by their fingerprints (issue 15, speed), through the import's own chunk
 * loop ({@link ImportJob}, {@link ImportChunks}) and its SQL ({@link UnchangedRows}, {@link
 * ChunkWriter}) against a real PostgreSQL, as the application's role under row-level security.
 */
class UnchangedRowsTest {
  static EmbeddedDatabase db;

  @BeforeAll
  static void migrate() throws Exception {
    db = EmbeddedDatabase.start(Files.createTempDirectory("unchanged"), 0, false);
    db.migrate();
    try (Connection c = db.ownerDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO tenant (code, name) VALUES ('08', 'Ardennes'), ('59', 'Nord')");
    }
  }

  @AfterAll
  static void stop() throws Exception {
    db.close();
  }

  /**
   * The import's steps on the embedded database, each in its own transaction as in the container:
   * what {@link Intake} does around {@link UnchangedRows} and {@link ChunkWriter}, without JPA.
   */
  static final class DbIntake extends Intake {
    final String tenant;
    final UUID run = UUID.randomUUID();
    int skipped;
    int skippedOutOfScope;
    int lookups;
    long writeNanos;
    long skipNanos;
    ChunkResult written = ChunkResult.NONE;
    final List<Problem> problems = new ArrayList<>();

    DbIntake(String tenant) {
      this.tenant = tenant;
    }

    @Override
    public ImportRunDetails begin(
        String source, ImportOrigin origin, String fileName, long size, ColumnMapping mapping) {
      return ImportRunDetails.of(
          ImportRun.start(source, origin, fileName, size, null, "t", java.time.Instant.EPOCH));
    }

    @Override
    public UnchangedRows.Skipped skipUnchanged(UUID runId, UnchangedRows.Prints prints) {
      long t0 = System.nanoTime();
      try (Connection c = app(tenant)) {
        UnchangedRows.Skipped s = UnchangedRows.skip(c, run, prints, NIR_HASH, Thread::new);
        skipNanos += System.nanoTime() - t0;
        c.commit();
        skipped += s.rows();
        skippedOutOfScope += s.outOfScope();
        lookups++;
        return s;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public ChunkResult writeChunk(UUID runId, int rowsRead, List<Staged> valid, List<Problem> bad) {
      long t0 = System.nanoTime();
      try (Connection c = app(tenant)) {
        ChunkWriter.Counts n = ChunkWriter.write(c, run, "agent", "test", valid);
        c.commit();
        writeNanos += System.nanoTime() - t0;
        problems.addAll(bad);
        problems.addAll(n.problems());
        ChunkResult r = new ChunkResult(n.created(), n.updated(), n.unchanged(), 0, 0, 0);
        written = written.plus(r);
        return r;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public ChunkResult writeFlowChunk(
        UUID runId, int households, List<Staged> valid, List<Problem> lines) {
      try (Connection c = app(tenant)) {
        ChunkWriter.Counts n =
            valid.isEmpty()
                ? ChunkWriter.Counts.NONE
                : ChunkWriter.write(c, run, "agent", "test", valid);
        c.commit();
        problems.addAll(new FlowRows().report(lines, n));
        ChunkResult r =
            new ChunkResult(n.created(), n.updated(), n.unchanged(), 0, n.outOfScope(), n.exited());
        written = written.plus(r);
        return r;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    void flowDate(UUID runId, java.time.LocalDate date) {}

    @Override
    public Optional<java.time.LocalDate> lastFlowDate() {
      return Optional.empty();
    }

    @Override
    void note(UUID runId, List<Problem> lines) {
      problems.addAll(lines);
    }

    @Override
    void noteMany(UUID runId, Problem line, int[] rows) {
      for (int row : rows) {
        problems.add(new Problem(row, line.column(), line.message(), line.kind()));
      }
    }

    @Override
    public ImportRunDetails finish(UUID runId, String sha256, String failure) {
      return null;
    }
  }

  /** A list that counts how many times it is read from its start. */
  static final class Readings<T> extends java.util.AbstractList<T> {
    final List<T> rows;
    int readings;

    Readings(List<T> rows) {
      this.rows = rows;
    }

    @Override
    public java.util.Iterator<T> iterator() {
      readings++;
      return super.iterator();
    }

    @Override
    public T get(int i) {
      return rows.get(i);
    }

    @Override
    public int size() {
      return rows.size();
    }
  }

  static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  /** A NIR's hash as the beneficiary table keeps it (Intake#nirHash). */
  static final java.util.function.Function<String, String> NIR_HASH =
      n -> {
        try {
          return new NirProtector(KEY, KEY).hash(fr.aiguillage.beneficiary.Nir.parse("nir", n));
        } catch (fr.aiguillage.shared.InvalidInputException e) {
          return null;
        }
      };

  /** Imports {@code people} as the bulk API would, in chunks of {@code chunk} rows. */
  static DbIntake run(String tenant, int chunk, List<? extends Map<String, ?>> people) {
    DbIntake intake = new DbIntake(tenant);
    ImportJob job =
        ImportJobTest.job(
            intake,
            new Caller(
                "agent",
                Optional.of(TenantCode.of(tenant)),
                Optional.empty(),
                Set.of(Roles.ORIENTATION_AGENT)));
    job.nirs = new NirProtector(KEY, KEY);
    job.chunkRows = chunk;
    job.runRows(people, p -> {});
    return intake;
  }

  static Map<String, Object> person(String caf, Map<String, Object> changes) {
    return IntakeRowsTest.person(caf, changes);
  }

  @Test
  void anUnchangedRowIsSkippedAChangedOneWrittenAndAHandCorrectionKept() throws SQLException {
    List<Map<String, Object>> list =
        List.of(
            person("5100001", Map.of("phone", "0611111111")),
            person("5100002", Map.of()),
            person("5100003", Map.of()));
    DbIntake first = run("08", 2, list);
    assertThat(first.written.created()).isEqualTo(3);
    assertThat(first.skipped).isZero();
    long events = events();

    DbIntake again = run("08", 2, list);
    assertThat(again.skipped).as("every row skipped").isEqualTo(3);
    assertThat(again.written).isEqualTo(Intake.ChunkResult.NONE);
    assertThat(events()).isEqualTo(events);

    // an agent corrects the phone by hand; the CAF's list has not changed since: the correction
    // stands (the list says nothing new about this person)
    execute("UPDATE beneficiary SET phone = '+33622222222' WHERE caf_number = '5100001'", "08");
    DbIntake third =
        run(
            "08",
            2,
            List.of(
                list.get(0), list.get(1), person("5100003", Map.of("addressLine", "2 rue Basse"))));
    assertThat(third.skipped).isEqualTo(2);
    assertThat(third.written.updated()).as("the row that changed").isEqualTo(1);
    assertThat(text("SELECT phone FROM beneficiary WHERE caf_number = '5100001'", "08"))
        .isEqualTo("+33622222222");
    assertThat(text("SELECT address_line FROM beneficiary WHERE caf_number = '5100003'", "08"))
        .isEqualTo("2 rue Basse");
    // the changed row is now the one remembered: the same list again skips all three
    assertThat(
            run(
                    "08",
                    2,
                    List.of(
                        list.get(0),
                        list.get(1),
                        person("5100003", Map.of("addressLine", "2 rue Basse"))))
                .skipped)
        .isEqualTo(3);
  }

  @Test
  void aRowTwiceInAFileIsADuplicateWhetherInOneBatchOrAcross() {
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      list.add(person("520000" + i, Map.of()));
    }
    run("08", 10, list);
    // chunks of one row: the second person twice in a row, the first person at both ends
    DbIntake twice =
        run(
            "08",
            1,
            List.of(list.get(0), list.get(1), list.get(1), list.get(2), list.get(3), list.get(0)));
    assertThat(twice.skipped).isEqualTo(4);
    assertThat(twice.problems)
        .extracting(Problem::row, Problem::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                3, "Ligne en double : la même personne est déjà à la ligne 2."),
            org.assertj.core.groups.Tuple.tuple(
                6, "Ligne en double : la même personne est déjà à la ligne 1."));
    assertThat(twice.written.created() + twice.written.updated()).isZero();
  }

  @Test
  void aClosedFileIsNeverSkippedTheRowBringsThePersonBack() throws SQLException {
    List<Map<String, Object>> list = List.of(person("5300001", Map.of()));
    run("08", 10, list);
    execute("UPDATE beneficiary SET status = 'CLOSED' WHERE caf_number = '5300001'", "08");
    execute(
        "UPDATE orientation o SET state = 'CLOSED' FROM beneficiary b WHERE b.id = o.beneficiary_id"
            + " AND b.caf_number = '5300001'",
        "08");
    DbIntake back = run("08", 10, list);
    assertThat(back.skipped).isZero();
    assertThat(back.written.updated()).as("re-entry").isEqualTo(1);
    // the file open again, waiting for its start of rights and duties (the row gives none)
    assertThat(text("SELECT status FROM beneficiary WHERE caf_number = '5300001'", "08"))
        .isEqualTo("INTAKE");
  }

  @Test
  void anotherMappingOrAnotherKeyReadsTheRowsAgain() {
    RowPrints a = new RowPrints(new NirProtector(KEY, KEY).rowFingerprints(), "list:a");
    RowPrints b = new RowPrints(new NirProtector(KEY, KEY).rowFingerprints(), "list:b");
    String other =
        Base64.getEncoder()
            .encodeToString(
                new byte[] {
                  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
                  24, 25, 26, 27, 28, 29, 30, 31, 32
                });
    RowPrints c = new RowPrints(new NirProtector(KEY, other).rowFingerprints(), "list:a");
    assertThat(a.of("Léa", "1990")).hasSize(RowPrints.BYTES).isEqualTo(a.of("Léa", "1990"));
    assertThat(a.of("Léa", "1990")).isNotEqualTo(b.of("Léa", "1990"));
    assertThat(a.of("Léa", "1990")).isNotEqualTo(c.of("Léa", "1990"));
    assertThat(a.of("Léa", null)).isNotEqualTo(a.of("Léa", ""));
    assertThat(a.of("ab", "c")).isNotEqualTo(a.of("a", "bc"));
  }

  @Test
  void anotherDepartementFindsNoneOfTheFingerprints() throws SQLException {
    List<Map<String, Object>> list = List.of(person("5400001", Map.of()));
    run("08", 10, list);
    assertThat(count("SELECT count(*) FROM intake_fingerprint", "08")).isPositive();
    assertThat(count("SELECT count(*) FROM intake_fingerprint", "59")).isZero();
    // the same row in the Nord's import: nothing skipped (refused there: an Ardennes commune)
    DbIntake nord = run("59", 10, list);
    assertThat(nord.skipped).isZero();
    assertThat(nord.problems).isNotEmpty();
  }

  @Test
  void anUnchangedListIsLookedUpInOneStatementAndNeverReadASecondTime() {
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 10; i < 35; i++) {
      list.add(person("56000" + i, Map.of()));
    }
    run("08", 2, list);

    // 25 rows in chunks of 2: thirteen chunks, one lookup for the whole file
    Readings<Map<String, Object>> same = new Readings<>(list);
    DbIntake again = run("08", 2, same);
    assertThat(again.skipped).isEqualTo(25);
    assertThat(again.lookups).as("fingerprints looked up at once").isEqualTo(1);
    assertThat(same.readings).as("nothing left to read a second time").isEqualTo(1);
    assertThat(again.written).isEqualTo(Intake.ChunkResult.NONE);
    assertThat(marked(again))
        .as("no row left to write: nobody to find again, nobody marked")
        .isZero();

    // one row changed: the file is read again for that row only
    List<Map<String, Object>> oneChanged = new ArrayList<>(list);
    oneChanged.set(20, person("5600030", Map.of("addressLine", "5 rue Haute")));
    Readings<Map<String, Object>> changed = new Readings<>(oneChanged);
    DbIntake third = run("08", 2, changed);
    assertThat(third.skipped).isEqualTo(24);
    assertThat(third.lookups).isEqualTo(1);
    assertThat(changed.readings).isEqualTo(2);
    assertThat(third.written.updated()).isEqualTo(1);
    assertThat(third.written.created() + third.written.unchanged()).isZero();
  }

  @Test
  void aPersonSkippedEarlyIsADuplicateWhenAChangedRowForThemComesChunksLater() {
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 10; i < 22; i++) {
      list.add(person("57000" + i, Map.of()));
    }
    run("08", 2, list);
    List<Map<String, Object>> withLater = new ArrayList<>(list);
    withLater.add(person("5700010", Map.of("phone", "0633333333")));
    DbIntake again = run("08", 2, withLater);
    assertThat(again.skipped).isEqualTo(12);
    assertThat(again.problems)
        .extracting(Problem::row, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                13, "Ligne en double : la même personne est déjà à la ligne 1."));
    assertThat(again.written).isEqualTo(Intake.ChunkResult.NONE);
    assertThat(marked(again)).as("only the person the row left designates").isEqualTo(1);
  }

  @Test
  void aPersonSkippedEarlyIsADuplicateOfARowLeftThatHasTheirNirUnderAnotherCafNumber()
      throws SQLException {
    Map<String, Object> him =
        Map.of("civility", "MONSIEUR", "birthDate", "1985-04-12", "nir", "1 85 04 12 345 678 17");
    List<Map<String, Object>> list = new ArrayList<>();
    list.add(person("5800001", him));
    for (int i = 10; i < 20; i++) {
      list.add(person("58000" + i, Map.of()));
    }
    run("08", 2, list);
    List<Map<String, Object>> withLater = new ArrayList<>(list);
    withLater.add(person("5899999", him));
    DbIntake again = run("08", 2, withLater);
    assertThat(again.skipped).isEqualTo(11);
    assertThat(again.problems)
        .extracting(Problem::row, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                12, "Ligne en double : la même personne est déjà à la ligne 1."));
    assertThat(marked(again)).isEqualTo(1);
    assertThat(text("SELECT caf_number FROM beneficiary WHERE birth_date = '1985-04-12'", "08"))
        .as("the person as the first row says")
        .isEqualTo("5800001");
  }

  /** The people a run marked seen without writing them. */
  private static long marked(DbIntake run) {
    try {
      return count(
          "SELECT count(*) FROM intake_fingerprint WHERE last_run = '" + run.run + "'", "08");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aFlowReadTwiceSkipsEveryHouseholdThenWritesOnlyTheHouseholdThatChanged() throws Exception {
    String dupont =
        CafFlowWriteTest.household(
            "960001",
            "9600001",
            2,
            null,
            CafFlowWriteTest.person("MR", "DUPONT", "Jean", "1975-01-02", "DEM", 1));
    String martin =
        CafFlowWriteTest.household(
            "960002",
            "9600002",
            2,
            null,
            CafFlowWriteTest.person("MME", "MARTIN", "Anne", "1985-03-04", "DEM", 1)
                + CafFlowWriteTest.person("MR", "MARTIN", "Luc", "1984-05-06", "CJT", 1));
    String martinMoved =
        CafFlowWriteTest.household(
            "960002",
            "9600002",
            2,
            null,
            CafFlowWriteTest.person("MME", "MARTIN", "Anne", "1985-03-04", "DEM", 1)
                + CafFlowWriteTest.person("MR", "MARTIN", "Luc-Henri", "1984-05-06", "CJT", 1));
    FlowRun first = flow(CafFlowWriteTest.flow("2026-11-01", dupont, martin));
    assertThat(first.intake.written.created()).isEqualTo(3);

    FlowRun again = flow(CafFlowWriteTest.flow("2026-11-01", dupont, martin));
    assertThat(again.intake.skipped).isEqualTo(3);
    assertThat(again.intake.lookups).isEqualTo(1);
    // opened twice: the parser for the header, the scan for the households (all found by their
    // bytes, none parsed); nothing left to read a second time
    assertThat(again.opened).as("nothing left to read a second time").isEqualTo(2);
    assertThat(again.intake.written).isEqualTo(Intake.ChunkResult.NONE);

    FlowRun third = flow(CafFlowWriteTest.flow("2026-11-01", dupont, martinMoved));
    assertThat(third.intake.skipped).as("the Duponts").isEqualTo(1);
    // the first reading's two, then the second reading's scan and parser
    assertThat(third.opened).isEqualTo(4);
    assertThat(third.intake.written.updated()).as("Luc-Henri").isEqualTo(1);
    assertThat(third.intake.written.unchanged())
        .as("Anne, written with her household")
        .isEqualTo(1);
    assertThat(third.intake.problems).isEmpty();
    assertThat(
            text(
                "SELECT first_names FROM beneficiary WHERE caf_number = '9600002'"
                    + " AND birth_date = '1984-05-06'",
                "08"))
        .isEqualTo("Luc-Henri");
  }

  @Test
  void aFlowReadUnderAnotherRuleIsReadWholeAgain() throws Exception {
    String roux =
        CafFlowWriteTest.household(
            "960101",
            "9601001",
            3,
            null,
            CafFlowWriteTest.person("MME", "ROUX", "Léa", "1980-01-01", "DEM", 1));
    String xml = CafFlowWriteTest.flow("2026-11-01", roux);
    assertThat(flow(xml).intake.written.created()).isEqualTo(1);
    assertThat(flow(xml).intake.skipped).as("the same bytes, the same rule").isEqualTo(1);
    FlowRun stricter =
        flow(
            xml,
            new CafFlowSettings() {
              @Override
              public Saved get() {
                return new Saved("2", "", null);
              }
            });
    assertThat(stricter.intake.skipped)
        .as("the same bytes under a rule that no longer follows a suspended right")
        .isZero();
    assertThat(stricter.intake.written.outOfScope()).isEqualTo(1);
    assertThat(stricter.intake.problems)
        .extracting(Problem::message)
        .containsExactly(
            "État du droit 3 (droit ouvert et suspendu) hors du champ du département.");
  }

  @Test
  void aHouseholdTwiceInAFlowIsADuplicateEvenWhenTheFirstIsFoundByItsBytes() throws Exception {
    String blanc =
        CafFlowWriteTest.household(
            "960201",
            "9602001",
            2,
            null,
            CafFlowWriteTest.person("MR", "BLANC", "Paul", "1970-06-07", "DEM", 1));
    String blancMoved =
        CafFlowWriteTest.household(
            "960201",
            "9602001",
            2,
            null,
            CafFlowWriteTest.person("MR", "BLANC", "Paul-Louis", "1970-06-07", "DEM", 1));
    assertThat(flow(CafFlowWriteTest.flow("2026-11-01", blanc)).intake.written.created())
        .isEqualTo(1);
    FlowRun twice = flow(CafFlowWriteTest.flow("2026-11-01", blanc, blanc, blancMoved));
    assertThat(twice.intake.skipped).as("the first household, by its bytes").isEqualTo(1);
    assertThat(twice.intake.problems)
        .extracting(Problem::row, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                2, "Ligne en double : la même personne est déjà au foyer n° 1."),
            org.assertj.core.groups.Tuple.tuple(
                3, "Ligne en double : la même personne est déjà au foyer n° 1."));
    assertThat(text("SELECT first_names FROM beneficiary WHERE caf_number = '9602001'", "08"))
        .as("the person as the first household says")
        .isEqualTo("Paul");
  }

  /** Households with people out of scope, in the département's flow of 2026-11-01. */
  static final String[] OUT_OF_SCOPE = {
    CafFlowWriteTest.household(
        "960301",
        "9603001",
        2,
        null,
        CafFlowWriteTest.person("MR", "NOIR", "Marc", "1971-02-03", "DEM", 0)),
    CafFlowWriteTest.household(
        "960302",
        "9603002",
        2,
        null,
        CafFlowWriteTest.person("MME", "VERT", "Eva", "1982-04-05", "DEM", 1)
            + CafFlowWriteTest.person("MR", "VERT", "Yves", "1981-06-07", "CJT", 0)),
    CafFlowWriteTest.household(
        "960303",
        "9603003",
        6,
        null,
        CafFlowWriteTest.person("MME", "GRIS", "Lise", "1990-08-09", "DEM", 1)
            + CafFlowWriteTest.person("MR", "GRIS", "Tom", "1989-10-11", "CJT", 1)),
  };

  @Test
  void aHouseholdOutOfScopeIsFoundWithItsReportAndSaysTheSameWithoutBeingRead() throws Exception {
    String xml = CafFlowWriteTest.flow("2026-11-01", OUT_OF_SCOPE);
    FlowRun first = flow(xml);
    assertThat(first.intake.written.created()).as("Eva").isEqualTo(1);
    assertThat(first.intake.written.outOfScope()).as("Marc, Yves, Lise, Tom").isEqualTo(4);
    assertThat(count("SELECT count(*) FROM intake_flow_report", "08")).isEqualTo(3);

    FlowRun again = flow(xml);
    assertThat(again.intake.skipped).as("every household, by its bytes").isEqualTo(5);
    assertThat(again.intake.skippedOutOfScope).isEqualTo(4);
    assertThat(again.opened).as("nothing left to read a second time").isEqualTo(2);
    assertThat(again.intake.written).isEqualTo(Intake.ChunkResult.NONE);
    assertThat(again.intake.problems)
        .as("the report's lines, as the writer said them")
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactlyInAnyOrderElementsOf(first.intake.problems);
    assertThat(again.intake.problems)
        .extracting(Problem::row, Problem::column, Problem::kind)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(1, "Demandeur (DEM)", Problem.Kind.OUT_OF_SCOPE),
            org.assertj.core.groups.Tuple.tuple(2, "Conjoint (CJT)", Problem.Kind.OUT_OF_SCOPE),
            org.assertj.core.groups.Tuple.tuple(3, "Demandeur (DEM)", Problem.Kind.OUT_OF_SCOPE),
            org.assertj.core.groups.Tuple.tuple(3, "Conjoint (CJT)", Problem.Kind.OUT_OF_SCOPE));

    // Eva moves: her household is read again, and says again why Yves is out of scope
    String moved = OUT_OF_SCOPE[1].replace("<NUMVOIE>2</NUMVOIE>", "<NUMVOIE>4</NUMVOIE>");
    FlowRun third =
        flow(CafFlowWriteTest.flow("2026-11-01", OUT_OF_SCOPE[0], moved, OUT_OF_SCOPE[2]));
    assertThat(third.intake.skippedOutOfScope).as("Marc, Lise, Tom").isEqualTo(3);
    assertThat(third.intake.written.updated()).as("Eva").isEqualTo(1);
    assertThat(third.intake.written.outOfScope()).as("Yves").isEqualTo(1);
    assertThat(third.intake.problems).hasSize(4);
    assertThat(count("SELECT count(*) FROM intake_flow_report WHERE caf_number = '9603002'", "08"))
        .as("Eva's household kept as it is now, once")
        .isEqualTo(1);
  }

  @Test
  void aLineSaidOfManyHouseholdsIsReadInFileOrderWithTheRunsOtherLines() throws SQLException {
    UUID run = UUID.randomUUID();
    try (Connection c = app("08");
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO import_run (id, tenant_id, source, status, started_at, started_by)"
              + " VALUES ('"
              + run
              + "', '08', 'CAF_XML', 'DONE', now(), 'caf')");
      s.execute(
          "INSERT INTO import_problem (tenant_id, run_id, row_number, column_name, message, kind)"
              + " VALUES ('08', '"
              + run
              + "', 2, 'NIR', 'Clé du NIR fausse.', 'REJECTED'), ('08', '"
              + run
              + "', 5, 'Demandeur (DEM)', 'Élément non lu', 'NOTE')");
      s.execute(
          "INSERT INTO import_problem_group (tenant_id, run_id, column_name, message, kind,"
              + " row_numbers) VALUES ('08', '"
              + run
              + "', 'Demandeur (DEM)', 'Hors champ A.', 'OUT_OF_SCOPE', '{1,5,7}'), ('08', '"
              + run
              + "', 'Conjoint (CJT)', 'Hors champ B.', 'OUT_OF_SCOPE', '{5}')");
      c.commit();
    }
    java.util.function.BiFunction<String, String, List<String>> read =
        (sql, tenant) -> {
          List<String> out = new ArrayList<>();
          try (Connection c = app(tenant);
              Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      sql.replace("?1", "'" + run + "'").replace("?2", "1").replace("?3", "4"))) {
            while (rs.next()) {
              out.add(
                  rs.getMetaData().getColumnCount() == 1
                      ? rs.getString(1)
                      : rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
          return out;
        };
    assertThat(read.apply(Intake.PROBLEMS, "08"))
        .as("the second page of four, in file order, a row's own lines first")
        .containsExactly(
            "2 NIR Clé du NIR fausse.",
            "5 Demandeur (DEM) Élément non lu",
            "5 Demandeur (DEM) Hors champ A.",
            "5 Conjoint (CJT) Hors champ B.");
    assertThat(read.apply(Intake.PROBLEM_COUNT, "08")).containsExactly("6");
    assertThat(read.apply(Intake.PROBLEMS, "59")).as("the Nord's session sees none").isEmpty();
    assertThat(read.apply(Intake.PROBLEM_COUNT, "59")).containsExactly("0");
  }

  @Test
  void aHouseholdOfTwoSpousesOneOutOfScopeIsWrittenAndNeverKeptWithItsReport() throws Exception {
    String xml =
        CafFlowWriteTest.flow(
            "2026-11-01",
            CafFlowWriteTest.household(
                "960601",
                "9606001",
                2,
                null,
                CafFlowWriteTest.person("MME", "BRUN", "Alix", "1979-01-02", "DEM", 1)
                    + CafFlowWriteTest.person("MR", "BRUN", "Marc", "1978-03-04", "CJT", 0)
                    + CafFlowWriteTest.person("MR", "BRUN", "Paul", "1977-05-06", "CJT", 1)));
    FlowRun first = flow(xml);
    assertThat(first.intake.written.outOfScope()).as("Marc").isEqualTo(1);
    assertThat(count("SELECT count(*) FROM intake_flow_report WHERE caf_number = '9606001'", "08"))
        .as("a household of three is not one the report can say")
        .isZero();
    assertThat(flow(xml).intake.skippedOutOfScope).as("read again").isZero();
  }

  @Test
  void aPersonOutOfScopeWhomSomeoneNowDesignatesHasTheirHouseholdReadAgain() throws Exception {
    String noir =
        CafFlowWriteTest.household(
            "960401",
            "9604001",
            2,
            null,
            CafFlowWriteTest.person("MR", "NOIR", "Jean", "1966-02-03", "DEM", 0));
    String xml = CafFlowWriteTest.flow("2026-11-01", noir);
    assertThat(flow(xml).intake.written.outOfScope()).isEqualTo(1);
    assertThat(flow(xml).intake.skippedOutOfScope).as("found with its report").isEqualTo(1);

    // Jean is followed from a list: his household's report no longer holds
    DbIntake listed =
        run(
            "08",
            10,
            List.of(
                person(
                    "9604001",
                    Map.of("lastName", "NOIR", "firstNames", "Jean", "birthDate", "1966-02-03"))));
    assertThat(listed.written.created()).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM intake_flow_report WHERE caf_number = '9604001'", "08"))
        .as("forgotten when Jean was created")
        .isZero();

    FlowRun after = flow(xml);
    assertThat(after.intake.skipped).isZero();
    assertThat(after.intake.written.exited()).as("the flow says he left").isEqualTo(1);
    assertThat(after.intake.problems).extracting(Problem::kind).containsExactly(Problem.Kind.LEFT);
    assertThat(count("SELECT count(*) FROM intake_flow_report WHERE caf_number = '9604001'", "08"))
        .as("a household whose person is designated is not kept")
        .isZero();
  }

  @Test
  void aHouseholdKeptWithItsReportIsTheDepartementsOnly() throws Exception {
    String rose =
        CafFlowWriteTest.household(
            "960501",
            "9605001",
            2,
            null,
            CafFlowWriteTest.person("MME", "ROSE", "Ana", "1977-03-04", "DEM", 0));
    String xml = CafFlowWriteTest.flow("2026-11-01", rose);
    flow(xml);
    assertThat(count("SELECT count(*) FROM intake_flow_report WHERE caf_number = '9605001'", "08"))
        .isEqualTo(1);
    assertThat(count("SELECT count(*) FROM intake_flow_report WHERE caf_number = '9605001'", "59"))
        .as("row-level security: the Nord sees none of the Ardennes' households")
        .isZero();
    FlowRun nord = flow(xml, new ImportFileTest.DefaultFlowSettings(), "59");
    assertThat(nord.intake.skipped).as("the same bytes in the Nord: read").isZero();
    assertThat(nord.intake.written.outOfScope()).isEqualTo(1);
    assertThat(flow(xml, new ImportFileTest.DefaultFlowSettings(), "59").intake.skippedOutOfScope)
        .as("then the Nord's own")
        .isEqualTo(1);
    // a forged tenant cannot write into another's
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                execute(
                    "INSERT INTO intake_flow_shape (tenant_id, people, claimant_why)"
                        + " VALUES ('08', 1, 'x')",
                    "59"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("row-level security");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                execute(
                    "INSERT INTO intake_flow_report (tenant_id, household, caf_number, shape)"
                        + " SELECT '08', decode(md5('x'), 'hex'), '9605009', id"
                        + " FROM intake_flow_shape LIMIT 1",
                    "59"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("row-level security");
    assertThat(count("SELECT count(*) FROM intake_flow_shape", "59"))
        .as("the Nord's own shapes only")
        .isEqualTo(count("SELECT count(*) FROM intake_flow_shape WHERE tenant_id = '59'", "59"));
  }

  @Test
  void aListIsReadWhileTheFingerprintsLoad() throws SQLException {
    java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
    boolean[] readBeforeLoaded = {false};
    UnchangedRows.Prints list =
        new UnchangedRows.Prints() {
          @Override
          public void each(PrintSet known, java.util.function.Consumer<RowPrints.Print> sink) {
            reading.countDown();
            for (int i = 1; i <= 3; i++) {
              sink.accept(new RowPrints.Print(i, i, new byte[16], null, null));
            }
          }

          @Override
          public void load(Connection c) {
            // called once the département's fingerprints are loaded: the reading began before
            try {
              readBeforeLoaded[0] = reading.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }

          @Override
          public boolean looksUp() {
            return false;
          }
        };
    try (Connection c = app("08")) {
      UnchangedRows.Skipped s =
          UnchangedRows.skip(c, UUID.randomUUID(), list, NIR_HASH, Thread::new);
      c.rollback();
      assertThat(readBeforeLoaded[0]).as("the list read beside the loading").isTrue();
      assertThat(s.count()).as("nothing found: the rows are new").isZero();
    }
    // a flow's reading, which looks up, starts once they are loaded
    assertThat(((UnchangedRows.Prints) (known, sink) -> {}).looksUp()).isTrue();
  }

  @Test
  void aReadingThatFailsStopsTheLookupWithItsOwnFailure() throws SQLException {
    try (Connection c = app("08")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  UnchangedRows.skip(
                      c,
                      UUID.randomUUID(),
                      (known, sink) -> {
                        for (int i = 1; i <= 25_000; i++) {
                          sink.accept(new RowPrints.Print(i, i, new byte[16], null, null));
                        }
                        throw new java.io.UncheckedIOException(
                            new java.io.IOException("fichier coupé"));
                      },
                      NIR_HASH,
                      Thread::new))
          .isInstanceOf(java.io.UncheckedIOException.class)
          .hasRootCauseMessage("fichier coupé");
      c.rollback();
    }
  }

  @Test
  void aStatementThatFailsStopsTheReading() throws SQLException {
    Connection c = app("08");
    int[] read = {0};
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                UnchangedRows.skip(
                    c,
                    UUID.randomUUID(),
                    (known, sink) -> {
                      for (int i = 1; i <= 1_000_000; i++) {
                        if (i == UnchangedRows.BATCH + 1) {
                          close(c);
                        }
                        read[0]++;
                        // a row left that designates someone: its designation sent at once
                        sink.accept(new RowPrints.Print(i, i, new byte[16], "1234567", null));
                      }
                    },
                    NIR_HASH,
                    Thread::new))
        .isInstanceOf(SQLException.class);
    assertThat(read[0]).as("the reading stopped with the statements").isLessThan(1_000_000);
  }

  private static void close(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A flow's run: what was written, and how many times its file was opened. */
  record FlowRun(DbIntake intake, int opened) {}

  static FlowRun flow(String xml) {
    return flow(xml, new ImportFileTest.DefaultFlowSettings());
  }

  static FlowRun flow(String xml, CafFlowSettings settings) {
    return flow(xml, settings, "08");
  }

  static FlowRun flow(String xml, CafFlowSettings settings, String tenant) {
    DbIntake intake = new DbIntake(tenant);
    ImportJob job =
        ImportJobTest.job(
            intake,
            new Caller(
                "caf",
                Optional.of(TenantCode.of(tenant)),
                Optional.empty(),
                Set.of(Roles.FLOW_SENDER)));
    CafFlows flows = new CafFlows();
    flows.intake = intake;
    flows.settings = settings;
    flows.nirs = new NirProtector(KEY, KEY);
    flows.caller = job.caller;
    flows.clock = job.clock;
    flows.chunkRows = 1;
    int[] opened = {0};
    byte[] bytes = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    flows.run(
        () -> {
          opened[0]++;
          return new java.io.ByteArrayInputStream(bytes);
        },
        bytes.length,
        "flux.xml",
        ImportOrigin.API,
        p -> {});
    return new FlowRun(intake, opened[0]);
  }

  static Connection app(String tenant) throws SQLException {
    Connection c = db.appDataSource().getConnection();
    c.setAutoCommit(false);
    try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
      ps.setString(1, tenant);
      ps.execute();
    }
    return c;
  }

  /** The events written (the application's role may only append them). */
  private static long events() throws SQLException {
    try (Connection c = db.ownerDataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox_event")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long count(String sql, String tenant) throws SQLException {
    return Long.parseLong(text(sql, tenant));
  }

  private static String text(String sql, String tenant) throws SQLException {
    try (Connection c = app(tenant);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void execute(String sql, String tenant) throws SQLException {
    try (Connection c = app(tenant);
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
      c.commit();
    }
  }
}
