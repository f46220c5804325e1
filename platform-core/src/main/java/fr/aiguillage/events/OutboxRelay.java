package fr.aiguillage.events;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves committed outbox rows to the event sink, oldest first, at least once. One relay works at a
 * time across replicas (a transaction-scoped advisory lock), which keeps each aggregate's events in
 * order. When Kafka is unreachable the rows stay and are retried with a growing pause.
 */
@ApplicationScoped
public class OutboxRelay {
  static final long LOCK_KEY = 0x41696775696C6CL; // "Aiguill"
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

  @Resource(lookup = "jdbc/owner")
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject EventSink sink;

  /** Imports ask the relay to wait while they write (null where built by hand: never held). */
  @Inject RelayHold hold;

  @Inject
  @ConfigProperty(name = "aiguillage.outbox.hold-max-ms", defaultValue = "60000")
  long holdMaxMs;

  @Inject
  @ConfigProperty(name = "aiguillage.outbox.poll-interval-ms", defaultValue = "200")
  long pollIntervalMs;

  @Inject
  @ConfigProperty(name = "aiguillage.outbox.batch-size", defaultValue = "500")
  int batchSize;

  private ScheduledFuture<?> task;
  private int failures;
  private long pauseUntil;

  void start(@Observes @Priority(200) @Initialized(ApplicationScoped.class) Object ignored) {
    task =
        scheduler.scheduleWithFixedDelay(
            this::tick, pollIntervalMs, pollIntervalMs, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  private void tick() {
    if (System.currentTimeMillis() < pauseUntil || hold != null && hold.holds(holdMaxMs)) {
      return;
    }
    try {
      while (drainOnce() == batchSize) {
        // keep going while there is a backlog
      }
      failures = 0;
    } catch (Exception e) {
      failures++;
      long pause = Math.min(30_000, pollIntervalMs * (1L << Math.min(failures, 8)));
      pauseUntil = System.currentTimeMillis() + pause;
      LOG.log(
          Level.WARNING,
          "Outbox relay: events kept for a retry in " + pause + " ms: " + e,
          failures == 1 ? e : null);
    }
  }

  /** Publishes one batch; returns how many events left. */
  public int drainOnce() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (!tryLock(c)) {
          c.rollback();
          return 0;
        }
        List<OutboxRecord> batch = nextBatch(c);
        if (batch.isEmpty()) {
          c.commit();
          return 0;
        }
        sink.sendAll(batch);
        markPublished(c, batch);
        c.commit();
        return batch.size();
      } catch (Exception e) {
        c.rollback();
        throw e;
      }
    }
  }

  private static boolean tryLock(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
      ps.setLong(1, LOCK_KEY);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  private List<OutboxRecord> nextBatch(Connection c) throws SQLException {
    List<OutboxRecord> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, event_id, tenant_id, aggregate_type, aggregate_id, type, occurred_at, payload"
                + " FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT ?")) {
      ps.setInt(1, batchSize);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new OutboxRecord(
                  rs.getLong(1),
                  rs.getObject(2, UUID.class),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getTimestamp(7).toInstant(),
                  rs.getString(8)));
        }
      }
    }
    return out;
  }

  private static void markPublished(Connection c, List<OutboxRecord> batch) throws SQLException {
    Long[] ids = batch.stream().map(OutboxRecord::position).toArray(Long[]::new);
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE outbox_event SET published_at = now() WHERE id = ANY(?)")) {
      Array array = c.createArrayOf("bigint", ids);
      ps.setArray(1, array);
      ps.executeUpdate();
    }
  }
}
