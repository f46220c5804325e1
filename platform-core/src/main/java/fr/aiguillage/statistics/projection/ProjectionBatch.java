package fr.aiguillage.statistics.projection;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * One poll of the lifecycle topic applied to the statistics: its events in transactions of at most
 * {@value #CHUNK} (when the consumer keeps up a poll holds a few events, each applied as it comes;
 * behind, a commit for many events doubles the rate: benchmarks.md "Statistics"), then the offsets
 * committed. An event the statistics cannot read is skipped and logged. With a {@link
 * MilestoneSink}, the milestones an event changed are sent before its transaction commits (consume,
 * transform, produce: at least once, the records' ids the same on every replay).
 */
public final class ProjectionBatch {
  private static final Logger LOG = Logger.getLogger(ProjectionBatch.class.getName());

  /** The most events a transaction applies. */
  public static final int CHUNK = 100;

  /** The most cells a rebuild keeps before writing them. */
  static final int KEPT = 500_000;

  private final DataSource dataSource;
  private final MilestoneSink milestones;

  /** The cells' differences not written yet (a rebuild), else null: each transaction writes its. */
  private final Projector.Cells kept;

  private final int keptAtMost;

  public ProjectionBatch(DataSource dataSource) {
    this(dataSource, MilestoneSink.NONE, 0);
  }

  ProjectionBatch(DataSource dataSource, MilestoneSink milestones) {
    this(dataSource, milestones, 0);
  }

  private ProjectionBatch(DataSource dataSource, MilestoneSink milestones, int keptAtMost) {
    this.dataSource = dataSource;
    this.milestones = milestones;
    this.kept = keptAtMost > 0 ? new Projector.Cells() : null;
    this.keptAtMost = keptAtMost;
  }

  /**
   * For a rebuild: the cells' differences summed over many transactions (up to {@value #KEPT}
   * cells) and written when {@link #writeCells} is called — nothing reads a rebuild's cells until
   * it compares them, and a rebuild's transactions mostly add to the same cells. The events, people
   * and entries are written by each transaction as usual.
   */
  static ProjectionBatch keepingCells(DataSource dataSource) {
    return keepingCells(dataSource, KEPT);
  }

  static ProjectionBatch keepingCells(DataSource dataSource, int atMost) {
    return new ProjectionBatch(dataSource, MilestoneSink.NONE, atMost);
  }

  /** Writes the cells kept (with their totals), in one transaction. */
  void writeCells() throws SQLException {
    if (kept == null || kept.size() == 0) {
      return;
    }
    inTransaction(
        c -> {
          kept.write(c);
          return null;
        });
  }

  /** Polls once and applies what came; returns how many records were read. */
  public int drain(KafkaConsumer<String, String> consumer, Duration wait) throws SQLException {
    ConsumerRecords<String, String> records = consumer.poll(wait);
    List<LifecycleFact> facts = new ArrayList<>(records.count());
    for (ConsumerRecord<String, String> r : records) {
      fact(r).ifPresent(facts::add);
    }
    for (int k = 0; k < facts.size(); k += CHUNK) {
      applyAll(facts.subList(k, Math.min(facts.size(), k + CHUNK)));
    }
    if (!records.isEmpty()) {
      consumer.commitSync();
    }
    return records.count();
  }

  /** The record's event; a record that is none is logged and skipped (empty). */
  static Optional<LifecycleFact> fact(ConsumerRecord<String, String> r) {
    Optional<LifecycleFact> fact =
        r.value() == null ? Optional.empty() : LifecycleFact.parse(r.value());
    if (fact.isEmpty()) {
      LOG.warning(
          "Statistics: record " + r.partition() + "/" + r.offset() + " is not a lifecycle event");
    }
    return fact;
  }

  /** One event in its own transaction. */
  public boolean apply(LifecycleFact fact) throws SQLException {
    return applyAll(List.of(fact)) == 1;
  }

  /** Events in one transaction (one commit): how many were applied (not seen before). */
  public int applyAll(List<LifecycleFact> facts) throws SQLException {
    if (kept == null) {
      return inTransaction(c -> Projector.apply(c, facts, milestones));
    }
    Projector.Cells cells = new Projector.Cells();
    int applied = inTransaction(c -> Projector.apply(c, facts, milestones, cells));
    kept.addAll(cells);
    if (kept.size() > keptAtMost) {
      writeCells();
    }
    return applied;
  }

  private interface Work<T> {
    T in(Connection c) throws SQLException;
  }

  /** The work in one transaction of its own, rolled back if it fails. */
  private <T> T inTransaction(Work<T> work) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T done = work.in(c);
        c.commit();
        return done;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    }
  }
}
