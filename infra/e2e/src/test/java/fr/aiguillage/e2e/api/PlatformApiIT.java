package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.keycloakAdmin;
import static fr.aiguillage.e2e.support.Http.keycloakAdminRequest;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguillage.e2e.support.Http;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Platform administration, the partner's own view, health, OpenAPI and token edge cases. */
class PlatformApiIT {
  static final String TENANTS = "/api/v1/admin/tenants";
  static final String PARTNER_ME = "/api/v1/partner/me";

  @Test
  void platformAdminListsTenantsOthersCannot() {
    Http.Response r = get(TENANTS, token("admin"));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().asJsonArray().getValuesAs(JsonObject.class))
        .extracting(t -> t.getString("code"))
        .contains("08", "59");
    assertThat(get(TENANTS, null).status()).isEqualTo(401);
    assertThat(get(TENANTS, token("agent-08")).status()).isEqualTo(403);
    assertThat(get(TENANTS, token("plie-08")).status()).isEqualTo(403);
  }

  @Test
  void platformAdminCreatesATenantWithItsKeycloakGroupAndFirstAdmin() {
    String body =
        "{\"code\": \"2A\", \"name\": \"Corse-du-Sud\", \"adminEmail\": \"admin@corse-du-sud.example\","
            + " \"adminFirstName\": \"Paul\", \"adminLastName\": \"Santoni\"}";
    assertThat(post(TENANTS, token("agent-08"), body).status()).isEqualTo(403);
    assertThat(post(TENANTS, null, body).status()).isEqualTo(401);

    Http.Response created = post(TENANTS, token("admin"), body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject c = created.json().asJsonObject();
    assertThat(c.getString("adminUsername")).isEqualTo("admin-2a");
    assertThat(c.getString("temporaryPassword")).hasSizeGreaterThan(10);

    JsonArray users = keycloakAdmin("/users?username=admin-2a&exact=true");
    assertThat(users).hasSize(1);
    assertThat(
            users.getJsonObject(0).getJsonObject("attributes").getJsonArray("tenant").getString(0))
        .isEqualTo("2A");
    assertThat(keycloakAdmin("/groups?search=departement-2A&exact=true")).hasSize(1);
    String userId = users.getJsonObject(0).getString("id");
    assertThat(
            keycloakAdmin("/users/" + userId + "/role-mappings/realm")
                .getValuesAs(JsonObject.class))
        .extracting(role -> role.getString("name"))
        .contains("tenant-admin");

    Http.Response again = post(TENANTS, token("admin"), body);
    assertThat(again.status()).as("creating it twice").isEqualTo(409);
    assertThat(get(TENANTS, token("admin")).json().asJsonArray().getValuesAs(JsonObject.class))
        .filteredOn(t -> t.getString("code").equals("2A"))
        .hasSize(1);

    Http.Response bad = post(TENANTS, token("admin"), body.replace("\"2A\"", "\"20\""));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("code");
  }

  @Test
  void partnerSeesItsStructuresAndTheirDepartementsOnly() {
    Http.Response plie = get(PARTNER_ME, token("plie-08"));
    assertThat(plie.status()).as(plie.toString()).isEqualTo(200);
    JsonObject me = plie.json().asJsonObject();
    assertThat(me.getString("organisation")).isEqualTo("plie-ardennes");
    assertThat(me.getJsonArray("structures").getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("name"))
        .as("its own structures (other tests may entrust it more), none of another organisation")
        .contains("PLIE des Ardennes")
        .doesNotContain("France Travail Charleville-Mézières", "Cap emploi Ardennes");
    assertThat(me.getJsonArray("departements").getValuesAs(JsonObject.class))
        .extracting(d -> d.getString("code"))
        .containsExactly("08");

    JsonObject ft = get(PARTNER_ME, token("ft-08-59")).json().asJsonObject();
    assertThat(ft.getJsonArray("departements").getValuesAs(JsonObject.class))
        .extracting(d -> d.getString("code"))
        .containsExactly("08", "59");
    assertThat(ft.getJsonArray("structures").getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("name"))
        .containsExactlyInAnyOrder(
            "France Travail Charleville-Mézières",
            "France Travail Sedan",
            "France Travail Rethel",
            "France Travail Lille Centre");

    assertThat(get(PARTNER_ME, null).status()).isEqualTo(401);
    assertThat(get(PARTNER_ME, token("agent-08")).status()).isEqualTo(403);
  }

  @Test
  void healthOpenApiAndUnknownPaths() {
    assertThat(get("/health/ready", null).status()).isEqualTo(200);
    assertThat(get("/health/live", null).status()).isEqualTo(200);
    Http.Response openapi = get("/openapi", null);
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body())
        .contains("/api/v1/beneficiaries", "/api/v1/admin/tenants", "/api/v1/partner/me");
    Http.Response unknown = get("/api/v1/nulle-part", token("agent-08"));
    assertThat(unknown.status()).isIn(404, 403);
    assertThat(get("/api/v1/ping", token("agent-08")).status()).isEqualTo(200);
  }

  @Test
  void anExpiredTokenIsRefused() {
    String clientId = "aiguillage-cli-court";
    JsonObject cli = keycloakAdmin("/clients?clientId=aiguillage-cli").getJsonObject(0);
    JsonObjectBuilder shortLived =
        Json.createObjectBuilder(cli)
            .remove("id")
            .add("clientId", clientId)
            .add("attributes", Json.createObjectBuilder().add("access.token.lifespan", "2"));
    JsonArray mappers = cli.getJsonArray("protocolMappers");
    var stripped = Json.createArrayBuilder();
    mappers
        .getValuesAs(JsonObject.class)
        .forEach(m -> stripped.add(Json.createObjectBuilder(m).remove("id")));
    shortLived.add("protocolMappers", stripped);
    if (keycloakAdmin("/clients?clientId=" + clientId).isEmpty()) {
      Http.Response r =
          Http.send(
              keycloakAdminRequest("/clients")
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(shortLived.build().toString())));
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }
    String token = Http.passwordGrant("aiguillage", "agent-08", "demo", clientId);
    assertThat(get("/api/v1/ping", token).status()).as("still valid").isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> get("/api/v1/ping", token).status() == 401);
  }
}
