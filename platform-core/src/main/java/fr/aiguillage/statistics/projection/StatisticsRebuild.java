package fr.aiguillage.statistics.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Rebuilds the statistics from the lifecycle topic's start into a second generation of the {@code
 * stat_*} tables (schema {@value #SHADOW}, made like the live ones), while the live consumer keeps
 * running; then compares it with the live generation for the same set of events and, on request,
 * puts the rebuilt figures in place of the live ones (ADR 0025).
 *
 * <ol>
 *   <li>Replay, no lock: every record up to the live group's committed offsets (all of them applied
 *       live: offsets are committed after the events), each through {@link ProjectionBatch} into
 *       the rebuilt generation; again while the live group moves on.
 *   <li>Same set, short lock: the live tables locked in {@code SHARE} mode (reads go on, the live
 *       consumer waits), the rest of the topic read up to its end, applying only the events the
 *       live generation has; those it has not yet are left to it (counted as pending).
 *   <li>Compare, still locked: the event ids on each side and every cell, département by
 *       département (row-level security), reported in the log.
 *   <li>Swap, on request, still locked: each département's live rows replaced by the rebuilt ones
 *       in the same transaction (readers see the old figures until it commits); refused when the
 *       live generation holds events the topic no longer has.
 * </ol>
 */
public final class StatisticsRebuild {
  private static final Logger LOG = Logger.getLogger(StatisticsRebuild.class.getName());

  /** The schema of the rebuilt generation. */
  public static final String SHADOW = "stat_rebuild";

  /** The most records a poll of the replay reads, applied in one transaction. */
  static final int POLL = 5_000;

  /** How many differences the report lists (all are counted). */
  static final int LISTED = 50;

  private final DataSource owner;
  private final String bootstrapServers;
  private final String topic;
  private final String liveGroup;

  /**
   * @param owner the owner role (the tables' owner, allowed to create a schema)
   * @param liveGroup the live consumer's group ({@link LifecycleConsumer#GROUP})
   */
  public StatisticsRebuild(
      DataSource owner, String bootstrapServers, String topic, String liveGroup) {
    this.owner = owner;
    this.bootstrapServers = bootstrapServers;
    this.topic = topic;
    this.liveGroup = liveGroup;
  }

  /** A row on one side only: {@code live} or {@code rebuilt}, the row as JSON. */
  public record Difference(String tenant, String side, String row) {}

  public record Report(
      long replayed,
      long pending,
      long liveOnlyEvents,
      long rebuiltOnlyEvents,
      long differingRows,
      List<Difference> differences,
      boolean swapped,
      Duration replay,
      Duration took) {

    /** The same events and the same cells on both sides. */
    public boolean identical() {
      return liveOnlyEvents == 0 && rebuiltOnlyEvents == 0 && differingRows == 0;
    }

    /** The report in French and English, one line per fact. */
    public List<String> lines() {
      List<String> out = new ArrayList<>();
      out.add(
          String.format(
              "Reconstruction des statistiques / statistics rebuild: %d enregistrements relus"
                  + " (records replayed) en %d s, %.0f /s ; %d en attente du flux vivant (pending,"
                  + " left to the live consumer) ; en tout / in all %d s",
              replayed,
              replay.toSeconds(),
              replayed / Math.max(0.001, replay.toMillis() / 1000.0),
              pending,
              took.toSeconds()));
      out.add(
          identical()
              ? "Identique / identical: mêmes événements, mêmes cellules (same events, same cells)"
              : String.format(
                  "DIFFÉRENCES / DIFFERENCES: %d événements vivants seulement (live only), %d"
                      + " reconstruits seulement (rebuilt only), %d lignes de cellules différentes"
                      + " (differing cell rows)",
                  liveOnlyEvents, rebuiltOnlyEvents, differingRows));
      for (Difference d : differences) {
        out.add(
            "  "
                + d.tenant()
                + " "
                + (d.side().equals("live") ? "vivant / live   " : "reconstruit / rebuilt")
                + " "
                + d.row());
      }
      if (swapped) {
        out.add("Générations échangées / generations swapped: les figures lues sont reconstruites");
      }
      return out;
    }
  }

  /**
   * A consumer of its own, from the topic's start, reading {@value #POLL} records a poll (a
   * transaction: ten times the live consumer's, the statements of a transaction shared by more
   * events).
   */
  private Properties replayProperties() {
    Properties p =
        LifecycleConsumer.properties(
            bootstrapServers, liveGroup + "-rebuild-" + System.currentTimeMillis());
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(POLL));
    p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(8 * 1024 * 1024));
    return p;
  }

  /** Rebuilds, compares and, if {@code swap}, puts the rebuilt generation in place. */
  public Report run(boolean swap) throws SQLException {
    long start = System.nanoTime();
    String live;
    List<String> tables;
    try (Connection c = owner.getConnection()) {
      live = text(c, "SELECT current_schema()");
      tables = tables(c, live);
      createShadow(c, live, tables);
    }
    try (ShadowConnection shadow = new ShadowConnection(owner, live);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(replayProperties())) {
      ProjectionBatch batch = ProjectionBatch.keepingCells(shadow.dataSource());
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Replay replay = new Replay(consumer, batch, start);
      // the bulk, then again while the live group moves on, so that the lock below is short
      for (int round = 0; round < 3; round++) {
        replay.until(liveOffsets(partitions), fact -> true);
      }
      batch.writeCells();
      try (Connection c = owner.getConnection()) {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
          // stat_event first: the live consumer takes it first, so it waits there holding nothing
          for (String t : tables) {
            s.execute("LOCK TABLE " + live + "." + t + " IN SHARE MODE");
          }
        }
        replay.until(consumer.endOffsets(partitions), fact -> appliedLive(c, live, fact));
        batch.writeCells();
        Report report = compare(c, live, replay, swap, start);
        if (report.swapped()) {
          copy(c, live, tables);
        }
        c.commit();
        for (String line : report.lines()) {
          LOG.info(line);
        }
        if (report.identical() || report.swapped()) {
          try (Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + SHADOW + " CASCADE");
          }
          c.commit();
        }
        return report;
      }
    }
  }

  /** The live generation's tables, {@code stat_event} first (the order the consumer locks). */
  private static List<String> tables(Connection c, String schema) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT tablename FROM pg_tables WHERE schemaname = ? AND tablename LIKE 'stat\\_%'"
                + " ORDER BY tablename <> 'stat_event', tablename")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** An empty copy of each table: columns, keys, indexes, checks, row-level security. */
  private static void createShadow(Connection c, String live, List<String> tables)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SHADOW + " CASCADE");
      s.execute("CREATE SCHEMA " + SHADOW);
      for (String t : tables) {
        s.execute(
            "CREATE TABLE " + SHADOW + "." + t + " (LIKE " + live + "." + t + " INCLUDING ALL)");
        s.execute("ALTER TABLE " + SHADOW + "." + t + " ENABLE ROW LEVEL SECURITY");
        s.execute("ALTER TABLE " + SHADOW + "." + t + " FORCE ROW LEVEL SECURITY");
      }
    }
    List<String> policies = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT format('CREATE POLICY %I ON "
                + SHADOW
                + ".%I AS %s FOR %s USING (%s)%s',"
                + " policyname, tablename, permissive, cmd, qual,"
                + " CASE WHEN with_check IS NULL THEN '' ELSE ' WITH CHECK (' || with_check || ')'"
                + " END) FROM pg_policies WHERE schemaname = ? AND tablename LIKE 'stat\\_%'")) {
      ps.setString(1, live);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          policies.add(rs.getString(1));
        }
      }
    }
    try (Statement s = c.createStatement()) {
      for (String p : policies) {
        s.execute(p);
      }
    }
  }

  /** The live group's committed offsets (0 where it has none). */
  private Map<TopicPartition, Long> liveOffsets(List<TopicPartition> partitions) {
    Map<String, Object> config =
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (Admin admin = Admin.create(config)) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(liveGroup).partitionsToOffsetAndMetadata().get();
      Map<TopicPartition, Long> out = new HashMap<>();
      for (TopicPartition p : partitions) {
        OffsetAndMetadata o = committed.get(p);
        out.put(p, o == null ? 0L : o.offset());
      }
      return out;
    } catch (ExecutionException e) {
      throw new IllegalStateException("Kafka: the live group's offsets", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Whether the live generation has applied the event (read under the live tables' lock). */
  private static boolean appliedLive(Connection c, String live, LifecycleFact f) {
    try {
      Projector.tenant(c, f.tenant());
      try (PreparedStatement ps =
          c.prepareStatement("SELECT 1 FROM " + live + ".stat_event WHERE event_id = ?")) {
        ps.setString(1, f.id());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Report compare(Connection c, String live, Replay replay, boolean swap, long start)
      throws SQLException {
    long liveOnly = 0;
    long rebuiltOnly = 0;
    long differing = 0;
    List<Difference> listed = new ArrayList<>();
    for (String tenant : tenants(c)) {
      Projector.tenant(c, tenant);
      liveOnly += count(c, missing(live + ".stat_event", SHADOW + ".stat_event"));
      rebuiltOnly += count(c, missing(SHADOW + ".stat_event", live + ".stat_event"));
      // the cells, and the totals national reads sum
      for (String table : List.of("stat_cell", "stat_total")) {
        String liveTable = live + "." + table;
        String rebuilt = SHADOW + "." + table;
        try (PreparedStatement ps =
                c.prepareStatement(
                    "SELECT side, row FROM (SELECT 'live' AS side, row_to_json(x)::text AS row FROM"
                        + " (SELECT * FROM "
                        + liveTable
                        + " EXCEPT ALL SELECT * FROM "
                        + rebuilt
                        + ") x UNION ALL SELECT 'rebuilt', row_to_json(y)::text FROM (SELECT * FROM "
                        + rebuilt
                        + " EXCEPT ALL SELECT * FROM "
                        + liveTable
                        + ") y) d ORDER BY (row::jsonb - 'people')::text, side");
            ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            differing++;
            if (listed.size() < LISTED) {
              listed.add(new Difference(tenant, rs.getString(1), rs.getString(2)));
            }
          }
        }
      }
    }
    boolean swapping = swap && liveOnly == 0;
    if (swap && !swapping) {
      LOG.warning(
          "Pas d'échange : le flux ne contient plus des événements appliqués (retention?) / not"
              + " swapped: the topic no longer holds events the live generation applied");
    }
    return new Report(
        replay.replayed,
        replay.pending,
        liveOnly,
        rebuiltOnly,
        differing,
        List.copyOf(listed),
        swapping,
        Duration.ofNanos(replay.end - start),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** Each département's live rows replaced by the rebuilt ones, in the caller's transaction. */
  private static void copy(Connection c, String live, List<String> tables) throws SQLException {
    for (String tenant : tenants(c)) {
      Projector.tenant(c, tenant);
      try (Statement s = c.createStatement()) {
        for (String t : tables) {
          s.execute("DELETE FROM " + live + "." + t);
          s.execute("INSERT INTO " + live + "." + t + " SELECT * FROM " + SHADOW + "." + t);
        }
      }
    }
  }

  private static String missing(String from, String in) {
    return "SELECT count(*) FROM "
        + from
        + " a WHERE NOT EXISTS (SELECT 1 FROM "
        + in
        + " b WHERE b.event_id = a.event_id)";
  }

  private static List<String> tenants(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT code FROM tenant ORDER BY code")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** The topic read forward, never past a target offset, each event applied or left pending. */
  private static final class Replay {
    private final KafkaConsumer<String, String> consumer;
    private final ProjectionBatch batch;
    private final long start;
    private long replayed;
    private long pending;
    private long logged;
    private long end;

    Replay(KafkaConsumer<String, String> consumer, ProjectionBatch batch, long start) {
      this.consumer = consumer;
      this.batch = batch;
      this.start = start;
      this.logged = start;
    }

    void until(Map<TopicPartition, Long> target, Predicate<LifecycleFact> applies)
        throws SQLException {
      consumer.resume(consumer.assignment());
      while (true) {
        List<TopicPartition> done =
            target.keySet().stream().filter(p -> consumer.position(p) >= target.get(p)).toList();
        consumer.pause(done);
        if (done.size() == target.size()) {
          end = System.nanoTime();
          return;
        }
        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
        List<LifecycleFact> applied = new ArrayList<>(records.count());
        for (TopicPartition p : records.partitions()) {
          for (ConsumerRecord<String, String> r : records.records(p)) {
            if (r.offset() >= target.get(p)) {
              consumer.seek(p, r.offset());
              break;
            }
            replayed++;
            Optional<LifecycleFact> fact = ProjectionBatch.fact(r);
            if (fact.isPresent()) {
              if (applies.test(fact.get())) {
                applied.add(fact.get());
              } else {
                pending++;
              }
            }
          }
        }
        // a poll in one transaction, as the live consumer applies it
        batch.applyAll(applied);
        progress();
      }
    }

    private void progress() {
      long now = System.nanoTime();
      if (now - logged > Duration.ofSeconds(30).toNanos()) {
        logged = now;
        double seconds = (now - start) / 1e9;
        LOG.info(
            String.format(
                "Reconstruction / rebuild: %d enregistrements relus (records replayed), %.0f /s",
                replayed, replayed / seconds));
      }
    }
  }
}
