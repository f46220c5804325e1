package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.Scenarios;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The département's own figures (issue 16), through the real chain: a decision's events leave
 * through the outbox and Kafka, the statistics' consumer projects them, the API reads the cells.
 */
class StatisticsApiIT {
  static final String API = "/api/v1/statistics/indicators";

  @Test
  void aDecisionReachesTheFiguresOfItsClaimsMonth() {
    // Scenarios.person: the claim two months ago, rights and duties a month ago; decided today
    String cohort = YearMonth.now().minusMonths(2).toString();
    String path = API + "/monthly-orientation-delay-from-claim?from=" + cohort + "&to=" + cohort;
    long before = reached(get(path, token("coord-08")));
    Scenarios.freshDecision("PLIE des Ardennes", Scenarios.closeToWork());
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> assertThat(reached(get(path, token("coord-08")))).isGreaterThan(before));
    JsonObject figures = get(path, token("admin-08")).json().asJsonObject();
    assertThat(figures.getString("definition")).contains("période", "Source");
    JsonObject month = figures.getJsonArray("months").getJsonObject(0);
    assertThat(month.getString("month")).isEqualTo(cohort);
    assertThat(month.getJsonObject("delay").getJsonNumber("median").intValue()).isPositive();
  }

  @Test
  void theCatalogueSaysWhatIsComputed() {
    String coord = token("coord-08");
    Http.Response r = get(API, coord);
    assertThat(r.status()).isEqualTo(200);
    List<JsonObject> all = r.json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(all).hasSizeGreaterThanOrEqualTo(44);
    for (JsonObject i : all) {
      assertThat(i.getBoolean("computed")).as(i.getString("id")).isTrue();
      // every indicator reads, a stock as a rate or a count, without an error
      Http.Response figures = get(API + "/" + i.getString("id"), coord);
      assertThat(figures.status()).as(i.getString("id")).isEqualTo(200);
      assertThat(figures.json().asJsonObject().getJsonArray("months")).hasSize(12);
    }
    Http.Response share = get(API + "/oarsa-t1-oriented-share", coord);
    assertThat(share.json().asJsonObject().getJsonArray("months").getJsonObject(11))
        .containsKey("share");
    // a pathway filters only what is broken down by pathway
    Http.Response notByPathway = get(API + "/oarsa-t1-subject?pathway=SOCIAL", coord);
    assertThat(notByPathway.status()).isEqualTo(400);
    assertThat(notByPathway.body()).contains("pas ventilé par parcours");
  }

  @Test
  void badQuestionsGetAFrenchAnswerNeverAFigure() {
    String coord = token("coord-08");
    Http.Response unknown = get(API + "/pas-un-indicateur", coord);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.body()).contains("introuvable");
    String future = YearMonth.now().plusMonths(1).toString();
    Http.Response ahead = get(API + "/monthly-oriented?to=" + future, coord);
    assertThat(ahead.status()).isEqualTo(400);
    assertThat(ahead.body()).contains("mois en cours");
    assertThat(get(API + "/monthly-oriented?from=2026-13", coord).status()).isEqualTo(400);
    assertThat(get(API + "/monthly-oriented?from=2020-01&to=2026-01", coord).status())
        .isEqualTo(400);
    // a territory that is not the département's (another's looks the same): 404
    Http.Response elsewhere = get(API + "/monthly-oriented?territory=" + UUID.randomUUID(), coord);
    assertThat(elsewhere.status()).isEqualTo(404);
    assertThat(get(API + "/monthly-oriented?territory=x", coord).status()).isEqualTo(400);
    // an agent, the Nord's agent, a forged tenant
    assertThat(get(API + "/monthly-oriented", token("agent-08")).status()).isEqualTo(403);
    assertThat(get(API + "/monthly-oriented", token("agent-59")).status()).isEqualTo(403);
    assertThat(get(API + "/monthly-oriented", Http.forgeTenant(coord, "59")).status())
        .isEqualTo(401);
  }

  static final String NATIONAL = "/api/v1/statistics/national/indicators";

  static String nationalToken() {
    return Http.tokenRequest(
            "aiguillage",
            java.util.Map.of(
                "grant_type", "client_credentials",
                "client_id", "national-stats",
                "client_secret", "stats-secret"))
        .getString("access_token");
  }

  @Test
  void nationalBodiesReadOarsaAsItsTables() {
    String stats = nationalToken();
    int last = YearMonth.now().getYear() - 1;
    Http.Response r = get("/api/v1/statistics/national/oarsa/" + last, stats);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    List<JsonObject> tables =
        r.json().asJsonObject().getJsonArray("tables").getValuesAs(JsonObject.class);
    assertThat(tables)
        .extracting(t -> t.getString("title"))
        .anySatisfy(t -> assertThat(t).startsWith("T1 — Personnes soumises"))
        .anySatisfy(t -> assertThat(t).contains("selon l'âge"))
        .anySatisfy(t -> assertThat(t).startsWith("T5"))
        .anySatisfy(t -> assertThat(t).startsWith("T6"));
    for (JsonObject t : tables) {
      for (JsonObject row : t.getJsonArray("rows").getValuesAs(JsonObject.class)) {
        for (JsonObject cell : row.getJsonArray("cells").getValuesAs(JsonObject.class)) {
          if (!cell.getBoolean("suppressed") && t.getString("title").indexOf("moyens") < 0) {
            double v = cell.getJsonNumber("value").doubleValue();
            assertThat(v == 0 || v >= 5).as(t.getString("title") + ": zero or at least 5").isTrue();
          }
        }
      }
    }
    assertThat(get("/api/v1/statistics/national/oarsa/" + last + "?format=csv", stats).body())
        .contains("T1 — Personnes soumises");
    Http.Response unfinished = get("/api/v1/statistics/national/oarsa/" + (last + 1), stats);
    assertThat(unfinished.status()).isEqualTo(400);
    assertThat(unfinished.body()).contains("année terminée");
    assertThat(get("/api/v1/statistics/national/oarsa/deux", stats).status()).isEqualTo(400);
    assertThat(get("/api/v1/statistics/national/oarsa/" + last, token("coord-08")).status())
        .isEqualTo(403);
  }

  @Test
  void nationalBodiesReadEveryDepartementSuppressedAndNothingPersonal() throws Exception {
    String stats = nationalToken();
    Http.Response r = get(NATIONAL + "/monthly-oriented", stats);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonObject table = r.json().asJsonObject().getJsonArray("tables").getJsonObject(0);
    assertThat(table.getString("definition")).contains("période", "Source");
    var rows = table.getJsonArray("rows").getValuesAs(JsonObject.class);
    assertThat(rows).extracting(x -> x.getString("label")).contains("08 — Ardennes");
    // nothing under 5 people shown; a column with a shown total never hides exactly one cell
    for (int c = 0; c < table.getJsonArray("columns").size(); c++) {
      int hidden = 0;
      for (JsonObject row : rows) {
        JsonObject cell = row.getJsonArray("cells").getJsonObject(c);
        if (cell.getBoolean("suppressed")) {
          hidden++;
          assertThat(!cell.containsKey("value") || cell.isNull("value"))
              .as("a suppressed cell carries no figure")
              .isTrue();
        } else {
          double v = cell.getJsonNumber("value").doubleValue();
          assertThat(v == 0 || v >= 5).as("shown: zero or at least 5").isTrue();
        }
      }
      boolean totalShown =
          !table.getJsonArray("columnTotals").getJsonObject(c).getBoolean("suppressed");
      if (totalShown) {
        assertThat(hidden).isNotEqualTo(1);
      }
    }
    // a delay's mean delays, with the nation's mean (over all its people) as the columns' totals
    var delayTables =
        get(NATIONAL + "/monthly-orientation-delay-from-claim", stats)
            .json()
            .asJsonObject()
            .getJsonArray("tables");
    JsonObject means = delayTables.getJsonObject(1);
    assertThat(means.getJsonArray("columnTotals")).hasSize(means.getJsonArray("columns").size());
    // … and the shares within 15, 30, 42 and 45 days, each a share of its cohort
    assertThat(delayTables.getValuesAs(JsonObject.class))
        .extracting(t -> t.getString("title"))
        .anyMatch(t -> t.endsWith("part dans les 15 jours"))
        .anyMatch(t -> t.endsWith("part dans les 45 jours"));
    for (JsonObject t : delayTables.getValuesAs(JsonObject.class)) {
      if (t.getString("title").contains("part dans les")) {
        for (JsonObject row : t.getJsonArray("rows").getValuesAs(JsonObject.class)) {
          for (JsonObject cell : row.getJsonArray("cells").getValuesAs(JsonObject.class)) {
            if (!cell.getBoolean("suppressed") && !cell.isNull("value")) {
              assertThat(cell.getJsonNumber("value").doubleValue()).isBetween(0.0, 1.0);
            }
          }
        }
      }
    }
    Http.Response csv = get(NATIONAL + "/monthly-orientation-delay-from-claim?format=csv", stats);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body()).contains("08 — Ardennes", "Définition");
    // the workbook's bytes as sent, opened by POI
    java.net.http.HttpResponse<byte[]> xlsx =
        Http.CLIENT.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        Http.app()
                            + NATIONAL
                            + "/monthly-orientation-delay-from-claim?format=xlsx"))
                .header("Authorization", "Bearer " + stats)
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    byte[] bytes = xlsx.body();
    // a workbook (a zip of the OOXML parts) whose first sheet is « Lisez-moi » (POI reads it in
    // the unit tests: TableWorkbookTest)
    String workbook = null;
    try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("xl/workbook.xml")) {
          workbook = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    assertThat(workbook).isNotNull();
    int first = workbook.indexOf("<sheet ");
    assertThat(workbook.substring(first, workbook.indexOf("/>", first)))
        .contains("name=\"Lisez-moi\"");
    assertThat(workbook.split("<sheet ", -1)).hasSizeGreaterThanOrEqualTo(4);
    // national bodies read no département's own figures, and nothing personal
    assertThat(get(API + "/monthly-oriented", stats).status()).isEqualTo(403);
    assertThat(get("/api/v1/beneficiaries", stats).status()).isEqualTo(403);
    // a département's staff do not read the national figures
    assertThat(get(NATIONAL + "/monthly-oriented", token("coord-08")).status()).isEqualTo(403);
    assertThat(get(NATIONAL + "/pas-un-indicateur", stats).status()).isEqualTo(404);
    assertThat(get(NATIONAL + "/monthly-oriented?format=pdf", stats).status()).isEqualTo(400);
  }

  private static long reached(Http.Response r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonObject month = r.json().asJsonObject().getJsonArray("months").getJsonObject(0);
    return month.getJsonObject("delay").getJsonNumber("reached").longValue();
  }
}
