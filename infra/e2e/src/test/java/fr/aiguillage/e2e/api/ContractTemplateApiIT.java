package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.put;
import static fr.aiguillage.e2e.support.Http.token;
import static fr.aiguillage.e2e.support.Scenarios.person;
import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.TestStack;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The contract templates API: the national CER adopted (the demo publishes the contrat d'engagement
 * itself), revised (an unknown merge field refused with its line and column), published, previewed
 * on a person; roles, another département's 404, Row-Level Security under it; and the action
 * catalogue.
 */
class ContractTemplateApiIT {
  static final String TEMPLATES = "/api/v1/contract-templates";
  static final String ACTIONS = "/api/v1/contract-actions";

  @Test
  void theArdennesAdoptReviseAndPublishTheirCer() throws Exception {
    String adoption = "{\"kind\": \"CER\"}";
    assertThat(post(TEMPLATES, token("agent-08"), adoption).status())
        .as("agents read, admins write")
        .isEqualTo(403);
    Http.Response adopted = post(TEMPLATES, token("admin-08"), adoption);
    assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);
    JsonObject v1 = adopted.json().asJsonObject();
    String id = v1.getString("id");
    assertThat(v1.getInt("version")).isEqualTo(1);
    assertThat(v1.getString("status")).isEqualTo("DRAFT");
    assertThat(v1.getJsonArray("legalMentions")).isNotEmpty();
    assertThat(post(TEMPLATES, token("admin-08"), adoption).status())
        .as("adopted once; later versions start from one")
        .isEqualTo(409);

    JsonArray sections = v1.getJsonArray("sections");
    JsonArray misspelt =
        Json.createArrayBuilder(sections)
            .add(section("Aperçu", "Bonjour,\nMadame {{personne.nomm}}."))
            .build();
    Http.Response refused =
        put(
            TEMPLATES + "/" + id,
            token("admin-08"),
            revision("Contrat d'engagements réciproques", misspelt, v1));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    JsonObject error = refused.json().asJsonObject().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("sections[" + sections.size() + "].body");
    assertThat(error.getString("place")).contains("Aperçu");
    assertThat(error.getInt("line")).isEqualTo(2);
    assertThat(error.getInt("column")).isEqualTo(8);
    assertThat(error.getString("message"))
        .contains("ligne 2, colonne 8")
        .contains("personne.nomm")
        .contains("Vouliez-vous dire « personne.nom »");
    assertThat(read(id, "admin-08").getJsonArray("sections"))
        .as("nothing half-saved")
        .hasSize(sections.size());

    JsonArray edited =
        Json.createArrayBuilder(sections)
            .add(
                section(
                    "Aperçu",
                    "Bonjour {{personne.civilite}} {{personne.nom}},\n"
                        + "votre référent : {{referent.telephone}}."))
            .build();
    String body = revision("Contrat d'engagements réciproques des Ardennes", edited, v1);
    assertThat(put(TEMPLATES + "/" + id, token("agent-08"), body).status()).isEqualTo(403);
    Http.Response revised = put(TEMPLATES + "/" + id, token("admin-08"), body);
    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    assertThat(revised.json().asJsonObject().getString("title"))
        .isEqualTo("Contrat d'engagements réciproques des Ardennes");
    assertThat(put(TEMPLATES + "/" + id, token("admin-08"), body).status())
        .as("the version read is stale: someone else's change is not overwritten")
        .isEqualTo(409);

    String today = "{\"effectiveFrom\": \"" + LocalDate.now(ZoneId.of("Europe/Paris")) + "\"}";
    assertThat(post(TEMPLATES + "/" + id + "/publish", token("agent-08"), today).status())
        .isEqualTo(403);
    Http.Response published = post(TEMPLATES + "/" + id + "/publish", token("admin-08"), today);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(published.json().asJsonObject().getString("status")).isEqualTo("PUBLISHED");
    assertThat(published.json().asJsonObject().getBoolean("inForce")).isTrue();
    Http.Response twice = post(TEMPLATES + "/" + id + "/publish", token("admin-08"), today);
    assertThat(twice.status()).as("published twice").isEqualTo(409);
    assertThat(twice.contentType()).startsWith("application/problem+json");

    JsonObject kind =
        get(TEMPLATES, token("agent-08"))
            .json()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(k -> k.getString("kind").equals("CER"))
            .findFirst()
            .orElseThrow();
    assertThat(kind.getInt("inForceVersion")).isEqualTo(1);

    Http.Response next = post(TEMPLATES, token("admin-08"), "{\"fromId\": \"" + id + "\"}");
    assertThat(next.status()).as(next.toString()).isEqualTo(201);
    String v2 = next.json().asJsonObject().getString("id");
    assertThat(next.json().asJsonObject().getInt("version")).isEqualTo(2);
    assertThat(
            post(
                    TEMPLATES + "/" + v2 + "/publish",
                    token("admin-08"),
                    "{\"effectiveFrom\": \"2020-01-01\"}")
                .status())
        .as("an effective date in the past")
        .isEqualTo(400);
    Http.Response notADay =
        post(
            TEMPLATES + "/" + v2 + "/publish",
            token("admin-08"),
            "{\"effectiveFrom\": \"demain\"}");
    assertThat(notADay.status()).isEqualTo(400);
    assertThat(fields(notADay)).containsExactly("effectiveFrom");

    String personId = aPerson();
    Http.Response preview =
        get(TEMPLATES + "/" + id + "/preview?beneficiaryId=" + personId, token("agent-08"));
    assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
    String html = preview.json().asJsonObject().getString("html");
    assertThat(html)
        .contains("Bonjour Madame D&#39;Argonne-Lefèvre,")
        .doesNotContain("D'Argonne")
        .contains("<span class=\"non-renseigne\">[non renseigné : Téléphone du référent]</span>");
    assertThat(
            preview
                .json()
                .asJsonObject()
                .getJsonArray("notFilledIn")
                .getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .contains("Téléphone du référent")
        .doesNotContain("Nom");
    assertThat(
            get(
                    TEMPLATES + "/" + id + "/preview?beneficiaryId=" + UUID.randomUUID(),
                    token("agent-08"))
                .status())
        .isEqualTo(404);
    assertThat(get(TEMPLATES + "/" + id + "/preview", token("agent-08")).status()).isEqualTo(400);

    Http.Response nord = get(TEMPLATES + "/" + id, token("agent-59"));
    Http.Response random = get(TEMPLATES + "/" + UUID.randomUUID(), token("agent-59"));
    assertThat(nord.status()).as("another département's template").isEqualTo(404);
    assertThat(nord.body()).as("the same as an id that does not exist").isEqualTo(random.body());
    assertThat(
            get(TEMPLATES + "/" + id + "/preview?beneficiaryId=" + personId, token("agent-59"))
                .status())
        .isEqualTo(404);
    assertThat(post(TEMPLATES + "/" + id + "/archive", token("agent-59"), "{}").status())
        .as("a Nord agent may not write, and would not find it anyway")
        .isIn(403, 404);
    assertThat(get(TEMPLATES, token("agent-59")).json().asJsonArray().getValuesAs(JsonObject.class))
        .allSatisfy(k -> assertThat(k.getJsonArray("versions")).isEmpty());

    assertThat(rowsSeenBy("59", id)).as("Row-Level Security, under the JPA filter").isZero();
    assertThat(rowsSeenBy("08", id)).isEqualTo(1);
  }

  @Test
  void badInputIsRefusedWithItsField() {
    String id = UUID.randomUUID().toString();
    Http.Response unknownKind = post(TEMPLATES, token("admin-08"), "{\"kind\": \"CDI\"}");
    assertThat(unknownKind.status()).isEqualTo(400);
    assertThat(fields(unknownKind)).containsExactly("kind");
    Http.Response both =
        post(TEMPLATES, token("admin-08"), "{\"kind\": \"CER\", \"fromId\": \"" + id + "\"}");
    assertThat(both.status()).isEqualTo(400);
    Http.Response unknownField = post(TEMPLATES, token("admin-08"), "{\"type\": \"CER\"}");
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(fields(unknownField)).containsExactly("type");
    Http.Response tooLong =
        put(
            TEMPLATES + "/" + id,
            token("admin-08"),
            "{\"title\": \"" + "x".repeat(201) + "\", \"sections\": [], \"rowVersion\": 0}");
    assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
    assertThat(fields(tooLong)).contains("title");
    Http.Response notAList =
        put(TEMPLATES + "/" + id, token("admin-08"), "{\"title\": \"T\", \"sections\": \"x\"}");
    assertThat(notAList.status()).isEqualTo(400);
    assertThat(fields(notAList)).containsExactly("sections");
    Http.Response negative =
        put(TEMPLATES + "/" + id, token("admin-08"), "{\"title\": \"T\", \"rowVersion\": -1}");
    assertThat(negative.status()).isEqualTo(400);
    assertThat(fields(negative)).containsExactly("rowVersion");
    assertThat(get(TEMPLATES + "/pas-un-id", token("agent-08")).status()).isEqualTo(404);
    assertThat(get(TEMPLATES, null).status()).isEqualTo(401);
    assertThat(get(TEMPLATES, token("plie-08")).status()).isEqualTo(403);
  }

  @Test
  void theActionCatalogueStartsNationalAndIsTheDepartements() {
    List<JsonObject> national =
        get(ACTIONS, token("agent-08")).json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(national).isNotEmpty();
    assertThat(national.get(0).getString("categoryLabel")).isNotBlank();
    String action =
        "{\"code\": \"permis-ardennes\", \"label\": \"Permis de conduire solidaire\","
            + " \"category\": \"MOBILITY\", \"thematiques\": [\"mobilite\"]}";
    assertThat(post(ACTIONS, token("agent-08"), action).status()).isEqualTo(403);
    Http.Response added = post(ACTIONS, token("admin-08"), action);
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(post(ACTIONS, token("admin-08"), action).status()).as("same code").isEqualTo(409);
    List<JsonObject> ardennes =
        get(ACTIONS, token("agent-08")).json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(ardennes).hasSize(national.size() + 1);
    assertThat(ardennes.get(ardennes.size() - 1).getString("code")).isEqualTo("permis-ardennes");

    Http.Response deactivated =
        put(
            ACTIONS + "/permis-ardennes",
            token("admin-08"),
            "{\"label\": \"Permis de conduire solidaire\", \"category\": \"MOBILITY\","
                + " \"thematiques\": [\"mobilite\"], \"active\": false}");
    assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
    assertThat(deactivated.json().asJsonObject().getBoolean("active")).isFalse();
    assertThat(
            put(
                    ACTIONS + "/inconnue",
                    token("admin-08"),
                    "{\"label\": \"X\", \"category\": \"OTHER\", \"active\": true}")
                .status())
        .isEqualTo(404);

    Http.Response badCategory =
        post(
            ACTIONS,
            token("admin-08"),
            "{\"code\": \"autre-action\", \"label\": \"X\", \"category\": \"VOYAGE\"}");
    assertThat(badCategory.status()).isEqualTo(400);
    assertThat(fields(badCategory)).containsExactly("category");
    Http.Response longLabel =
        post(
            ACTIONS,
            token("admin-08"),
            "{\"code\": \"autre-action\", \"label\": \""
                + "x".repeat(201)
                + "\", \"category\": \"OTHER\"}");
    assertThat(longLabel.status()).isEqualTo(400);
    assertThat(fields(longLabel)).containsExactly("label");
    Http.Response badCode =
        post(
            ACTIONS,
            token("admin-08"),
            "{\"code\": \"Pas Bon\", \"label\": \"X\", \"category\": \"OTHER\"}");
    assertThat(badCode.status()).isEqualTo(400);
    assertThat(fields(badCode)).containsExactly("code");

    assertThat(get(ACTIONS, token("agent-59")).json().asJsonArray().getValuesAs(JsonObject.class))
        .as("Nord keeps the national list")
        .extracting(a -> a.getString("code"))
        .doesNotContain("permis-ardennes");
  }

  private static JsonObject section(String heading, String body) {
    return Json.createObjectBuilder().add("heading", heading).add("body", body).build();
  }

  private static String revision(String title, JsonArray sections, JsonObject read) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("sections", sections)
        .add("rowVersion", read.getJsonNumber("rowVersion").longValue())
        .build()
        .toString();
  }

  private static JsonObject read(String id, String user) {
    Http.Response r = get(TEMPLATES + "/" + id, token(user));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().asJsonObject();
  }

  private static List<String> fields(Http.Response r) {
    return r.json().asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  /** A person of the Ardennes whose name needs escaping. */
  private static String aPerson() {
    String caf =
        String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    Http.Response r =
        post(
            "/api/v1/beneficiaries",
            token("agent-08"),
            person(caf, null).replace("Dupont-Lefèvre", "D'Argonne-Lefèvre"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().asJsonObject().getString("id");
  }

  /** How many rows of contract_template with this id a raw SQL session of {@code tenant} sees. */
  private static long rowsSeenBy(String tenant, String id) throws Exception {
    try (Connection c = TestStack.get().database.appDataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement t =
          c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
        t.setString(1, tenant);
        t.execute();
      }
      try (PreparedStatement ps =
          c.prepareStatement("SELECT count(*) FROM contract_template WHERE id = ?::uuid")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      } finally {
        c.rollback();
      }
    }
  }
}
