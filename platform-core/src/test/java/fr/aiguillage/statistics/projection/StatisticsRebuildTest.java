package fr.aiguillage.statistics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.testing.TestKafka;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rebuild against a real Kafka broker and a real PostgreSQL: the hand-made cohort of {@link
 * ProjectorTest} applied live (part of it past the live group's committed offsets, part of it not
 * applied yet), rebuilt from the topic's start into the second generation: the same events and
 * cells; a live cell corrupted by hand is reported, and the swap puts the right figure back.
 */
class StatisticsRebuildTest {
  static KafkaClusterTestKit kafka;
  static KafkaProducer<String, String> producer;
  static int topics;
  String topic;
  ProjectionBatch live;

  @BeforeAll
  static void start() throws Exception {
    ProjectorTest.migrate();
    kafka = TestKafka.start(3);
    producer =
        new KafkaProducer<>(
            Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "enable.idempotence", "false",
                "acks", "all"),
            new StringSerializer(),
            new StringSerializer());
  }

  @AfterAll
  static void stop() throws Exception {
    producer.close();
    kafka.close();
    ProjectorTest.stop();
  }

  @BeforeEach
  void empty() throws Exception {
    new ProjectorTest().empty();
    topic = "aiguillage.lifecycle.rebuild-" + (++topics);
    live = new ProjectionBatch(ProjectorTest.db.ownerDataSource());
  }

  @Test
  void aRebuildWhileTheLiveConsumerRunsGivesTheSameEventsAndCells() throws Exception {
    List<String> events = ProjectorTest.cohort();
    List<String> first = events.subList(0, 8);
    List<String> applied = events.subList(8, 11);
    List<String> notYet = events.subList(11, events.size());
    send(first);
    send(first); // at least once: some events twice
    drainToEnd();
    // the live consumer has applied these, its offsets not committed yet
    send(applied);
    for (String e : applied) {
      live.apply(LifecycleFact.parse(e).orElseThrow());
    }
    // and these are in the topic, not applied live yet
    send(notYet);
    List<String> before = ProjectorTest.cells("08");

    StatisticsRebuild.Report report = rebuild().run(false);

    assertThat(report.identical()).as(String.join("\n", report.lines())).isTrue();
    assertThat(report.replayed()).as("every record read once").isEqualTo(events.size() + 8);
    assertThat(report.pending()).as("left to the live consumer").isEqualTo(notYet.size());
    assertThat(report.swapped()).isFalse();
    assertThat(ProjectorTest.cells("08")).as("live cells untouched").isEqualTo(before);
    assertThat(shadowExists()).as("nothing kept when identical").isFalse();
  }

  @Test
  void aCorruptedLiveCellIsReportedAndTheSwapPutsTheRebuiltFigureBack() throws Exception {
    send(ProjectorTest.cohort());
    drainToEnd();
    try (Connection c = ProjectorTest.owner("08");
        Statement s = c.createStatement()) {
      s.execute(
          "UPDATE stat_cell SET people = people + 1 WHERE indicator = 'monthly-oriented'"
              + " AND breakdown = 'SOCIAL'");
      s.execute(
          "UPDATE stat_total SET people = people + 3 WHERE indicator = 'monthly-oriented'"
              + " AND breakdown = 'SOCIAL'");
      c.commit();
    }

    StatisticsRebuild.Report report = rebuild().run(false);

    assertThat(report.identical()).isFalse();
    assertThat(report.liveOnlyEvents()).isZero();
    assertThat(report.rebuiltOnlyEvents()).isZero();
    assertThat(report.differingRows()).as("the cell and the total, each side").isEqualTo(4);
    assertThat(report.differences())
        .extracting(StatisticsRebuild.Difference::side)
        .containsExactly("live", "rebuilt", "live", "rebuilt");
    assertThat(report.differences().get(2).row()).contains("\"people\":4", "\"days_sum\":0");
    assertThat(report.differences().get(0).row())
        .contains("\"indicator\":\"monthly-oriented\"", "\"breakdown\":\"SOCIAL\"", "\"people\":2");
    assertThat(report.differences().get(1).row()).contains("\"people\":1");
    assertThat(report.lines()).anyMatch(l -> l.startsWith("DIFFÉRENCES / DIFFERENCES"));
    assertThat(shadowExists()).as("kept for inspection").isTrue();
    assertThat(ProjectorTest.cells("08")).as("not swapped").isNotEqualTo(ProjectorTest.EXPECTED);

    StatisticsRebuild.Report swapped = rebuild().run(true);

    assertThat(swapped.swapped()).isTrue();
    assertThat(ProjectorTest.cells("08")).containsExactlyElementsOf(ProjectorTest.EXPECTED);
    assertThat(ProjectorTest.totals("08")).isEqualTo(ProjectorTest.totalsOfTheCells("08"));
    assertThat(rebuild().run(false).identical()).as("after the swap").isTrue();
  }

  private StatisticsRebuild rebuild() {
    return new StatisticsRebuild(
        ProjectorTest.db.ownerDataSource(),
        kafka.bootstrapServers(),
        topic,
        LifecycleConsumer.GROUP + "-" + topic);
  }

  /** Sends lifecycle events keyed by aggregate, as the relay does, and waits for their acks. */
  private void send(List<String> events) throws Exception {
    List<Future<?>> acks = new ArrayList<>();
    for (String e : events) {
      LifecycleFact f = LifecycleFact.parse(e).orElseThrow();
      String key =
          f.text("orientationId") != null ? f.text("orientationId") : f.text("beneficiaryId");
      acks.add(producer.send(new ProducerRecord<>(topic, key, e)));
    }
    for (Future<?> a : acks) {
      a.get();
    }
  }

  /** The live consumer (its group per topic) until it has committed every partition's end. */
  private void drainToEnd() throws Exception {
    try (KafkaConsumer<String, String> c =
        new KafkaConsumer<>(
            LifecycleConsumer.properties(
                kafka.bootstrapServers(), LifecycleConsumer.GROUP + "-" + topic))) {
      c.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
      while (System.nanoTime() < deadline) {
        live.drain(c, Duration.ofMillis(200));
        if (!c.assignment().isEmpty() && ProjectionBatchTest.atEnd(c)) {
          return;
        }
      }
    }
    throw new AssertionError("the live consumer did not reach the end of the topic");
  }

  private static boolean shadowExists() throws SQLException {
    try (Connection c = ProjectorTest.db.ownerDataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT 1 FROM pg_namespace WHERE nspname = '" + StatisticsRebuild.SHADOW + "'")) {
      return rs.next();
    }
  }
}
