package fr.aiguillage.bench;

import fr.aiguillage.statistics.projection.BulkProjection;
import fr.aiguillage.statistics.projection.Figures;
import fr.aiguillage.statistics.projection.LifecycleConsumer;
import fr.aiguillage.statistics.projection.LifecycleFact;
import fr.aiguillage.statistics.projection.ProjectionBatch;
import fr.aiguillage.statistics.projection.StatisticsRebuild;
import fr.aiguillage.testing.EmbeddedDatabase;
import fr.aiguillage.testing.TestKafka;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;

/**
 * The statistics at volume (docs/benchmarks.md "Statistics"), on its own embedded PostgreSQL and
 * Kafka (no Liberty, no Keycloak): generated people ({@link StatisticsEvents}), then
 *
 * <ol>
 *   <li>{@code load}: a sample of people through {@link ProjectionBatch} (the consumer's own path,
 *       its rate measured), the same people folded by {@link BulkProjection} and checked to give
 *       the same cells, then every person folded and written with COPY;
 *   <li>{@code reads}: {@link Figures#CELLS} as the beans run it, and {@link Figures#TOTALS} once
 *       per département for a national read (app role, row-level security, one transaction per
 *       read), over every computed indicator, periods of 1, 12 and 36 months, the whole département
 *       or one territory;
 *   <li>{@code lag}: events produced at a fixed rate while a consumer does what {@link
 *       LifecycleConsumer} does (drain, then wait a second); lag = applied_at − sent;
 *   <li>{@code rebuild}: {@link StatisticsRebuild} over the topic as it is then.
 * </ol>
 *
 * <p>MAVEN_OPTS=-Xmx8g ./mvnw -B -q -pl infra/demo exec:java@stats-bench -Dstats.people=2000000
 * [-Dstats.phases=load,reads,lag,rebuild] [-Dstats.sample=20000] [-Dstats.rate=500]
 * [-Dstats.lag.seconds=180] [-Dstats.seed=42] [-Dstats.reads=2000]
 * [-Dstats.consumer=event-transaction] [-Dstats.lag.first=…] [-Dstats.pg.shared-buffers=3GB]
 * [-Dstats.rebuild.all=true] (every person's events sent first: the rebuild replays them all)
 *
 * <p>{@code rate} (not by default): ProjectionBatch's rate over the loaded tables, an event a
 * transaction and {@link ProjectionBatch#CHUNK} a transaction.
 */
public final class StatisticsBenchmark {
  static final String TOPIC = "aiguillage.lifecycle.v1";
  static final long PEOPLE = Long.getLong("stats.people", 2_000_000);
  static final long SAMPLE = Long.getLong("stats.sample", 20_000);
  static final long SEED = Long.getLong("stats.seed", 42);
  static final StatisticsEvents EVENTS = new StatisticsEvents(SEED);
  static final boolean ONE_TRANSACTION_AN_EVENT =
      "event-transaction".equals(System.getProperty("stats.consumer"));
  static final List<String> PHASES =
      Arrays.asList(System.getProperty("stats.phases", "load,reads,lag,rebuild").split(","));

  private StatisticsBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(System.getProperty("stats.data", "/tmp/aiguillage-stats-bench"));
    say("load " + load() + ", people " + PEOPLE + ", seed " + SEED + ", phases " + PHASES);
    try (EmbeddedDatabase db =
        EmbeddedDatabase.start(
            data.resolve("pg"),
            Integer.getInteger("stats.pg.port", 35432),
            true,
            // a database server sized for 5.5 GB of statistics (the default is 128 MB)
            Map.of("shared_buffers", System.getProperty("stats.pg.shared-buffers", "3GB")))) {
      if (!"false".equals(System.getProperty("stats.migrate"))) {
        db.migrate();
      }
      try (Connection c = db.ownerDataSource().getConnection();
          Statement s = c.createStatement()) {
        for (String d : StatisticsEvents.DEPARTEMENTS) {
          s.execute(
              "INSERT INTO tenant (code, name) VALUES ('"
                  + d
                  + "', 'D"
                  + d
                  + "') ON CONFLICT DO NOTHING");
        }
      }
      if (PHASES.contains("load")) {
        load(db, data);
      }
      if (PHASES.contains("rate")) {
        rate(db);
      }
      if (PHASES.contains("vacuum")) {
        try (Connection su = db.superuser(EmbeddedDatabase.DB);
            Statement s = su.createStatement()) {
          long t0 = System.nanoTime();
          // every table the consumer writes: after a bulk load, autovacuum would otherwise run
          // beside the measures that follow
          s.execute("VACUUM ANALYZE stat_cell, stat_total, stat_person, stat_entry, stat_event");
          say(String.format("VACUUM ANALYZE stat_*: %.1f s", (System.nanoTime() - t0) / 1e9));
        }
      }
      if (PHASES.contains("explain")) {
        explain(db);
      }
      if (PHASES.contains("reads")) {
        reads(db);
      }
      if (PHASES.contains("lag") || PHASES.contains("rebuild")) {
        KafkaClusterTestKit kafka = TestKafka.start(3);
        try {
          if (PHASES.contains("lag")) {
            lag(db, kafka.bootstrapServers());
          }
          if (PHASES.contains("rebuild")) {
            rebuild(db, kafka.bootstrapServers());
          }
        } finally {
          kafka.close();
        }
      }
    }
    System.exit(0);
  }

  // ---------------------------------------------------------------- load

  static void load(EmbeddedDatabase db, Path data) throws Exception {
    try (Connection su = db.superuser(EmbeddedDatabase.DB);
        Statement s = su.createStatement()) {
      s.execute("TRUNCATE stat_cell, stat_total, stat_entry, stat_person, stat_event");
    }
    // 1. the sample through the consumer's own path, one transaction per event
    long events = 0;
    long t0 = System.nanoTime();
    try (OneConnection owner = new OneConnection(db.ownerDataSource())) {
      ProjectionBatch batch = new ProjectionBatch(owner.dataSource());
      for (long i = 0; i < SAMPLE; i++) {
        for (StatisticsEvents.Event e : EVENTS.person(i)) {
          batch.apply(LifecycleFact.parse(e.json()).orElseThrow());
          events++;
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    say(
        String.format(
            "projector: %d people, %d events through ProjectionBatch in %.1f s: %.0f events/s (%s)",
            SAMPLE, events, seconds, events / seconds, load()));
    // 2. the fold gives the same cells on the sample
    try (BulkProjection check = new BulkProjection(Files.createTempDirectory("stats-check"))) {
      for (long i = 0; i < SAMPLE; i++) {
        check.person(jsons(i));
      }
      for (String d : StatisticsEvents.DEPARTEMENTS) {
        if (!check.cells(d).equals(cells(db, d))) {
          throw new IllegalStateException("the fold differs from ProjectionBatch in " + d);
        }
      }
      say(
          "fold: the same cells as ProjectionBatch for the "
              + SAMPLE
              + " people, every département");
    }
    // 3. everybody folded and copied
    t0 = System.nanoTime();
    try (BulkProjection all = new BulkProjection(data.resolve("copy"));
        Connection su = db.superuser(EmbeddedDatabase.DB);
        Statement s = su.createStatement()) {
      for (long i = 0; i < PEOPLE; i++) {
        all.person(jsons(i));
        if (i % 200_000 == 0) {
          say(String.format("fold: %d people, %d events (%s)", i, all.events(), load()));
        }
      }
      double fold = (System.nanoTime() - t0) / 1e9;
      s.execute("TRUNCATE stat_cell, stat_total, stat_entry, stat_person, stat_event");
      long t1 = System.nanoTime();
      all.copyInto(su);
      s.execute("VACUUM ANALYZE stat_cell");
      s.execute("VACUUM ANALYZE stat_total");
      s.execute("ANALYZE stat_person");
      s.execute("ANALYZE stat_entry");
      s.execute("ANALYZE stat_event");
      say(
          String.format(
              "bulk: %d people, %d events folded in %.0f s, %d cells; COPY + ANALYZE %.0f s (%s)",
              PEOPLE, all.events(), fold, all.cellCount(), (System.nanoTime() - t1) / 1e9, load()));
    }
    try (Connection su = db.superuser(EmbeddedDatabase.DB);
        Statement s = su.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT (SELECT count(*) FROM stat_cell), (SELECT count(*) FROM stat_person),"
                    + " (SELECT count(*) FROM stat_entry), (SELECT count(*) FROM stat_event),"
                    + " pg_size_pretty(pg_total_relation_size('stat_cell')),"
                    + " pg_size_pretty(pg_database_size(current_database())),"
                    + " (SELECT count(*) FROM stat_total),"
                    + " pg_size_pretty(pg_total_relation_size('stat_total'))")) {
      rs.next();
      say(
          String.format(
              "tables: stat_cell %d rows (%s), stat_person %d, stat_entry %d, stat_event %d;"
                  + " stat_total %d rows (%s); database %s",
              rs.getLong(1),
              rs.getString(5),
              rs.getLong(2),
              rs.getLong(3),
              rs.getLong(4),
              rs.getLong(7),
              rs.getString(8),
              rs.getString(6)));
    }
  }

  /**
   * ProjectionBatch's rate on new people over the loaded tables: one transaction per event, then
   * {@link ProjectionBatch#CHUNK} events per transaction (as the consumer applies a poll).
   */
  static void rate(EmbeddedDatabase db) throws SQLException {
    long first = Long.getLong("stats.rate.first", PEOPLE + 5_000_000);
    int people = Integer.getInteger("stats.rate.people", 2000);
    try (OneConnection owner = new OneConnection(db.ownerDataSource())) {
      ProjectionBatch batch = new ProjectionBatch(owner.dataSource());
      for (int mode = 0; mode < 2; mode++) {
        List<LifecycleFact> facts = new ArrayList<>();
        for (long i = first + (long) mode * people; i < first + (long) (mode + 1) * people; i++) {
          for (StatisticsEvents.Event e : EVENTS.person(i)) {
            facts.add(LifecycleFact.parse(e.json()).orElseThrow());
          }
        }
        long t0 = System.nanoTime();
        if (mode == 0) {
          for (LifecycleFact f : facts) {
            batch.apply(f);
          }
        } else {
          for (int k = 0; k < facts.size(); k += ProjectionBatch.CHUNK) {
            batch.applyAll(facts.subList(k, Math.min(facts.size(), k + ProjectionBatch.CHUNK)));
          }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        say(
            String.format(
                "rate: %d events %s: %.0f events/s (%s)",
                facts.size(),
                mode == 0 ? "one transaction each" : ProjectionBatch.CHUNK + " a transaction",
                facts.size() / seconds,
                load()));
      }
    }
  }

  static List<String> jsons(long person) {
    return EVENTS.person(person).stream().map(StatisticsEvents.Event::json).toList();
  }

  static List<String> cells(EmbeddedDatabase db, String tenant) throws SQLException {
    TreeMap<String, Long> out = new TreeMap<>();
    try (Connection c = db.ownerDataSource().getConnection()) {
      c.setAutoCommit(false);
      tenant(c, tenant);
      try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT indicator, month, breakdown, days, people FROM stat_cell");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.merge(
              rs.getString(1) + "|" + rs.getDate(2) + "|" + rs.getString(3) + "|" + rs.getInt(4),
              rs.getLong(5),
              Long::sum);
        }
      }
      c.commit();
    }
    return out.entrySet().stream().map(e -> e.getKey() + "|" + e.getValue()).toList();
  }

  // ---------------------------------------------------------------- reads

  static void reads(EmbeddedDatabase db) throws SQLException {
    int count = Integer.getInteger("stats.reads", 2000);
    List<String> indicators = Figures.COMPUTED.stream().sorted().toList();
    YearMonth now = YearMonth.from(StatisticsEvents.NOW.minusDays(1));
    int[] periods = {1, 12, 36};
    Random r = new Random(SEED);
    try (Connection c = db.appDataSource().getConnection()) {
      c.setAutoCommit(false);
      // warm-up: every département's cells read once
      for (String d : StatisticsEvents.DEPARTEMENTS) {
        for (String id : indicators) {
          departement(c, d, id, now.minusMonths(35), now, "");
        }
      }
      Map<String, List<Long>> byKind = new TreeMap<>();
      for (int k = 0; k < count; k++) {
        String id = indicators.get(r.nextInt(indicators.size()));
        int months = periods[r.nextInt(periods.length)];
        String d = StatisticsEvents.DEPARTEMENTS[r.nextInt(StatisticsEvents.DEPARTEMENTS.length)];
        boolean whole = r.nextBoolean();
        String territory =
            whole
                ? ""
                : StatisticsEvents.territory(d, r.nextInt(StatisticsEvents.TERRITORIES)).toString();
        long t0 = System.nanoTime();
        int rows = departement(c, d, id, now.minusMonths(months - 1), now, territory);
        long took = System.nanoTime() - t0;
        byKind
            .computeIfAbsent(
                "département, " + months + " month(s), " + (whole ? "all" : "a territory"),
                x -> new ArrayList<>())
            .add(took);
        byKind.computeIfAbsent("département, all", x -> new ArrayList<>()).add(took);
        if (k == 0) {
          say("first read: " + rows + " grouped rows");
        }
      }
      for (int k = 0; k < count / 10; k++) {
        String id = indicators.get(r.nextInt(indicators.size()));
        int months = periods[r.nextInt(periods.length)];
        long t0 = System.nanoTime();
        national(c, id, now.minusMonths(months - 1), now);
        long took = System.nanoTime() - t0;
        byKind
            .computeIfAbsent("national, " + months + " month(s)", x -> new ArrayList<>())
            .add(took);
        byKind.computeIfAbsent("national, all", x -> new ArrayList<>()).add(took);
      }
      say("reads (" + load() + "):");
      byKind.forEach((kind, times) -> say("  " + kind + ": " + percentiles(times)));
    }
  }

  /** The plans of the slowest reads: a delay over 36 months, a département's cells and sums. */
  static void explain(EmbeddedDatabase db) throws SQLException {
    YearMonth now = YearMonth.from(StatisticsEvents.NOW.minusDays(1));
    String id = "monthly-orientation-delay-from-claim";
    try (Connection c = db.appDataSource().getConnection()) {
      c.setAutoCommit(false);
      tenant(c, "59");
      for (PreparedStatement ps :
          List.of(
              prepare(
                  c,
                  "EXPLAIN (ANALYZE, BUFFERS) " + Figures.CELLS,
                  id,
                  now.minusMonths(35).atDay(1),
                  now.atDay(1),
                  "",
                  ""))) {
        try (ps;
            ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            say("  " + rs.getString(1));
          }
        }
      }
      c.commit();
    }
  }

  /** What {@code Figures.read} asks the database: one transaction, its tenant set. */
  static int departement(
      Connection c, String tenant, String id, YearMonth from, YearMonth to, String territory)
      throws SQLException {
    tenant(c, tenant);
    int rows = 0;
    // as Figures reads: a rate's base cells; a stock from its first month
    LocalDate start = Figures.isStock(id) ? LocalDate.of(1900, 1, 1) : from.atDay(1);
    try (PreparedStatement ps =
        prepare(c, Figures.CELLS, Figures.cellsOf(id), start, to.atDay(1), territory, "")) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows++;
        }
      }
    }
    c.commit();
    return rows;
  }

  /** What {@code NationalFigures.read} asks: the tenants, then each one's totals in turn. */
  static void national(Connection c, String id, YearMonth from, YearMonth to) throws SQLException {
    List<String> tenants = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT code, name FROM tenant ORDER BY code")) {
      while (rs.next()) {
        tenants.add(rs.getString(1));
      }
    }
    for (String t : tenants) {
      tenant(c, t);
      try (PreparedStatement ps =
              prepare(
                  c,
                  Figures.TOTALS,
                  Figures.cellsOf(id),
                  Figures.isStock(id) ? LocalDate.of(1900, 1, 1) : from.atDay(1),
                  to.atDay(1),
                  "");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rs.getLong(5);
        }
      }
      tenant(c, "");
    }
    c.commit();
  }

  private static final Pattern PARAMETER = Pattern.compile("\\?(\\d)");

  /** A JPA native query's numbered parameters (?1…) bound by JDBC, in the order they appear. */
  static PreparedStatement prepare(Connection c, String jpa, Object... values) throws SQLException {
    Matcher m = PARAMETER.matcher(jpa);
    List<Integer> order = new ArrayList<>();
    while (m.find()) {
      order.add(Integer.parseInt(m.group(1)));
    }
    PreparedStatement ps = c.prepareStatement(PARAMETER.matcher(jpa).replaceAll("?"));
    for (int k = 0; k < order.size(); k++) {
      ps.setObject(k + 1, values[order.get(k) - 1]);
    }
    return ps;
  }

  // ---------------------------------------------------------------- lag

  static void lag(EmbeddedDatabase db, String bootstrap) throws Exception {
    int rate = Integer.getInteger("stats.rate", 500);
    int seconds = Integer.getInteger("stats.lag.seconds", 180);
    Map<String, Long> sent = new ConcurrentHashMap<>();
    try (KafkaProducer<String, String> producer = producer(bootstrap)) {
      // the sample's events first (already applied: the consumer reads them, counts them once)
      for (long i = 0; i < SAMPLE; i++) {
        for (StatisticsEvents.Event e : EVENTS.person(i)) {
          producer.send(new ProducerRecord<>(TOPIC, e.key(), e.json()));
        }
      }
      producer.flush();
      try (OneConnection owner = new OneConnection(db.ownerDataSource())) {
        Consumer consumer = new Consumer(owner.dataSource(), bootstrap);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleWithFixedDelay(consumer::tick, 1, 1, TimeUnit.SECONDS);
        consumer.awaitIdle();
        say("lag: the sample's " + SAMPLE + " people's events read again (already applied)");
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long n = 0;
        long person = Long.getLong("stats.lag.first", PEOPLE + 1_000_000);
        List<StatisticsEvents.Event> pending = new ArrayList<>();
        while (System.nanoTime() - start < seconds * 1_000_000_000L) {
          if (pending.isEmpty()) {
            pending.addAll(EVENTS.person(person++));
            continue;
          }
          long due = start + n * period;
          long wait = due - System.nanoTime();
          if (wait > 0) {
            LockSupport.parkNanos(wait);
          }
          StatisticsEvents.Event e = pending.remove(0);
          sent.put(e.id(), System.currentTimeMillis());
          producer.send(new ProducerRecord<>(TOPIC, e.key(), e.json()));
          n++;
        }
        producer.flush();
        double produced = (System.nanoTime() - start) / 1e9;
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (applied(db, sent.keySet()) < sent.size() && System.nanoTime() < deadline) {
          LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
        scheduler.shutdownNow();
        scheduler.awaitTermination(30, TimeUnit.SECONDS);
        consumer.close();
        say(
            String.format(
                "lag: %d events sent in %.0f s (%.0f /s) (%s)", n, produced, n / produced, load()));
      }
    }
    List<Long> lags = new ArrayList<>();
    try (Connection su = db.superuser(EmbeddedDatabase.DB);
        PreparedStatement ps =
            su.prepareStatement(
                "SELECT event_id, (extract(epoch FROM applied_at) * 1000)::bigint FROM stat_event"
                    + " WHERE event_id = ANY (?)")) {
      ps.setArray(1, su.createArrayOf("varchar", sent.keySet().toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lags.add((rs.getLong(2) - sent.get(rs.getString(1))) * 1_000_000L);
        }
      }
    }
    say("lag, sent → applied, " + lags.size() + " of " + sent.size() + ": " + percentiles(lags));
  }

  static long applied(EmbeddedDatabase db, java.util.Set<String> ids) throws SQLException {
    try (Connection su = db.superuser(EmbeddedDatabase.DB);
        PreparedStatement ps =
            su.prepareStatement("SELECT count(*) FROM stat_event WHERE event_id = ANY (?)")) {
      ps.setArray(1, su.createArrayOf("varchar", ids.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** {@code LifecycleConsumer.tick}: drain while there is a backlog, then the next tick. */
  static final class Consumer {
    final KafkaConsumer<String, String> kafka;
    final ProjectionBatch batch;
    volatile boolean idle;

    Consumer(DataSource owner, String bootstrap) {
      kafka = new KafkaConsumer<>(LifecycleConsumer.properties(bootstrap, LifecycleConsumer.GROUP));
      kafka.subscribe(List.of(TOPIC));
      batch = new ProjectionBatch(owner);
    }

    synchronized void tick() {
      try {
        while (drain() > 0) {
          // keep going while there is a backlog
        }
        var assigned = kafka.assignment();
        idle =
            !assigned.isEmpty()
                && kafka.endOffsets(assigned).entrySet().stream()
                    .allMatch(e -> kafka.position(e.getKey()) >= e.getValue());
      } catch (Exception e) {
        say("consumer: " + e);
      }
    }

    /**
     * {@link ProjectionBatch#drain} (a poll in transactions of 100 events), or with {@code
     * -Dstats.consumer=event-transaction} what it did before: an event a transaction.
     */
    int drain() throws SQLException {
      if (!ONE_TRANSACTION_AN_EVENT) {
        return batch.drain(kafka, Duration.ofMillis(200));
      }
      var records = kafka.poll(Duration.ofMillis(200));
      for (var r : records) {
        LifecycleFact.parse(r.value()).ifPresent(this::apply);
      }
      if (!records.isEmpty()) {
        kafka.commitSync();
      }
      return records.count();
    }

    private void apply(LifecycleFact f) {
      try {
        batch.apply(f);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    void awaitIdle() {
      while (!idle) {
        LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
      }
    }

    synchronized void close() {
      kafka.close();
    }
  }

  // ---------------------------------------------------------------- rebuild

  static void rebuild(EmbeddedDatabase db, String bootstrap) throws Exception {
    if (Boolean.getBoolean("stats.rebuild.all")) {
      // every person's events in the topic, and the live group at its end: the live tables (the
      // bulk load) hold them all, as a live consumer that read the whole topic would
      long t0 = System.nanoTime();
      long sent = 0;
      try (KafkaProducer<String, String> producer = producer(bootstrap)) {
        for (long i = 0; i < PEOPLE; i++) {
          for (StatisticsEvents.Event e : EVENTS.person(i)) {
            producer.send(new ProducerRecord<>(TOPIC, e.key(), e.json()));
            sent++;
          }
        }
        producer.flush();
      }
      try (KafkaConsumer<String, String> live =
          new KafkaConsumer<>(LifecycleConsumer.properties(bootstrap, LifecycleConsumer.GROUP))) {
        var partitions =
            live.partitionsFor(TOPIC).stream()
                .map(p -> new org.apache.kafka.common.TopicPartition(TOPIC, p.partition()))
                .toList();
        live.assign(partitions);
        live.seekToEnd(partitions);
        partitions.forEach(live::position);
        live.commitSync();
      }
      say(
          String.format(
              "rebuild: %d events of %d people sent in %.0f s, the live group at the topic's end",
              sent, PEOPLE, (System.nanoTime() - t0) / 1e9));
    }
    StatisticsRebuild.Report report =
        new StatisticsRebuild(db.ownerDataSource(), bootstrap, TOPIC, LifecycleConsumer.GROUP)
            .run(false);
    say("rebuild (" + load() + "):");
    for (String line : report.lines()) {
      say("  " + line);
    }
  }

  // ---------------------------------------------------------------- helpers

  static KafkaProducer<String, String> producer(String bootstrap) {
    return new KafkaProducer<>(
        Map.of(
            "bootstrap.servers", bootstrap,
            "enable.idempotence", "false",
            "acks", "all",
            "linger.ms", "0"),
        new StringSerializer(),
        new StringSerializer());
  }

  static void tenant(Connection c, String tenant) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
      ps.setString(1, tenant);
      ps.execute();
    }
  }

  static String percentiles(List<Long> nanos) {
    long[] v = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    if (v.length == 0) {
      return "none";
    }
    return String.format(
        "n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms",
        v.length, at(v, 0.50), at(v, 0.99), v[v.length - 1] / 1e6);
  }

  /** Nearest rank, in milliseconds. */
  static double at(long[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  static String load() {
    try {
      return "load average " + Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (Exception e) {
      return "load unknown";
    }
  }

  static void say(String line) {
    System.out.println(LocalDate.now() + " " + java.time.LocalTime.now().withNano(0) + " " + line);
  }

  /** One connection handed out again and again (a pool of one): its close keeps it open. */
  static final class OneConnection implements AutoCloseable {
    final Connection connection;

    OneConnection(DataSource ds) throws SQLException {
      connection = ds.getConnection();
    }

    DataSource dataSource() {
      Connection kept =
          (Connection)
              Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                      return null;
                    }
                    try {
                      return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
      return (DataSource)
          Proxy.newProxyInstance(
              DataSource.class.getClassLoader(),
              new Class<?>[] {DataSource.class},
              (proxy, method, args) -> {
                if (method.getName().equals("getConnection")) {
                  return kept;
                }
                throw new UnsupportedOperationException(method.getName());
              });
    }

    @Override
    public void close() throws SQLException {
      connection.close();
    }
  }
}
