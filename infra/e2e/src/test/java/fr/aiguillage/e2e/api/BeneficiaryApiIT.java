package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.forgeTenant;
import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.put;
import static fr.aiguillage.e2e.support.Http.token;
import static fr.aiguillage.e2e.support.Scenarios.NORD_COMMUNES;
import static fr.aiguillage.e2e.support.Scenarios.person;
import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.TestStack;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The beneficiaries API on a managed Liberty with real Keycloak tokens: 200 / 401 / 403 / 404 for
 * every endpoint, bad input that changes nothing, and tenant isolation through every path.
 */
class BeneficiaryApiIT {
  static final String LIST = "/api/v1/beneficiaries";

  @Test
  void listShowsOnlyTheCallersDepartement() {
    Http.Response r08 = get(LIST + "?page=0&size=200", token("agent-08"));
    assertThat(r08.status()).as(r08.toString()).isEqualTo(200);
    JsonObject page = r08.json().asJsonObject();
    assertThat(page.getJsonNumber("total").longValue())
        .isGreaterThanOrEqualTo(TestStack.BENEFICIARIES_PER_TENANT);
    List<JsonObject> ardennes = page.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(ardennes)
        .as("agent-08 sees no one in a Nord commune or territory")
        .allSatisfy(
            b -> {
              assertThat(b.getString("communeName", "")).isNotIn(NORD_COMMUNES);
              assertThat(b.getString("territoryName", "")).isNotIn(NORD_TERRITORIES);
            });

    List<JsonObject> nord =
        get(LIST + "?size=200", token("agent-59"))
            .json()
            .asJsonObject()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(nord)
        .as("agent-59 sees no one in an Ardennes territory")
        .allSatisfy(
            b -> assertThat(b.getString("territoryName", "")).isNotIn(ARDENNES_TERRITORIES));
    assertThat(ids(ardennes))
        .as("no file is visible to both")
        .doesNotContainAnyElementsOf(ids(nord));
  }

  @Test
  void listAnswers401WithoutOrWithABadTokenAnd403ForAPartner() {
    assertThat(get(LIST, null).status()).as("no token").isEqualTo(401);
    assertThat(get(LIST, "not-a-jwt").status()).as("garbage token").isEqualTo(401);
    assertThat(get(LIST, forgeTenant(token("agent-08"), "59")).status())
        .as("forged tenant claim")
        .isEqualTo(401);
    assertThat(get(LIST, token("autre", "intrus")).status())
        .as("token from another realm")
        .isEqualTo(401);
    assertThat(get(LIST, token("plie-08")).status()).as("partner user").isEqualTo(403);
    assertThat(get(LIST, token("admin")).status())
        .as("platform admin has no département")
        .isEqualTo(403);
  }

  @Test
  void searchFiltersByNameAndCafNumber() {
    JsonObject first = firstOf("agent-08");
    String caf = first.getString("cafNumber");
    Http.Response byCaf = get(LIST + "?cafNumber=" + caf, token("agent-08"));
    assertThat(byCaf.json().asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("cafNumber"))
        .containsOnly(caf);
    String name = first.getString("lastName");
    Http.Response byName =
        get(
            LIST
                + "?q="
                + java.net.URLEncoder.encode(
                    name.toLowerCase(), java.nio.charset.StandardCharsets.UTF_8),
            token("agent-08"));
    assertThat(byName.json().asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("lastName"))
        .contains(name);
    assertThat(byCaf.json().asJsonObject().getJsonNumber("total").longValue())
        .as("counted with the filter")
        .isEqualTo(1);
    assertThat(byCaf.json().asJsonObject().getBoolean("totalCapped")).isFalse();

    List<JsonObject> everyone =
        get(LIST + "?size=200", token("agent-08"))
            .json()
            .asJsonObject()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    long intake = everyone.stream().filter(b -> b.getString("status").equals("INTAKE")).count();
    JsonObject intakePage =
        get(LIST + "?status=INTAKE&size=200", token("agent-08")).json().asJsonObject();
    assertThat(intakePage.getJsonNumber("total").longValue()).isEqualTo(intake);
    assertThat(intakePage.getJsonArray("items").getValuesAs(JsonObject.class))
        .allSatisfy(b -> assertThat(b.getString("status")).isEqualTo("INTAKE"));
    assertThat(get(LIST + "?status=PERDU", token("agent-08")).status()).isEqualTo(400);
    assertThat(get(LIST + "?size=100000", token("agent-08")).status()).isEqualTo(400);
  }

  @Test
  void getAnswers200ForOwnFile404ForAnotherDepartementsAndIsAudited() throws Exception {
    String id = firstOf("agent-08").getString("id");
    Http.Response own = get(LIST + "/" + id, token("agent-08"));
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(own.json().asJsonObject().getString("id")).isEqualTo(id);

    Http.Response other = get(LIST + "/" + id, token("agent-59"));
    assertThat(other.status()).as("another département's file looks absent").isEqualTo(404);
    assertThat(other.contentType()).startsWith("application/problem+json");
    assertThat(get(LIST + "/" + UUID.randomUUID(), token("agent-08")).status()).isEqualTo(404);
    assertThat(get(LIST + "/pas-un-uuid", token("agent-08")).status()).isEqualTo(404);
    assertThat(get(LIST + "/" + id, null).status()).isEqualTo(401);
    assertThat(get(LIST + "/" + id, token("plie-08")).status()).isEqualTo(403);

    assertThat(auditCount("08", "READ", id)).as("the read is in 08's audit log").isPositive();
  }

  @Test
  void registerCreatesOnceAndRefusesDuplicates() {
    String caf = String.valueOf(9_000_000 + (int) (Math.random() * 999_999));
    String body = person(caf, "2 85 04 59 350 123 73");
    Http.Response created = post(LIST, token("agent-08"), body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.raw().headers().firstValue("Location")).isPresent();
    JsonObject file = created.json().asJsonObject();
    assertThat(file.getString("nirMasked")).startsWith("28504").doesNotContain("59350123");
    assertThat(file.getString("status")).isEqualTo("TO_ORIENT");

    Http.Response again = post(LIST, token("agent-08"), body);
    assertThat(again.status()).as("same person twice").isEqualTo(409);
    assertThat(again.json().asJsonObject().getString("detail")).contains("déjà");

    // having moved to the Nord: a person is followed where their commune is
    Http.Response inOtherTenant =
        post(
            LIST,
            token("agent-59"),
            body.replace("\"08000\"", "\"59000\"")
                .replace("Charleville-Mézières", "Lille")
                .replace("\"08105\"", "\"59350\""));
    assertThat(inOtherTenant.status())
        .as("the same person may be followed by another département")
        .isEqualTo(201);

    assertThat(post(LIST, null, body).status()).isEqualTo(401);
    assertThat(post(LIST, token("plie-08"), body).status()).isEqualTo(403);
  }

  @Test
  void badInputIsRefusedInFrenchOnItsFieldAndWritesNothing() {
    long before = total("agent-08");
    assertProblem(
        post(
            LIST,
            token("agent-08"),
            person("1234567", null).replace("\"civility\"", "\"civilite\"")),
        "civilite");
    assertProblem(post(LIST, token("agent-08"), "{\"lastName\": "), null);
    assertProblem(
        post(
            LIST,
            token("agent-08"),
            person("1234567", null).replace("\"1985-04-12\"", "\"1985-13-45\"")),
        "birthDate");
    assertProblem(post(LIST, token("agent-08"), person("12AB", null)), "cafNumber");
    assertProblem(post(LIST, token("agent-08"), person("1234567", "285045935012374")), "nir");
    assertProblem(
        post(
            LIST,
            token("agent-08"),
            person("1234567", null)
                .replace(
                    LocalDate.now().minusMonths(2).toString(),
                    LocalDate.now().plusDays(3).toString())),
        "rsaClaimDate");
    assertProblem(
        post(
            LIST,
            token("agent-08"),
            person("1234567", null)
                .replace(
                    "\"territoryId\": null", "\"territoryId\": \"" + UUID.randomUUID() + "\"")),
        "territoryId");
    assertThat(total("agent-08")).as("nothing was written").isEqualTo(before);
  }

  /**
   * Issue 11: texts longer than their column or holding a NUL reached PostgreSQL and gave a 500;
   * they are refused together, each on its field, on creation and on correction.
   */
  @Test
  void textsTooLongOrWithANulAreRefusedTogetherOnTheirFieldsAndNothingIsStored() {
    String caf = String.valueOf(7_000_000 + (int) (Math.random() * 999_999));
    long before = total("agent-08");
    String bad =
        person(caf, null)
            .replace("\"3 rue de la Gare\"", "\"" + "x".repeat(100 * 1024) + "\"")
            .replace("\"Charleville-Mézières\"", "\"" + "C".repeat(5_000) + "\"")
            .replace(
                "\"addressLine\"",
                "\"addressComplement\": \"" + "b".repeat(300) + "\", \"addressLine\"")
            .replace("\"Dupont-Lefèvre\"", "\"Dupont\\u0000Lefèvre\"")
            .replace("\"elise.dupont@exemple.fr\"", "\"elise\\u0000@exemple.fr\"");
    Http.Response created = post(LIST, token("agent-08"), bad);
    assertProblem(created, null);
    assertThat(created.json().asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("addressLine", "communeName", "addressComplement", "lastName", "email");
    assertThat(created.body()).doesNotContain("ERROR", "character varying", "0x00");
    for (String field : List.of("addressLine", "communeName", "addressComplement", "lastName")) {
      String one =
          switch (field) {
            case "addressLine" ->
                person(caf, null).replace("\"3 rue de la Gare\"", "\"3 rue\\u0000de la Gare\"");
            case "communeName" ->
                person(caf, null)
                    .replace("\"Charleville-Mézières\"", "\"" + "C".repeat(5_000) + "\"");
            case "addressComplement" ->
                person(caf, null)
                    .replace(
                        "\"addressLine\"",
                        "\"addressComplement\": \"" + "b".repeat(300) + "\", \"addressLine\"");
            default ->
                person(caf, null).replace("\"Dupont-Lefèvre\"", "\"" + "D".repeat(101) + "\"");
          };
      assertProblem(post(LIST, token("agent-08"), one), field);
    }
    assertThat(total("agent-08")).as("nothing was written").isEqualTo(before);
    assertThat(
            get(LIST + "?cafNumber=" + caf, token("agent-08"))
                .json()
                .asJsonObject()
                .getJsonArray("items"))
        .isEmpty();

    JsonObject file = post(LIST, token("agent-08"), person(caf, null)).json().asJsonObject();
    String id = file.getString("id");
    Http.Response corrected =
        put(
            LIST + "/" + id,
            token("agent-08"),
            bad.replace("{", "{\"version\": " + file.getJsonNumber("version") + ","));
    assertProblem(corrected, "addressLine");
    JsonObject kept = get(LIST + "/" + id, token("agent-08")).json().asJsonObject();
    assertThat(kept.getString("addressLine")).isEqualTo("3 rue de la Gare");
    assertThat(kept.getString("lastName")).isEqualTo("Dupont-Lefèvre");
    assertThat(kept.getJsonNumber("version")).isEqualTo(file.getJsonNumber("version"));
  }

  @Test
  void correctUpdatesWithTheReadVersionOnly() {
    JsonObject created =
        post(
                LIST,
                token("agent-08"),
                person(String.valueOf(8_000_000 + (int) (Math.random() * 999_999)), null))
            .json()
            .asJsonObject();
    String id = created.getString("id");
    long version = created.getJsonNumber("version").longValue();
    String update =
        person(created.getString("cafNumber"), null)
            .replace("{", "{\"version\": " + version + ",")
            .replace("06 11 22 33 44", "07 55 66 77 88");

    Http.Response ok = put(LIST + "/" + id, token("agent-08"), update);
    assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
    assertThat(ok.json().asJsonObject().getString("phone")).isEqualTo("0755667788");
    assertThat(put(LIST + "/" + id, token("agent-08"), update).status())
        .as("stale version")
        .isEqualTo(409);
    assertThat(put(LIST + "/" + id, token("agent-59"), update).status())
        .as("other département")
        .isEqualTo(404);
    assertThat(put(LIST + "/" + id, null, update).status()).isEqualTo(401);
    assertThat(put(LIST + "/" + id, token("plie-08"), update).status()).isEqualTo(403);
    assertThat(get(LIST + "/" + id, token("agent-08")).json().asJsonObject().getString("phone"))
        .isEqualTo("0755667788");
  }

  private static void assertProblem(Http.Response r, String field) {
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    JsonObject p = r.json().asJsonObject();
    assertThat(p.getString("detail")).as("a French detail").isNotBlank();
    if (field != null) {
      assertThat(p.getJsonArray("errors").getValuesAs(JsonObject.class))
          .extracting(e -> e.getString("field"))
          .contains(field);
    }
  }

  private static JsonObject firstOf(String user) {
    return get(LIST + "?size=1", token(user))
        .json()
        .asJsonObject()
        .getJsonArray("items")
        .getJsonObject(0);
  }

  private static long total(String user) {
    return get(LIST + "?size=1", token(user))
        .json()
        .asJsonObject()
        .getJsonNumber("total")
        .longValue();
  }

  static final List<String> NORD_TERRITORIES =
      List.of("Métropole lilloise", "Flandre maritime", "Hainaut", "Douaisis-Cambrésis");
  static final List<String> ARDENNES_TERRITORIES =
      List.of("Nord Ardennes", "Sedanais", "Sud Ardennes");

  private static List<String> ids(List<JsonObject> items) {
    return items.stream().map(o -> o.getString("id")).toList();
  }

  static long auditCount(String tenant, String action, String subjectId) throws Exception {
    try (Connection c = TestStack.get().database.ownerDataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement t =
          c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
        t.setString(1, tenant);
        t.execute();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT count(*) FROM audit_log WHERE action = ? AND subject_id = ?::uuid")) {
        ps.setString(1, action);
        ps.setString(2, subjectId);
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
