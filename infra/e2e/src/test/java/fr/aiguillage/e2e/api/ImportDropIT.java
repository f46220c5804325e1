package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.TestStack;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The automatic intake: a list dropped in a département's watched folder is imported with nobody
 * clicking and shows in that département's history only (origin DROP); a file that does not fit
 * ends in refuses/ with why; the CAF's exchange platform posts a flow with its own client
 * credential (origin EXCHANGE), the same file twice changes nothing; nobody else may post flows.
 */
class ImportDropIT {
  static final String IMPORTS = "/api/v1/imports";
  static final String FLOWS = IMPORTS + "/flows";
  static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
  static final Random RANDOM = new Random();

  /** A name of letters only, new to the shared database. */
  static String freshName(String prefix) {
    StringBuilder b = new StringBuilder(prefix);
    for (int i = 0; i < 8; i++) {
      b.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return b.toString();
  }

  static String cafNumber() {
    return String.valueOf(8_400_000 + RANDOM.nextInt(500_000));
  }

  /** Two people of {@code lastName} in Ardennes (08), in rights and duties. */
  static String list(String lastName) {
    String claim = TODAY.minusDays(40).format(FR);
    String caf = cafNumber();
    return "Civilité;Nom;Prénom;Date de naissance;Matricule;Rôle;Code postal;Code INSEE;Date d'ouverture de droit;Date SDD;Téléphone\r\n"
        + "Mme;"
        + lastName
        + ";Louise;14/04/1987;"
        + caf
        + ";DEM;08200;08409;"
        + claim
        + ";;\r\n"
        + "M.;"
        + lastName
        + ";Marcel;02/02/1985;"
        + caf
        + ";CJT;08200;08409;"
        + claim
        + ";;\r\n";
  }

  static Path folder(String tenant) {
    return TestStack.dropDir(TestStack.get().config).resolve(tenant);
  }

  /** Dropped as a well-behaved sender does: written under a .part name, then renamed. */
  static void drop(String tenant, String name, String content) throws IOException {
    Path part = folder(tenant).resolve(name + ".part");
    Files.writeString(part, content, StandardCharsets.UTF_8);
    Files.move(part, folder(tenant).resolve(name), StandardCopyOption.ATOMIC_MOVE);
  }

  static List<JsonObject> history(String user) {
    return get(IMPORTS + "?max=500", token(user))
        .json()
        .asJsonArray()
        .getValuesAs(JsonObject.class);
  }

  static Optional<JsonObject> finishedRun(String user, String fileName) {
    return history(user).stream()
        .filter(r -> fileName.equals(r.getString("fileName", null)))
        .filter(r -> !r.getString("status").equals("RUNNING"))
        .findFirst();
  }

  static JsonObject awaitRun(String user, String fileName) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> finishedRun(user, fileName), Optional::isPresent)
        .orElseThrow();
  }

  static List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }

  static List<JsonObject> people(String user, String lastName) {
    return get("/api/v1/beneficiaries?q=" + lastName + "&size=50", token(user))
        .json()
        .asJsonObject()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class);
  }

  @Test
  void aListDroppedInTheFolderIsImportedWithNobodyClickingForThatDepartementOnly()
      throws IOException {
    assertThat(folder("08").resolve("en-cours")).as("the layout made at start-up").isDirectory();
    assertThat(folder("59").resolve("refuses")).isDirectory();
    String lastName = freshName("Depot");
    String name = lastName.toLowerCase() + ".csv";
    drop("08", name, list(lastName));

    JsonObject run = awaitRun("agent-08", name);
    assertThat(run.getString("status")).as(run.toString()).isEqualTo("DONE");
    assertThat(run.getString("origin")).isEqualTo("DROP");
    assertThat(run.getString("startedBy")).isEqualTo("depot-automatique");
    assertThat(run.getInt("created")).as(run.toString()).isEqualTo(2);
    assertThat(people("agent-08", lastName))
        .extracting(p -> p.getString("firstNames"))
        .containsExactlyInAnyOrder("Louise", "Marcel");
    assertThat(people("agent-59", lastName)).as("nothing reaches Nord").isEmpty();
    assertThat(get(IMPORTS + "/" + run.getString("id"), token("agent-59")).status())
        .as("Nord does not see Ardennes' run")
        .isEqualTo(404);
    assertThat(files(folder("08").resolve("traites")))
        .as("the file is kept in traites/, prefixed with the run's time")
        .anySatisfy(f -> assertThat(f).endsWith("_" + name));
    assertThat(files(folder("08"))).doesNotContain(name);
    assertThat(files(folder("08").resolve("en-cours"))).noneMatch(f -> f.endsWith(name));
  }

  @Test
  void aFileDroppedInNordsFolderNeverShowsInArdennesHistory() throws IOException {
    String lastName = freshName("Nord");
    String name = lastName.toLowerCase() + ".csv";
    drop("59", name, list(lastName));

    JsonObject run = awaitRun("agent-59", name);
    assertThat(run.getString("origin")).isEqualTo("DROP");
    assertThat(history("agent-08"))
        .as("the tenant comes from the folder")
        .noneMatch(r -> name.equals(r.getString("fileName", null)));
    assertThat(people("agent-08", lastName)).isEmpty();
  }

  @Test
  void aFileThatDoesNotFitEndsInRefusesWithWhy() throws IOException {
    String name = freshName("mauvais") + ".csv";
    drop("08", name, "Colonne;Autre\r\nun;deux\r\n");

    JsonObject run = awaitRun("agent-08", name);
    assertThat(run.getString("status")).isEqualTo("FAILED");
    assertThat(run.getString("origin")).isEqualTo("DROP");
    assertThat(run.getString("failure")).contains("Choisissez la colonne");
    Path refused = folder("08").resolve("refuses");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(files(refused))
                    .anySatisfy(f -> assertThat(f).endsWith("_" + name))
                    .anySatisfy(f -> assertThat(f).endsWith("_" + name + ".erreur.txt")));
    Path why =
        files(refused).stream()
            .filter(f -> f.endsWith("_" + name + ".erreur.txt"))
            .map(refused::resolve)
            .findFirst()
            .orElseThrow();
    assertThat(Files.readString(why)).contains(name, "Choisissez la colonne");
  }

  @Test
  void theCafExchangePlatformPostsAFlowAndTheSameFileTwiceChangesNothing() {
    String sender = exchangeToken("08");
    String lastName = freshName("Echange");
    byte[] body = list(lastName).getBytes(StandardCharsets.UTF_8);
    String name = lastName.toLowerCase() + ".csv";

    Http.Response posted = postFlow(sender, body, "text/csv", name);
    assertThat(posted.status()).as(posted.toString()).isEqualTo(202);
    String location = posted.raw().headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith(IMPORTS + "/" + posted.json().asJsonObject().getString("id"));
    JsonObject first = awaitDone(location, sender);
    assertThat(first.getString("status")).as(first.toString()).isEqualTo("DONE");
    assertThat(first.getString("origin")).isEqualTo("EXCHANGE");
    assertThat(first.getInt("created")).isEqualTo(2);
    assertThat(get(location, token("agent-08")).json().asJsonObject().getString("origin"))
        .as("the run is in Ardennes' history")
        .isEqualTo("EXCHANGE");
    assertThat(get(location, token("agent-59")).status()).isEqualTo(404);

    Http.Response again = postFlow(sender, body, "text/csv", name);
    assertThat(again.status()).as(again.toString()).isEqualTo(202);
    JsonObject second =
        awaitDone(again.raw().headers().firstValue("Location").orElseThrow(), sender);
    assertThat(second.getString("status")).isEqualTo("DONE");
    assertThat(second.getInt("created")).as(second.toString()).isZero();
    assertThat(second.getInt("updated")).isZero();
    assertThat(second.getInt("unchanged")).isEqualTo(2);
    assertThat(people("agent-08", lastName)).hasSize(2);
    assertThat(people("agent-59", lastName)).isEmpty();
  }

  @Test
  void aCnafXmlFlowIsReadAndOneWithoutItsDateIsRefusedWithTheReason() {
    Http.Response posted =
        postFlow(
            exchangeToken("59"),
            "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<flux/>"
                .getBytes(StandardCharsets.UTF_8),
            "application/xml",
            null);
    assertThat(posted.status()).as(posted.toString()).isEqualTo(202);
    JsonObject run =
        awaitDone(posted.raw().headers().firstValue("Location").orElseThrow(), exchangeToken("59"));
    assertThat(run.getString("status")).isEqualTo("FAILED");
    assertThat(run.getString("source")).isEqualTo("CAF_XML");
    assertThat(run.getString("origin")).isEqualTo("EXCHANGE");
    assertThat(run.getString("failure"))
        .isEqualTo("Date du flux absente : le flux ne peut pas être daté.");
    assertThat(history("agent-59")).anyMatch(r -> r.getString("id").equals(run.getString("id")));
  }

  @Test
  void onlyTheExchangePlatformMayPostFlowsAndItReadsNothingElse() {
    byte[] body = list(freshName("Refus")).getBytes(StandardCharsets.UTF_8);
    Http.Response agent = postFlow(token("agent-08"), body, "text/csv", null);
    assertThat(agent.status()).as("an agent is no flow sender").isEqualTo(403);
    assertThat(agent.contentType()).contains("application/problem+json");
    assertThat(postFlow(null, body, "text/csv", null).status()).as("no token").isEqualTo(401);
    assertThat(
            postFlow(Http.forgeTenant(exchangeToken("08"), "59"), body, "text/csv", null).status())
        .as("a forged tenant claim")
        .isEqualTo(401);
    assertThat(postFlow("not-a-jwt", body, "text/csv", null).status()).isEqualTo(401);
    String sender = exchangeToken("08");
    assertThat(get(IMPORTS, sender).status()).as("no history for the sender").isEqualTo(403);
    assertThat(get("/api/v1/beneficiaries", sender).status()).isEqualTo(403);
    Http.Response tooLong = postFlow(sender, body, "text/csv", "x".repeat(256));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.contentType()).contains("application/problem+json");
  }

  static String exchangeToken(String tenant) {
    return Http.tokenRequest(
            "aiguillage",
            Map.of(
                "grant_type", "client_credentials",
                "client_id", "caf-exchange-" + tenant,
                "client_secret", "caf-exchange-" + tenant + "-secret"))
        .getString("access_token");
  }

  static Http.Response postFlow(String token, byte[] body, String type, String name) {
    String query =
        name == null ? "" : "?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(Http.app() + FLOWS + query))
            .header("Content-Type", type)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return Http.send(b);
  }

  static JsonObject awaitDone(String location, String token) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                !get(location, token).json().asJsonObject().getString("status").equals("RUNNING"));
    return get(location, token).json().asJsonObject();
  }
}
