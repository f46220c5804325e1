package fr.aiguillage.statistics.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.aiguillage.testing.TestKafka;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pseudonymised statistics topic against a real Kafka broker and a real PostgreSQL: the
 * hand-made cohort of {@link ProjectorTest} (P1–P4 in the Ardennes, P5 in the Nord), plus P6 whose
 * file carries everything that identifies a person (as if a payload leaked them) and who is
 * oriented towards France Travail; half of it sent twice. The topic carries each person's
 * milestones under one pseudonym, and nothing that identifies them.
 */
class StatisticsTopicTest {
  static final String LIFECYCLE = "aiguillage.lifecycle.v1";
  static final String TOPIC = StatisticsTopic.DEFAULT_TOPIC;
  static final Pseudonyms KEY =
      Pseudonyms.ofBase64Key("ZGVtby1vbmx5LXN0YXRpc3RpY3MtcHNldWRvbnltLWs=");
  static final Pseudonyms OTHER_KEY =
      Pseudonyms.ofBase64Key("YW5vdGhlci1zdGF0aXN0aWNzLXBzZXVkb255bS1rZXk=");
  static final UUID P6 = UUID.fromString("00000000-0000-0000-0000-000000000106");
  static final UUID O6 = UUID.fromString("00000000-0000-0000-0000-000000000206");
  static final UUID FRANCE_TRAVAIL = UUID.fromString("00000000-0000-0000-0000-0000000000f7");
  static final List<String> PERSONAL =
      List.of("Martin", "Camille", "185057800608436", "1234567", "1985-05-12", "rue des Lilas");
  static final Pattern NIR_LIKE = Pattern.compile("(?<!\\d)\\d{13,15}(?!\\d)");
  static final ObjectMapper JSON = new ObjectMapper();
  static KafkaClusterTestKit kafka;

  @BeforeAll
  static void start() throws Exception {
    ProjectorTest.migrate();
    try (Connection c = ProjectorTest.owner("08");
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO structure (id, tenant_id, name, kind) VALUES (?, '08', ?, ?)")) {
      ps.setObject(1, FRANCE_TRAVAIL);
      ps.setString(2, "France Travail Charleville");
      ps.setString(3, "FRANCE_TRAVAIL");
      ps.executeUpdate();
      c.commit();
    }
    kafka = TestKafka.start(3);
  }

  @AfterAll
  static void stop() throws Exception {
    kafka.close();
    ProjectorTest.stop();
  }

  /**
   * The cohort, and P6: born May 1985 (41 on both milestones: « 40-49 »), claim 2 Sept., rights and
   * duties 8 Sept., France Travail on 5 Oct.
   */
  static List<String> events() {
    List<String> e = new ArrayList<>(ProjectorTest.cohort());
    e.add(
        ProjectorTest.event(
            "08",
            "beneficiary.created",
            "2026-09-09T08:00:00Z",
            "\"beneficiaryId\":\""
                + P6
                + "\",\"territoryId\":\""
                + ProjectorTest.TERRITORY
                + "\",\"rsaClaimDate\":\"2026-09-02\",\"rightsAndDutiesStart\":\"2026-09-08\","
                + "\"birthYear\":1985,\"birthMonth\":5"));
    // the same facts, and everything that identifies P6: no milestone moves, nothing of it leaves
    e.add(
        ProjectorTest.event(
            "08",
            "beneficiary.updated",
            "2026-09-10T08:00:00Z",
            "\"beneficiaryId\":\""
                + P6
                + "\",\"territoryId\":\""
                + ProjectorTest.TERRITORY
                + "\",\"rsaClaimDate\":\"2026-09-02\",\"rightsAndDutiesStart\":\"2026-09-08\","
                + "\"birthYear\":1985,\"birthMonth\":5,\"lastName\":\"Martin\",\"firstNames\":\"Camille\",\"nir\":\"185057800608436\","
                + "\"cafNumber\":\"1234567\",\"birthDate\":\"1985-05-12\","
                + "\"addressLine\":\"12 rue des Lilas\""));
    e.add(
        ProjectorTest.event(
            "08",
            "orientation.decided",
            "2026-10-05T09:00:00Z",
            "\"orientationId\":\""
                + O6
                + "\",\"beneficiaryId\":\""
                + P6
                + "\",\"at\":\"2026-10-05T09:00:00Z\",\"pathway\":\"PROFESSIONAL\","
                + "\"structureId\":\""
                + FRANCE_TRAVAIL
                + "\""));
    return e;
  }

  /** Each person's standing milestones, hand-written: person|milestone|département|… */
  static final List<String> EXPECTED =
      List.of(
          "P1|entered|08|T|inconnu|2026-09-10|2026-09-01|2026-09-10|null|null",
          "P1|first-decision|08|T|inconnu|2026-10-11|null|null|SOCIAL|inconnu",
          "P2|entered|08|T|inconnu|2026-09-15|2026-09-15|null|null|null",
          "P2|first-decision|08|T|inconnu|2026-10-20|null|null|PROFESSIONAL|inconnu",
          "P3|entered|08|T|inconnu|2026-09-25|2026-09-20|2026-09-25|null|null",
          "P4|entered|08|T|inconnu|2026-09-03|2026-09-03|2026-09-03|null|null",
          "P4|left|08|T|inconnu|2026-10-01|null|null|null|null",
          "P5|first-decision|59|null|inconnu|2026-10-02|null|null|SOCIAL|inconnu",
          "P6|entered|08|T|40-49|2026-09-08|2026-09-02|2026-09-08|null|null",
          "P6|first-decision|08|T|40-49|2026-10-05|null|null|PROFESSIONAL|france-travail");

  @Test
  void theCohortsMilestonesLeavePseudonymisedAndAReplayGivesTheSameIds() throws Exception {
    new ProjectorTest().empty();
    List<String> events = events();
    List<ConsumerRecord<String, String>> first;
    try (StatisticsTopic topic = new StatisticsTopic(kafka.bootstrapServers(), TOPIC, 3, KEY);
        KafkaProducer<String, String> producer =
            new KafkaProducer<>(
                // no idempotent producer: the test kit's single broker under a loaded machine once
                // answered OutOfOrderSequenceException; the events are deduplicated anyway
                Map.of(
                    "bootstrap.servers", kafka.bootstrapServers(),
                    "enable.idempotence", "false",
                    "acks", "all"),
                new StringSerializer(),
                new StringSerializer())) {
      ProjectionBatch batch = new ProjectionBatch(ProjectorTest.db.ownerDataSource(), topic);
      try (KafkaConsumer<String, String> live = consumer("aiguillage-statistics")) {
        send(producer, events);
        send(producer, events.subList(0, events.size() / 2));
        ProjectionBatchTest.drainToEnd(batch, live);
      }
      first = readAll(TOPIC);

      Map<String, String> names = names(KEY);
      assertThat(standing(first, names)).containsExactlyElementsOf(EXPECTED);
      for (var r : first) {
        JsonNode v = JSON.readTree(r.value());
        assertThat(r.key())
            .as("keyed by the person's pseudonym")
            .isEqualTo(v.get("person").asText());
        assertThat(names).as("one pseudonym per person, with the key").containsKey(r.key());
        assertThat(v.get("departement").asText())
            .as("the person's own département")
            .isEqualTo(r.key().equals(KEY.person("59", ProjectorTest.P[5])) ? "59" : "08");
        assertThat(v.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(v.get("withdrawn").asBoolean()).isFalse();
      }
      assertNothingIdentifies(first);
      assertThat(names(OTHER_KEY).keySet())
          .as("another key, other pseudonyms")
          .doesNotContainAnyElementsOf(names.keySet());
      assertThat(first.stream().map(ConsumerRecord::key))
          .doesNotContainAnyElementsOf(names(OTHER_KEY).keySet());

      // rebuilt from the lifecycle topic's start into emptied tables: the same events, the same ids
      new ProjectorTest().empty();
      try (KafkaConsumer<String, String> rebuild = consumer("aiguillage-statistics-rebuild")) {
        ProjectionBatchTest.drainToEnd(batch, rebuild);
      }
    }
    List<ConsumerRecord<String, String>> all = readAll(TOPIC);
    List<ConsumerRecord<String, String>> again = new ArrayList<>(all);
    again.removeIf(r -> first.stream().anyMatch(f -> sameRecord(f, r)));
    assertThat(ids(again, "entered"))
        .as("each file's event gives its entered record the same id again")
        .isEqualTo(ids(first, "entered"))
        .hasSize(5);
    assertThat(standing(again, names(KEY))).containsExactlyElementsOf(EXPECTED);
  }

  @Test
  void theSameEventGivesTheSameIdsAndAWithdrawnMilestoneSaysSo() throws Exception {
    LifecycleFact left =
        LifecycleFact.parse(
                ProjectorTest.event(
                    "08",
                    "beneficiary.updated",
                    "2026-11-02T08:00:00Z",
                    "\"beneficiaryId\":\"" + P6 + "\",\"status\":\"TO_ORIENT\""))
            .orElseThrow();
    PersonFacts before =
        new PersonFacts(
            P6,
            Instant.parse("2026-09-09T08:00:00Z"),
            ProjectorTest.TERRITORY,
            LocalDate.parse("2026-09-02"),
            null,
            LocalDate.parse("2026-10-01"),
            Instant.parse("2026-10-01T03:00:00Z"));
    PersonFacts after = before.file(left);
    PersonChange change = new PersonChange(left, before, List.of(), after, List.of());
    List<MilestoneItem> once = MilestoneItems.of(change, KEY, id -> null);
    List<MilestoneItem> twice = MilestoneItems.of(change, KEY, id -> null);
    assertThat(twice).isEqualTo(once);
    // back in the RSA, the facts corrected: the claim is no longer known, the exit is taken back
    assertThat(once)
        .extracting(i -> i.milestone() + "|" + i.withdrawn())
        .containsExactlyInAnyOrder("entered|true", "left|true");
    assertThat(MilestoneItems.of(change, OTHER_KEY, id -> null))
        .extracting(MilestoneItem::id)
        .doesNotContainAnyElementsOf(once.stream().map(MilestoneItem::id).toList());
  }

  @Test
  void kafkaDownRollsTheEventBackAndItIsSentWhenReadAgain() throws Exception {
    new ProjectorTest().empty();
    String topic = "aiguillage.statistics.retry-test";
    LifecycleFact created =
        LifecycleFact.parse(
                ProjectorTest.created(1, "2026-09-12T08:00:00Z", "2026-09-01", "2026-09-10"))
            .orElseThrow();
    var owner = ProjectorTest.db.ownerDataSource();
    try (StatisticsTopic down = new StatisticsTopic("127.0.0.1:1", topic, 3, KEY)) {
      assertThatThrownBy(() -> new ProjectionBatch(owner, down).apply(created))
          .isInstanceOf(StatisticsTopic.NotSent.class);
    }
    assertThat(ProjectorTest.cells("08")).as("the event rolled back with its records").isEmpty();
    try (StatisticsTopic up = new StatisticsTopic(kafka.bootstrapServers(), topic, 3, KEY)) {
      assertThat(new ProjectionBatch(owner, up).apply(created)).as("read again").isTrue();
      assertThat(new ProjectionBatch(owner, up).apply(created)).as("then seen").isFalse();
    }
    assertThat(readAll(topic))
        .extracting(r -> readTree(r.value()).get("milestone").asText())
        .as("sent once the broker is back, once")
        .containsExactly("entered");
  }

  private static void assertNothingIdentifies(List<ConsumerRecord<String, String>> records) {
    List<String> ids = new ArrayList<>(List.of(P6.toString(), O6.toString()));
    for (int i = 1; i < 6; i++) {
      ids.add(ProjectorTest.P[i].toString());
      ids.add(ProjectorTest.O[i].toString());
    }
    for (var r : records) {
      String text = (r.key() + " " + r.value()).toLowerCase();
      for (String id : ids) {
        assertThat(text).as("no platform id of a person or an orientation").doesNotContain(id);
        assertThat(text).doesNotContain(id.replace("-", ""));
      }
      for (String personal : PERSONAL) {
        assertThat(text).as("nothing personal").doesNotContain(personal.toLowerCase());
      }
      assertThat(NIR_LIKE.matcher(text).find()).as("no NIR-like number in " + text).isFalse();
      JsonNode v = readTree(r.value());
      assertThat(fieldNames(v))
          .as("the schema's fields only")
          .containsExactly(
              "schemaVersion",
              "id",
              "milestone",
              "withdrawn",
              "person",
              "entry",
              "departement",
              "territoryId",
              "ageBand",
              "date",
              "claimDate",
              "rightsAndDutiesStart",
              "pathway",
              "bodyKind");
    }
  }

  /** The last record of each person, milestone and entry (the one that stands), sorted. */
  private static List<String> standing(
      List<ConsumerRecord<String, String>> records, Map<String, String> names) {
    Map<String, String> last = new TreeMap<>();
    for (var r : records) {
      JsonNode v = readTree(r.value());
      String name = names.getOrDefault(v.get("person").asText(), "?");
      String territory = v.get("territoryId").asText();
      String row =
          String.join(
              "|",
              name,
              v.get("milestone").asText(),
              v.get("departement").asText(),
              territory.equals(ProjectorTest.TERRITORY.toString()) ? "T" : territory,
              v.get("ageBand").asText(),
              v.get("date").asText(),
              v.get("claimDate").asText(),
              v.get("rightsAndDutiesStart").asText(),
              v.get("pathway").asText(),
              v.get("bodyKind").asText());
      String key = name + "|" + v.get("milestone").asText() + "|" + v.get("entry").asText();
      if (v.get("withdrawn").asBoolean()) {
        last.remove(key);
      } else {
        last.put(key, row);
      }
    }
    return last.values().stream().sorted().toList();
  }

  private static Set<String> ids(List<ConsumerRecord<String, String>> records, String milestone) {
    return records.stream()
        .map(r -> readTree(r.value()))
        .filter(v -> v.get("milestone").asText().equals(milestone))
        .map(v -> v.get("id").asText())
        .collect(Collectors.toSet());
  }

  private static boolean sameRecord(ConsumerRecord<?, ?> a, ConsumerRecord<?, ?> b) {
    return a.partition() == b.partition() && a.offset() == b.offset();
  }

  /** Pseudonym → P1…P6 under {@code key}. */
  private static Map<String, String> names(Pseudonyms key) {
    Map<String, String> out = new HashMap<>();
    for (int i = 1; i < 5; i++) {
      out.put(key.person("08", ProjectorTest.P[i]), "P" + i);
    }
    out.put(key.person("59", ProjectorTest.P[5]), "P5");
    out.put(key.person("08", P6), "P6");
    return out;
  }

  private static List<String> fieldNames(JsonNode v) {
    List<String> out = new ArrayList<>();
    v.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  /** Everything on the statistics topic so far, partition by partition, in order. */
  private static List<ConsumerRecord<String, String>> readAll(String topic) {
    Properties p = new Properties();
    p.put("bootstrap.servers", kafka.bootstrapServers());
    List<ConsumerRecord<String, String>> out = new ArrayList<>();
    try (KafkaConsumer<String, String> c =
        new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> parts =
          c.partitionsFor(topic).stream()
              .map(i -> new TopicPartition(topic, i.partition()))
              .toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> ends = c.endOffsets(parts);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (parts.stream().anyMatch(tp -> c.position(tp) < ends.get(tp))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the statistics topic was not read to its end");
        }
        c.poll(Duration.ofMillis(200)).forEach(out::add);
      }
    }
    out.sort(
        (a, b) ->
            a.partition() != b.partition()
                ? Integer.compare(a.partition(), b.partition())
                : Long.compare(a.offset(), b.offset()));
    return out;
  }

  private static void send(KafkaProducer<String, String> producer, List<String> events)
      throws Exception {
    ProjectionBatchTest.send(producer, events);
  }

  private static KafkaConsumer<String, String> consumer(String group) {
    return ProjectionBatchTest.consumer(kafka.bootstrapServers(), group);
  }
}
