package fr.aiguillage.intake;

import fr.aiguillage.beneficiary.BeneficiaryLeft;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.DatabaseRefusal;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantCode;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The tenant's side of an import: its saved column mapping, its runs (history, counts, row-by-row
 * report) and the writing of each chunk of rows in its own transaction, serialised per tenant.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Intake {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Resource(lookup = "jdbc/app")
  DataSource dataSource;

  /** The thread that reads a run's file while its fingerprints are sent ({@link UnchangedRows}). */
  @Resource ManagedThreadFactory threads;

  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Inject Event<BeneficiaryLeft> left;
  @Inject fr.aiguillage.beneficiary.NirProtector nirs;

  /** What a chunk did. */
  public record ChunkResult(
      int created, int updated, int unchanged, int rejected, int outOfScope, int exited) {
    static final ChunkResult NONE = new ChunkResult(0, 0, 0, 0, 0, 0);

    ChunkResult plus(ChunkResult o) {
      return new ChunkResult(
          created + o.created,
          updated + o.updated,
          unchanged + o.unchanged,
          rejected + o.rejected,
          outOfScope + o.outOfScope,
          exited + o.exited);
    }
  }

  /**
   * PostgreSQL refused a chunk's data (SQLSTATE class 22, data exception, or 23, integrity
   * constraint violation: a row the checks let through, a person registered meanwhile): nothing of
   * the chunk was written, and its rows may be written one by one to find which.
   */
  static final class ChunkRefusedException extends RuntimeException {
    private final transient DatabaseRefusal refusal;

    ChunkRefusedException(DatabaseRefusal refusal) {
      super("chunk refused by the database: SQLSTATE " + refusal.sqlState(), refusal.exception());
      this.refusal = refusal;
    }

    DatabaseRefusal refusal() {
      return refusal;
    }
  }

  public Optional<ColumnMapping> savedMapping() {
    staffOrSender();
    @SuppressWarnings("unchecked")
    List<String> rows = em.createNativeQuery("SELECT mapping FROM import_mapping").getResultList();
    return rows.stream().findFirst().map(ColumnMapping::fromJson);
  }

  public ColumnMapping saveMapping(ColumnMapping mapping) {
    staff();
    Caller c = importer();
    mapping.check(List.copyOf(mapping.columns().values()));
    em.createNativeQuery(
            "INSERT INTO import_mapping (tenant_id, mapping, updated_at, updated_by)"
                + " VALUES (current_setting('app.tenant_id'), ?1, now(), ?2)"
                + " ON CONFLICT (tenant_id) DO UPDATE SET mapping = excluded.mapping,"
                + " updated_at = excluded.updated_at, updated_by = excluded.updated_by")
        .setParameter(1, mapping.toJson())
        .setParameter(2, c.username())
        .executeUpdate();
    return mapping;
  }

  /** Opens a run; {@code mapping} is null for a file read without one (a CNAF XML flow). */
  public ImportRunDetails begin(
      String source, ImportOrigin origin, String fileName, long size, ColumnMapping mapping) {
    Caller c = importer();
    ImportRun run =
        ImportRun.start(
            source,
            origin,
            fileName,
            size,
            mapping == null ? null : mapping.toJson(),
            c.username(),
            clock.instant());
    em.persist(run);
    return ImportRunDetails.of(run);
  }

  /**
   * Writes one chunk: the valid rows in set-based SQL, the problems of the invalid ones, the run's
   * counts; all in one transaction, so a chunk is either written whole or not at all.
   */
  public ChunkResult writeChunk(
      UUID runId, int rowsRead, List<Staged> valid, List<Problem> problems) {
    return write(runId, rowsRead, valid, problems, null);
  }

  /**
   * Writes one chunk of a CAF flow: as {@link #writeChunk}, the rows being people numbered {@link
   * FlowRows#row}, the report's lines being households; a person out of scope who was followed and
   * leaves gets a "left" line instead of "out of scope".
   */
  public ChunkResult writeFlowChunk(
      UUID runId, int households, List<Staged> valid, List<Problem> lines) {
    return write(runId, households, valid, lines, new FlowRows());
  }

  private ChunkResult write(
      UUID runId, int rowsRead, List<Staged> valid, List<Problem> problems, FlowRows flow) {
    Caller c = importer();
    ImportRun run = load(runId);
    String tenant = c.requireTenant().value();
    try (Connection con = dataSource.getConnection()) {
      lock(con, tenant);
      ChunkWriter.Counts counts =
          valid.isEmpty()
              ? ChunkWriter.Counts.NONE
              : ChunkWriter.write(
                  con,
                  runId,
                  c.username(),
                  "import " + runId + (run.fileName() == null ? "" : " (" + run.fileName() + ")"),
                  valid);
      List<Problem> all = new java.util.ArrayList<>(problems);
      if (flow == null) {
        all.addAll(counts.problems());
      } else {
        all = flow.report(problems, counts);
      }
      saveProblems(con, runId, all);
      int rejected =
          (int)
              all.stream()
                  .filter(p -> p.kind() == Problem.Kind.REJECTED)
                  .mapToInt(Problem::row)
                  .distinct()
                  .count();
      run.count(
          rowsRead,
          counts.created(),
          counts.updated(),
          counts.unchanged(),
          rejected,
          counts.outOfScope(),
          counts.exited());
      for (ChunkWriter.Exit e : counts.exits()) {
        left.fire(new BeneficiaryLeft(e.beneficiaryId(), tenant, e.on(), e.reason()));
      }
      return new ChunkResult(
          counts.created(),
          counts.updated(),
          counts.unchanged(),
          rejected,
          counts.outOfScope(),
          counts.exited());
    } catch (SQLException e) {
      Optional<DatabaseRefusal> refused = DatabaseRefusal.of(e);
      if (refused.isPresent()) {
        throw new ChunkRefusedException(refused.get());
      }
      throw new IllegalStateException("import " + runId + ": a chunk could not be written", e);
    }
  }

  /**
   * The first reading of a run: every fingerprint of its rows ({@code prints}, read from the start
   * of its file) looked up at once; counts unchanged the rows (of a list) or households (of a flow)
   * whose every fingerprint is the one its person was last written or matched with, and marks seen
   * by this run those of these people whom a row left to write designates too; returns the groups
   * skipped ({@link RowPrints.Print#group}), whose rows are not to be written. A person whose file
   * was closed, or already seen by this run, is never skipped.
   */
  public UnchangedRows.Skipped skipUnchanged(UUID runId, UnchangedRows.Prints prints) {
    Caller c = importer();
    ImportRun run = load(runId);
    try (Connection con = dataSource.getConnection()) {
      lock(con, c.requireTenant().value());
      UnchangedRows.Skipped skipped =
          UnchangedRows.skip(con, runId, prints, this::nirHash, threads);
      run.count(skipped.count(), 0, 0, skipped.unchanged(), 0, skipped.outOfScope(), 0);
      return skipped;
    } catch (SQLException e) {
      throw new IllegalStateException("import " + runId + ": unchanged rows not read", e);
    }
  }

  /** A NIR's keyed hash as the beneficiary table keeps it; null if it is not a NIR. */
  String nirHash(String nir) {
    try {
      return nirs.hash(fr.aiguillage.beneficiary.Nir.parse("nir", nir));
    } catch (fr.aiguillage.shared.InvalidInputException e) {
      return null;
    }
  }

  /**
   * Takes the tenant's import lock for the transaction (chunks of two runs of one département do
   * not interleave their statements), after checking the connection is in the tenant's transaction.
   */
  private static void lock(Connection con, String tenant) throws SQLException {
    try (PreparedStatement ps =
        con.prepareStatement(
            "SELECT current_setting('app.tenant_id', true), pg_advisory_xact_lock(hashtext(?))")) {
      ps.setString(1, "intake:" + tenant);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (!tenant.equals(rs.getString(1))) {
          throw new IllegalStateException(
              "the import's connection is not in the tenant's transaction");
        }
      }
    }
  }

  public ImportRunDetails finish(UUID runId, String sha256, String failure) {
    importer();
    ImportRun run = load(runId);
    run.finish(sha256, failure, clock.instant());
    return ImportRunDetails.of(run);
  }

  /** The date of the latest CAF flow imported to its end, if any. */
  public Optional<java.time.LocalDate> lastFlowDate() {
    staff();
    return Optional.ofNullable(
        em.createQuery(
                "SELECT MAX(r.flowDate) FROM ImportRun r WHERE r.status = :done",
                java.time.LocalDate.class)
            .setParameter("done", ImportRun.Status.DONE)
            .getSingleResult());
  }

  /** Dates a flow's run (its DTCREAFLUX), once read. */
  void flowDate(UUID runId, java.time.LocalDate date) {
    importer();
    load(runId).flowDate(date);
  }

  /**
   * One line said of many rows of a run (their numbers in file order), kept once: a flow's people
   * out of scope found with their household's report.
   */
  void noteMany(UUID runId, Problem line, int[] rows) {
    importer();
    load(runId);
    try (Connection con = dataSource.getConnection();
        PreparedStatement ps =
            con.prepareStatement(
                "INSERT INTO import_problem_group (tenant_id, run_id, column_name, message, kind,"
                    + " row_numbers) VALUES (current_setting('app.tenant_id'), ?, ?, ?, ?, ?)")) {
      ps.setObject(1, runId);
      ps.setString(2, line.column());
      ps.setString(3, line.message());
      ps.setString(4, line.kind().name());
      ps.setArray(5, con.createArrayOf("int4", java.util.Arrays.stream(rows).boxed().toArray()));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("import " + runId + ": the report could not be written", e);
    }
  }

  /** Lines of the report that are not tied to a household (the flow's date, elements unread). */
  void note(UUID runId, List<Problem> lines) {
    importer();
    load(runId);
    try (Connection con = dataSource.getConnection()) {
      saveProblems(con, runId, lines);
    } catch (SQLException e) {
      throw new IllegalStateException("import " + runId + ": the report could not be written", e);
    }
  }

  public List<ImportRunDetails> history(int max) {
    staff();
    return em
        .createQuery("SELECT r FROM ImportRun r ORDER BY r.startedAt DESC", ImportRun.class)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(ImportRunDetails::of)
        .toList();
  }

  /** A run: staff read all their département's; a flow sender only those it started. */
  public ImportRunDetails run(UUID id) {
    Caller c = staffOrSender();
    ImportRun run = load(id);
    if (isSenderOnly(c) && !run.startedBy().equals(c.username())) {
      throw new NotFoundException("Import");
    }
    return ImportRunDetails.of(run);
  }

  /**
   * A run's lines: its own, then those said of many rows at once ({@code import_problem_group}),
   * row by row.
   */
  static final String PROBLEMS =
      "SELECT row_number, column_name, message, kind FROM ("
          + "SELECT row_number, column_name, message, kind, 0 AS g, id FROM import_problem"
          + " WHERE run_id = ?1 UNION ALL"
          + " SELECT r, column_name, message, kind, 1, id FROM import_problem_group,"
          + " unnest(row_numbers) AS r WHERE run_id = ?1) p"
          + " ORDER BY row_number, g, id OFFSET ?2 LIMIT ?3";

  static final String PROBLEM_COUNT =
      "SELECT (SELECT count(*) FROM import_problem WHERE run_id = ?1)"
          + " + (SELECT COALESCE(sum(cardinality(row_numbers)), 0) FROM import_problem_group"
          + " WHERE run_id = ?1)";

  /** The run's problems, row by row, in file order. */
  public Page<Problem> problems(UUID runId, PageRequest page) {
    staff();
    load(runId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(PROBLEMS)
            .setParameter(1, runId)
            .setParameter(2, page.offset())
            .setParameter(3, page.size())
            .getResultList();
    long total =
        ((Number) em.createNativeQuery(PROBLEM_COUNT).setParameter(1, runId).getSingleResult())
            .longValue();
    return new Page<>(
        rows.stream()
            .map(
                r ->
                    new Problem(
                        ((Number) r[0]).intValue(),
                        (String) r[1],
                        (String) r[2],
                        Problem.Kind.valueOf((String) r[3])))
            .toList(),
        page.page(),
        page.size(),
        total,
        false);
  }

  private static void saveProblems(Connection con, UUID runId, List<Problem> problems)
      throws SQLException {
    if (problems.isEmpty()) {
      return;
    }
    Integer[] rows = problems.stream().map(Problem::row).toArray(Integer[]::new);
    String[] columns = problems.stream().map(Problem::column).toArray(String[]::new);
    String[] messages = problems.stream().map(Problem::message).toArray(String[]::new);
    String[] kinds = problems.stream().map(p -> p.kind().name()).toArray(String[]::new);
    try (PreparedStatement ps =
        con.prepareStatement(
            "INSERT INTO import_problem (tenant_id, run_id, row_number, column_name, message, kind)"
                + " SELECT current_setting('app.tenant_id'), ?, r, c, m, k"
                + " FROM unnest(?::int[], ?::text[], ?::text[], ?::text[]) AS t(r, c, m, k)")) {
      Array a = con.createArrayOf("int4", rows);
      ps.setObject(1, runId);
      ps.setArray(2, a);
      ps.setArray(3, con.createArrayOf("text", columns));
      ps.setArray(4, con.createArrayOf("text", messages));
      ps.setArray(5, con.createArrayOf("text", kinds));
      ps.executeUpdate();
    }
  }

  private ImportRun load(UUID id) {
    return Optional.ofNullable(em.find(ImportRun.class, id))
        .orElseThrow(() -> new NotFoundException("Import"));
  }

  private TenantCode staff() {
    return caller
        .get()
        .requireDepartementStaff("Les imports sont réservés aux agents du département.");
  }

  private Caller staffOrSender() {
    Caller c = caller.get();
    if (isSenderOnly(c)) {
      c.requireTenant();
    } else {
      staff();
    }
    return c;
  }

  private static boolean isSenderOnly(Caller c) {
    return c.hasRole(Roles.FLOW_SENDER) && Roles.DEPARTEMENT_STAFF.stream().noneMatch(c::hasRole);
  }

  private Caller importer() {
    Caller c = staffOrSender();
    if (!c.hasRole(Roles.FLOW_SENDER)
        && !c.hasRole(Roles.ORIENTATION_AGENT)
        && !c.hasRole(Roles.COORDINATOR)
        && !c.hasRole(Roles.TENANT_ADMIN)) {
      throw new AccessDeniedException(
          "Seuls les agents d'orientation, les coordinateurs et les administrateurs importent des listes.");
    }
    return c;
  }
}
