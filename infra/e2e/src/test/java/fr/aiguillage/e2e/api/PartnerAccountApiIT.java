package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.keycloakAdmin;
import static fr.aiguillage.e2e.support.Http.keycloakAdminRequest;
import static fr.aiguillage.e2e.support.Http.patch;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguillage.e2e.support.Http;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A partner organisation's admin manages its people's accounts in the real Keycloak: the account
 * opened carries the organisation (its token reaches the organisation's referrals), disabling it
 * stops its logins, another organisation's admin neither sees nor touches it, a partner user is
 * refused, bad input and a taken name get French answers, an admin cannot lock himself out.
 */
class PartnerAccountApiIT {
  static final String USERS = "/api/v1/partner/users";

  @Test
  void theAdminOpensAnAccountThatLogsInAsTheOrganisationThenDisablesIt() {
    String admin = token("partner-admin-08");
    String username = "plie-" + suffix();
    Http.Response created = post(USERS, admin, account(username, false));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject body = created.json().asJsonObject();
    String id = body.getJsonObject("account").getString("id");
    String temporary = body.getString("temporaryPassword");
    assertThat(temporary).hasSizeGreaterThanOrEqualTo(16);
    assertThat(created.raw().headers().firstValue("Location"))
        .hasValueSatisfying(l -> l.endsWith(id));

    JsonObject listed = find(get(USERS, admin), username);
    assertThat(listed.getString("email")).isEqualTo(username + "@plie-ardennes.test");
    assertThat(listed.getBoolean("enabled")).isTrue();
    assertThat(listed.getBoolean("admin")).isFalse();
    assertThat(listed.getBoolean("self")).isFalse();
    assertThat(find(get(USERS, admin), "partner-admin-08").getBoolean("self")).isTrue();

    // In Keycloak: the organisation's attribute and group, partner-user only.
    JsonObject kc = keycloakAdmin("/users?username=" + username + "&exact=true").getJsonObject(0);
    assertThat(kc.getJsonObject("attributes").getJsonArray("partner_org").getString(0))
        .isEqualTo("plie-ardennes");
    assertThat(kc.getJsonArray("requiredActions").getString(0)).isEqualTo("UPDATE_PASSWORD");
    assertThat(names(keycloakAdmin("/users/" + id + "/groups"), "name"))
        .containsExactly("partenaire-plie-ardennes");
    assertThat(names(keycloakAdmin("/users/" + id + "/role-mappings/realm"), "name"))
        .contains("partner-user")
        .doesNotContain("partner-admin", "tenant-admin");

    // The temporary password must be changed first; once it is, the account reaches the PLIE's
    // referrals.
    assertThatThrownBy(
            () -> Http.passwordGrant("aiguillage", username, temporary, "aiguillage-cli"))
        .hasMessageContaining("400");
    String chosen = firstLogin(id);
    String userToken = Http.passwordGrant("aiguillage", username, chosen, "aiguillage-cli");
    Http.Response me = get("/api/v1/partner/me", userToken);
    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    assertThat(me.body()).contains("plie-ardennes");
    assertThat(get("/api/v1/partner/referrals", userToken).status()).isEqualTo(200);
    assertThat(get(USERS, userToken).status()).as("not an admin").isEqualTo(403);

    // Made admin, it manages the accounts too.
    Http.Response promoted = patch(USERS + "/" + id, admin, "{\"admin\": true}");
    assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
    assertThat(promoted.json().asJsonObject().getBoolean("admin")).isTrue();
    assertThat(names(keycloakAdmin("/users/" + id + "/role-mappings/realm"), "name"))
        .contains("partner-admin");
    assertThat(find(get(USERS, admin), username).getBoolean("admin")).isTrue();
    assertThat(
            get(USERS, Http.passwordGrant("aiguillage", username, chosen, "aiguillage-cli"))
                .status())
        .isEqualTo(200);

    // Disabled: no more logins; enabled again: logins again.
    Http.Response disabled = patch(USERS + "/" + id, admin, "{\"enabled\": false}");
    assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
    assertThat(disabled.json().asJsonObject().getBoolean("enabled")).isFalse();
    assertThatThrownBy(() -> Http.passwordGrant("aiguillage", username, chosen, "aiguillage-cli"))
        .hasMessageContaining("400");
    assertThat(patch(USERS + "/" + id, admin, "{\"enabled\": true}").status()).isEqualTo(200);
    assertThat(Http.passwordGrant("aiguillage", username, chosen, "aiguillage-cli")).isNotBlank();

    // A new temporary password replaces the chosen one.
    Http.Response reset = post(USERS + "/" + id + "/password", admin, "{}");
    assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
    assertThat(reset.json().asJsonObject().getString("temporaryPassword")).isNotEqualTo(temporary);
    assertThatThrownBy(() -> Http.passwordGrant("aiguillage", username, chosen, "aiguillage-cli"))
        .hasMessageContaining("400");
  }

  @Test
  void anotherOrganisationsAdminNeitherSeesNorTouchesTheAccounts() {
    String plieAdmin = token("partner-admin-08");
    String username = "plie-" + suffix();
    Http.Response created = post(USERS, plieAdmin, account(username, false));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().asJsonObject().getJsonObject("account").getString("id");

    String ftAdmin = franceTravailAdmin();
    Http.Response ftList = get(USERS, ftAdmin);
    assertThat(ftList.status()).as(ftList.toString()).isEqualTo(200);
    List<String> seen = names(ftList.json().asJsonArray(), "username");
    assertThat(seen).isNotEmpty().doesNotContain(username, "plie-08", "partner-admin-08");
    assertThat(patch(USERS + "/" + id, ftAdmin, "{\"enabled\": false}").status()).isEqualTo(404);
    assertThat(post(USERS + "/" + id + "/password", ftAdmin, "{}").status()).isEqualTo(404);
    assertThat(patch(USERS + "/" + UUID.randomUUID(), ftAdmin, "{\"enabled\": false}").status())
        .isEqualTo(404);
    // an id that would climb out of Keycloak's users: refused by Liberty (400) before the
    // service, which takes nothing but a UUID anyway (404)
    assertThat(post(USERS + "/..%2Froles%2Fpartner-admin/password", ftAdmin, "{}").status())
        .isIn(400, 404);
    assertThat(find(get(USERS, plieAdmin), username).getBoolean("enabled"))
        .as("untouched")
        .isTrue();

    // Partner users, partner systems and département staff do not manage accounts.
    assertThat(get(USERS, token("plie-08")).status()).isEqualTo(403);
    assertThat(get(USERS, token("admin-08")).status()).isEqualTo(403);
    assertThat(post(USERS, token("plie-08"), account("plie-" + suffix(), true)).status())
        .isEqualTo(403);
    String system =
        Http.tokenRequest(
                "aiguillage",
                Map.of(
                    "grant_type", "client_credentials",
                    "client_id", "partner-system-plie",
                    "client_secret", "plie-system-secret"))
            .getString("access_token");
    assertThat(get(USERS, system).status()).isEqualTo(403);
  }

  @Test
  void badInputTakenNamesAndLockingOneselfOutAreRefusedInFrench() {
    String admin = token("partner-admin-08");
    Http.Response bad =
        post(
            USERS,
            admin,
            "{\"username\": \"A b\", \"firstName\": \"\", \"lastName\": \"Martin\","
                + " \"email\": \"pas-une-adresse\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(bad.body()).contains("username", "firstName", "email", "identifiant", "prénom");

    String username = "plie-" + suffix();
    assertThat(post(USERS, admin, account(username, false)).status()).isEqualTo(201);
    Http.Response again = post(USERS, admin, account(username, false));
    assertThat(again.status()).as("the same request twice").isEqualTo(409);
    assertThat(again.body()).contains("déjà pris");
    assertThat(names(get(USERS, admin).json().asJsonArray(), "username"))
        .filteredOn(username::equals)
        .hasSize(1);
    Http.Response sameMail =
        post(
            USERS,
            admin,
            account("autre-" + suffix(), false).replaceAll("autre-[0-9a-f]{8}@", username + "@"));
    assertThat(sameMail.status()).isEqualTo(409);
    assertThat(sameMail.body()).contains("email", username + "@plie-ardennes.test");

    String self = find(get(USERS, admin), "partner-admin-08").getString("id");
    Http.Response lockOut = patch(USERS + "/" + self, admin, "{\"enabled\": false}");
    assertThat(lockOut.status()).isEqualTo(409);
    assertThat(lockOut.body()).contains("propre compte");
    Http.Response demote = patch(USERS + "/" + self, admin, "{\"admin\": false}");
    assertThat(demote.status()).isEqualTo(409);
    assertThat(find(get(USERS, admin), "partner-admin-08").getBoolean("admin")).isTrue();
    assertThat(patch(USERS + "/" + self, admin, "{}").status()).isEqualTo(400);
  }

  private static String account(String username, boolean admin) {
    return Json.createObjectBuilder()
        .add("username", username)
        .add("firstName", "Léa")
        .add("lastName", "Martin-Étienne")
        .add("email", username + "@plie-ardennes.test")
        .add("admin", admin)
        .build()
        .toString();
  }

  private static JsonObject find(Http.Response list, String username) {
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.json().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("username").equals(username))
        .findFirst()
        .orElseThrow(() -> new AssertionError(username + " not in " + list.body()));
  }

  private static List<String> names(JsonArray array, String field) {
    return array.getValuesAs(JsonObject.class).stream().map(o -> o.getString(field)).toList();
  }

  /** What the person does at the first login: a password of his own, no action left. */
  private static String firstLogin(String id) {
    String chosen = "Choisi-" + suffix();
    send(
        "/users/" + id + "/reset-password",
        "PUT",
        Json.createObjectBuilder()
            .add("type", "password")
            .add("value", chosen)
            .add("temporary", false)
            .build());
    JsonObject user = kcObject("/users/" + id);
    send(
        "/users/" + id,
        "PUT",
        Json.createObjectBuilder(user).add("requiredActions", JsonValue.EMPTY_JSON_ARRAY).build());
    return chosen;
  }

  /** A France Travail admin, made in Keycloak directly (the demo realm has none). */
  private static String franceTravailAdmin() {
    String username = "ft-admin-" + suffix();
    send(
        "/users",
        "POST",
        Json.createObjectBuilder()
            .add("username", username)
            .add("email", username + "@francetravail.test")
            .add("firstName", "Admin")
            .add("lastName", "France Travail")
            .add("enabled", true)
            .add("emailVerified", true)
            .add(
                "attributes",
                Json.createObjectBuilder()
                    .add("partner_org", Json.createArrayBuilder().add("france-travail")))
            .add("groups", Json.createArrayBuilder().add("/partenaire-france-travail"))
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", "demo")
                            .add("temporary", false)))
            .build());
    String id =
        keycloakAdmin("/users?username=" + username + "&exact=true")
            .getJsonObject(0)
            .getString("id");
    var roles = Json.createArrayBuilder();
    for (String role : List.of("partner-user", "partner-admin")) {
      roles.add(kcObject("/roles/" + role));
    }
    send("/users/" + id + "/role-mappings/realm", "POST", roles.build());
    return Http.passwordGrant("aiguillage", username, "demo", "aiguillage-cli");
  }

  private static JsonObject kcObject(String adminPath) {
    Http.Response r = Http.send(keycloakAdminRequest(adminPath).GET());
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().asJsonObject();
  }

  private static void send(String adminPath, String method, jakarta.json.JsonStructure body) {
    Http.Response r =
        Http.send(
            keycloakAdminRequest(adminPath)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString())));
    assertThat(r.status()).as(r.toString()).isBetween(200, 299);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
