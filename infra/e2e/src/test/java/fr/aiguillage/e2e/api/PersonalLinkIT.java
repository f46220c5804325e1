package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.put;
import static fr.aiguillage.e2e.support.Http.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.TestStack;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The person's link: no account, save and resume, single use, expiry, tampering, rate limit. */
class PersonalLinkIT {
  static String openDiagnostic(String user, int index) {
    String personId =
        get("/api/v1/beneficiaries?size=10&status=TO_ORIENT", token(user))
            .json()
            .asJsonObject()
            .getJsonArray("items")
            .getJsonObject(index)
            .getString("id");
    return post("/api/v1/diagnostics", token(user), "{\"beneficiaryId\": \"" + personId + "\"}")
        .json()
        .asJsonObject()
        .getString("id");
  }

  static String issueLink(String diagnosticId) {
    Http.Response r =
        post(
            "/api/v1/diagnostics/" + diagnosticId + "/personal-link",
            token("agent-08"),
            "{\"days\": 14}");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().asJsonObject().getString("url").replaceFirst("https?://[^/]+", "");
  }

  static Http.Response form(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return Http.send(
        HttpRequest.newBuilder(URI.create(Http.app() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  static Http.Response page(String path) {
    return Http.send(HttpRequest.newBuilder(URI.create(Http.app() + path)).GET());
  }

  @Test
  void thePersonSavesComesBackAndSendsOnceThenTheAgentSeesWhoAnsweredWhat() {
    String diagnosticId = openDiagnostic("agent-08", 2);
    String link = issueLink(diagnosticId);

    Http.Response first = page(link);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body())
        .contains("Bonjour", "Ce qui peut vous freiner", "name=\"barrier_health\"", "lang=\"fr\"");

    Map<String, String> answers = new LinkedHashMap<>();
    answers.put("barrier_housing", "STRONG");
    answers.put("activity_now", "false");
    answers.put("dependent_children", "deux");
    answers.put("action", "save");
    Http.Response refused = form(link, answers);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Écrivez un nombre entier", "value=\"deux\"");

    answers.put("dependent_children", "2");
    Http.Response saved = form(link, answers);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.body()).contains("Vos réponses sont enregistrées");
    assertThat(page(link).body())
        .as("resumed with the saved answers")
        .contains(
            "id=\"barrier_housing-strong\" name=\"barrier_housing\" value=\"STRONG\" checked");

    put(
        "/api/v1/diagnostics/" + diagnosticId + "/answers",
        token("agent-08"),
        "{\"answers\": {\"barrier_housing\": \"MEDIUM\"}}");
    answers.put("action", "submit");
    Http.Response sent = form(link, answers);
    assertThat(sent.status()).isEqualTo(200);
    assertThat(sent.body()).contains("Merci, vos réponses sont envoyées");

    JsonObject diagnostic =
        get("/api/v1/diagnostics/" + diagnosticId, token("agent-08")).json().asJsonObject();
    assertThat(
            diagnostic
                .getJsonObject("personAnswers")
                .getJsonObject("barrier_housing")
                .getString("by"))
        .isEqualTo("personne (lien personnel)");
    assertThat(
            diagnostic
                .getJsonObject("personAnswers")
                .getJsonObject("dependent_children")
                .getInt("value"))
        .isEqualTo(2);
    assertThat(diagnostic.getJsonArray("differences").getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.getString("questionCode")).isEqualTo("barrier_housing");
              assertThat(d.getString("personValue")).isEqualTo("STRONG");
              assertThat(d.getString("professionalValue")).isEqualTo("MEDIUM");
            });

    Http.Response reused = page(link);
    assertThat(reused.status()).as("a used link").isEqualTo(404);
    assertThat(reused.body()).contains("déjà servi");
    Http.Response resent = form(link, answers);
    assertThat(resent.status()).as("sent again").isEqualTo(409);
    assertThat(resent.body()).contains("Vos réponses ont déjà été envoyées");
  }

  @Test
  void ofEightSimultaneousSubmissionsOneIsThankedTheOthersToldItIsDoneAndOneEventLeaves()
      throws Exception {
    String diagnosticId = openDiagnostic("agent-08", 6);
    String link = issueLink(diagnosticId);
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> page(link).status() == 200);
    long outboxBefore = lastOutboxId();
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put("barrier_mobility", "STRONG");
    answers.put("dependent_children", "1");
    answers.put("action", "submit");

    int clicks = 8;
    CyclicBarrier together = new CyclicBarrier(clicks);
    ExecutorService pool = Executors.newFixedThreadPool(clicks);
    List<Http.Response> responses = new ArrayList<>();
    try {
      List<Future<Http.Response>> sent = new ArrayList<>();
      for (int i = 0; i < clicks; i++) {
        sent.add(
            pool.submit(
                () -> {
                  together.await(10, TimeUnit.SECONDS);
                  return form(link, answers);
                }));
      }
      for (Future<Http.Response> f : sent) {
        responses.add(f.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(responses)
        .as("no error page, no stack trace")
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.body()).isIn(200, 409);
              assertThat(r.body())
                  .doesNotContain("Exception", "at fr.", "eclipse", "SRVE", "Error 500");
            });
    assertThat(responses)
        .filteredOn(r -> r.body().contains("Merci, vos réponses sont envoyées"))
        .as("exactly one submission wins")
        .hasSize(1)
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
    assertThat(responses)
        .filteredOn(r -> r.status() == 409)
        .as("the others are told the answers already arrived")
        .hasSize(clicks - 1)
        .allSatisfy(r -> assertThat(r.body()).contains("Vos réponses ont déjà été envoyées"));

    // every transaction ended before its answer was sent; the event must leave, and only once
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> personAnswered(diagnosticId, outboxBefore, true) == 1);
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> personAnswered(diagnosticId, outboxBefore, false) == 1);
    JsonObject diagnostic =
        get("/api/v1/diagnostics/" + diagnosticId, token("agent-08")).json().asJsonObject();
    assertThat(
            diagnostic
                .getJsonObject("personAnswers")
                .getJsonObject("barrier_mobility")
                .getString("value"))
        .isEqualTo("STRONG");
  }

  @Test
  void aFormWithSeveralInvalidAnswersShowsEveryErrorAndSavesNothing() {
    String link = issueLink(openDiagnostic("agent-08", 7));
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put("activity_now", "peut-être");
    answers.put("dependent_children", "2147483648");
    answers.put("months_without_activity", "4.5");
    answers.put("occupation", "a\u0000b");
    answers.put("barrier_digital", "MEDIUM");
    answers.put("action", "save");

    Http.Response refused = form(link, answers);

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body())
        .contains(
            "4 réponse(s) à corriger",
            "id=\"activity_now-erreur\"",
            "Choisissez oui ou non.",
            "id=\"dependent_children-erreur\"",
            "nombre entier de 0 à 30",
            "id=\"months_without_activity-erreur\"",
            "Écrivez un nombre entier",
            "id=\"occupation-erreur\"",
            "caractère invisible");
    assertThat(page(link).body())
        .as("nothing saved")
        .doesNotContain("name=\"barrier_digital\" value=\"MEDIUM\" checked");
  }

  /** Outbox rows of the person's answers for this diagnostic written after {@code afterId}. */
  private static long personAnswered(String diagnosticId, long afterId, boolean published)
      throws Exception {
    try (Connection c = TestStack.get().database.superuser("aiguillage");
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT count(*) FROM outbox_event WHERE id > ? AND aggregate_id = ?"
                    + " AND type = 'diagnostic.person-answered'"
                    + (published ? " AND published_at IS NOT NULL" : ""))) {
      ps.setLong(1, afterId);
      ps.setString(2, diagnosticId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long lastOutboxId() throws Exception {
    try (Connection c = TestStack.get().database.superuser("aiguillage");
        PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(id), 0) FROM outbox_event");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void aTamperedAnExpiredOrAnotherDepartementsLinkIsRefused() throws Exception {
    String link = issueLink(openDiagnostic("agent-08", 3));
    String tampered = link.substring(0, link.length() - 2) + (link.endsWith("AA") ? "BB" : "AA");
    assertThat(page(tampered).status()).isEqualTo(404);
    assertThat(page(tampered).body()).contains("pas valide");
    assertThat(page("/mon-parcours/").status()).isEqualTo(404);

    try (Connection c = TestStack.get().database.superuser("aiguillage");
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE personal_link SET expires_at = now() - interval '1 minute' WHERE token_hash = encode(sha256(?::bytea), 'hex')")) {
      ps.setString(1, link.substring(link.lastIndexOf('/') + 1));
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    Http.Response expired = page(link);
    assertThat(expired.status()).isEqualTo(404);
    assertThat(expired.body()).contains("a expiré");

    assertThat(
            post(
                    "/api/v1/diagnostics/" + openDiagnostic("agent-08", 4) + "/personal-link",
                    token("agent-59"),
                    "{}")
                .status())
        .as("agent-59 cannot issue a link for an Ardennes diagnostic")
        .isEqualTo(404);
    assertThat(
            post(
                    "/api/v1/diagnostics/" + openDiagnostic("agent-08", 4) + "/personal-link",
                    token("agent-08"),
                    "{\"days\": 90}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void guessingLinksIsSlowedDown() throws Exception {
    // a guesser sends many at once: 40 requests from 8 threads land within one window of the
    // budget (30 per 3 s in the tests) even on a loaded machine
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> statuses = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String guess = "/mon-parcours/devine" + i + "xxxxxxxxxxxxxxxxxxxxxxx";
      statuses.add(pool.submit(() -> page(guess).status()));
    }
    int tooMany = 0;
    for (Future<Integer> status : statuses) {
      if (status.get(60, TimeUnit.SECONDS) == 429) {
        tooMany++;
      }
    }
    pool.shutdown();
    assertThat(tooMany).as("requests beyond the budget are refused").isPositive();
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> page("/mon-parcours/encore-un-essai-xxxxxxxxxxxxxxxx").status() == 404);
  }
}
