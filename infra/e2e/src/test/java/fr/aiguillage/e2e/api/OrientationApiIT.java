package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.token;
import static fr.aiguillage.e2e.support.Scenarios.proposed;
import static fr.aiguillage.e2e.support.Scenarios.queue;
import static fr.aiguillage.e2e.support.Scenarios.structureFor;
import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.e2e.support.Http;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The orientation API with real tokens: the queue is the département's own, oldest first; a
 * decision that overrides the proposal needs a reason; two agents deciding the same person at once:
 * one wins, the other is told; a batch decides the simple cases; another département's orientation
 * does not exist.
 */
class OrientationApiIT {
  static final String ORIENTATIONS = "/api/v1/orientations";

  @Test
  void theQueueIsTheDepartementsOwnOldestFirstWithOverdueCasesMarked() {
    List<JsonObject> ardennes = queue("agent-08", "");
    assertThat(ardennes).isNotEmpty();
    List<String> starts = ardennes.stream().map(i -> i.getString("startDate")).toList();
    assertThat(starts).isSorted();
    assertThat(ardennes)
        .allSatisfy(
            i ->
                assertThat(i.getBoolean("overdue"))
                    .isEqualTo(i.getJsonNumber("waitingDays").longValue() > 42));
    List<String> nordIds =
        queue("agent-59", "").stream().map(i -> i.getString("orientationId")).toList();
    assertThat(ardennes)
        .extracting(i -> i.getString("orientationId"))
        .doesNotContainAnyElementsOf(nordIds);
    assertThat(queue("agent-08", "&overdue=true"))
        .allSatisfy(i -> assertThat(i.getBoolean("overdue")).isTrue());

    Http.Response foreign = get(ORIENTATIONS + "/" + nordIds.get(0), token("agent-08"));
    assertThat(foreign.status()).as("another département's orientation").isEqualTo(404);
    assertThat(get(ORIENTATIONS, token("plie-08")).status()).isEqualTo(403);
  }

  @Test
  void overridingTheProposalNeedsAReasonAndTwoAgentsAtOnceGetOneDecision() throws Exception {
    JsonObject item = proposed("agent-08").get(0);
    String id = item.getString("orientationId");
    JsonObject file = get(ORIENTATIONS + "/" + id, token("agent-08")).json().asJsonObject();
    String proposedPathway = file.getJsonObject("proposal").getString("pathway");
    String other = proposedPathway.equals("SOCIAL") ? "PROFESSIONAL" : "SOCIAL";
    long version = file.getJsonNumber("version").longValue();

    Http.Response noReason =
        post(
            ORIENTATIONS + "/" + id + "/decision",
            token("agent-08"),
            "{\"version\": %d, \"pathway\": \"%s\", \"structureId\": \"%s\"}"
                .formatted(version, other, structureFor("agent-08", other)));
    assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
    assertThat(noReason.body()).contains("\"field\":\"reason\"", "expliquez pourquoi");

    String decision =
        "{\"version\": %d, \"pathway\": \"%s\", \"structureId\": \"%s\"}"
            .formatted(version, proposedPathway, structureFor("agent-08", proposedPathway));
    String agent = token("agent-08");
    String coordinator = token("coord-08");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Http.Response>> both = new ArrayList<>();
    for (String t : List.of(agent, coordinator)) {
      Callable<Http.Response> c =
          () -> {
            start.await();
            return post(ORIENTATIONS + "/" + id + "/decision", t, decision);
          };
      both.add(pool.submit(c));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    String loser = "";
    for (Future<Http.Response> f : both) {
      Http.Response r = f.get();
      statuses.add(r.status());
      if (r.status() == 409) {
        loser = r.body();
      }
    }
    pool.shutdown();
    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    assertThat(loser).contains("rechargez");

    JsonObject decided = get(ORIENTATIONS + "/" + id, token("agent-08")).json().asJsonObject();
    assertThat(decided.getString("state")).isEqualTo("DECIDED");
    assertThat(
            decided.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("to").equals("DECIDED"))
                .count())
        .as("decided once")
        .isEqualTo(1);
    Http.Response again = post(ORIENTATIONS + "/" + id + "/decision", agent, decision);
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void aBatchDecidesTheSimpleCasesAndSaysWhyForTheOthers() {
    List<JsonObject> simple = proposed("agent-08");
    assertThat(simple).hasSizeGreaterThanOrEqualTo(3);
    String notProposed =
        queue("agent-08", "").stream()
            .filter(i -> !i.getString("state").equals("PROPOSED"))
            .findFirst()
            .orElseThrow()
            .getString("orientationId");
    String ids =
        String.join(
            "\", \"",
            List.of(
                simple.get(1).getString("orientationId"),
                simple.get(2).getString("orientationId"),
                notProposed));
    Http.Response r =
        post(
            ORIENTATIONS + "/decisions",
            token("agent-08"),
            "{\"orientations\": [\"" + ids + "\"]}");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonObject result = r.json().asJsonObject();
    assertThat(result.getJsonArray("decided")).hasSize(2);
    assertThat(result.getJsonArray("skipped").getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(
            s -> assertThat(s.getString("reason")).contains("pas au stade de la proposition"));
    assertThat(
            post(
                    ORIENTATIONS + "/decisions",
                    token("referent-08"),
                    "{\"orientations\": [\"" + ids + "\"]}")
                .status())
        .as("a referent does not decide")
        .isEqualTo(403);
  }

  @Test
  void theDelaysAreTheDepartementsOwnAndOnlyItsAdministratorChangesThem() {
    JsonObject ardennes = get("/api/v1/settings", token("agent-08")).json().asJsonObject();
    assertThat(ardennes.getInt("orientationTargetDays")).isEqualTo(42);
    assertThat(ardennes.getInt("referralAnswerDays")).isEqualTo(10);
    String original = ardennes.toString();
    String changed = original.replace("\"referralAnswerDays\":10", "\"referralAnswerDays\":12");
    assertThat(Http.put("/api/v1/settings", token("agent-08"), changed).status()).isEqualTo(403);
    Http.Response bad =
        Http.put(
            "/api/v1/settings",
            token("admin-08"),
            "{\"orientationTargetDays\": 0, \"referralAnswerDays\": 5, \"referralReminderDays\": 5,"
                + " \"coordinationEmail\": \"pas-une-adresse\"}");
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(bad.body())
        .contains(
            "orientationTargetDays", "referralReminderDays", "coordinationEmail", "6 semaines");
    try {
      Http.Response ok = Http.put("/api/v1/settings", token("admin-08"), changed);
      assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
      assertThat(
              get("/api/v1/settings", token("agent-08"))
                  .json()
                  .asJsonObject()
                  .getInt("referralAnswerDays"))
          .isEqualTo(12);
      assertThat(
              get("/api/v1/settings", token("agent-59"))
                  .json()
                  .asJsonObject()
                  .getInt("referralAnswerDays"))
          .as("Nord keeps its own")
          .isEqualTo(10);
    } finally {
      assertThat(Http.put("/api/v1/settings", token("admin-08"), original).status()).isEqualTo(200);
    }
  }
}
