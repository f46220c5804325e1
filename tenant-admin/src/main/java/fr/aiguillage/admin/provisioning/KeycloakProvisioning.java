package fr.aiguillage.admin.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak's admin REST API through the container's JAX-RS client, with the client credentials of
 * the "aiguillage-provisioning" service account (rights: manage users and groups, nothing else).
 * keycloak-admin-client is not used: it brings its own RESTEasy, which clashes with Liberty's.
 */
@ApplicationScoped
public class KeycloakProvisioning implements IdentityProvisioning {
  @Inject
  @ConfigProperty(name = "aiguillage.keycloak.url")
  String keycloakUrl;

  @Inject
  @ConfigProperty(name = "aiguillage.keycloak.realm", defaultValue = "aiguillage")
  String realm;

  @Inject
  @ConfigProperty(
      name = "aiguillage.keycloak.provisioning.client-id",
      defaultValue = "aiguillage-provisioning")
  String clientId;

  @Inject
  @ConfigProperty(
      name = "aiguillage.keycloak.provisioning.client-secret",
      defaultValue = "provisioning-secret")
  String clientSecret;

  private final SecureRandom random = new SecureRandom();

  @Override
  public String provisionTenant(String code, String name, TenantAdminAccount admin) {
    Client client =
        ClientBuilder.newBuilder()
            .connectTimeout(5, TimeUnit.SECONDS)
            .readTimeout(15, TimeUnit.SECONDS)
            .build();
    try {
      String token = token(client);
      WebTarget api = client.target(keycloakUrl).path("admin/realms").path(realm);
      String group = "departement-" + code;
      ensureGroup(api, token, group, code, name);
      return ensureUser(api, token, admin, code, group);
    } finally {
      client.close();
    }
  }

  private String token(Client client) {
    Form form =
        new Form()
            .param("grant_type", "client_credentials")
            .param("client_id", clientId)
            .param("client_secret", clientSecret);
    try (Response r =
        client
            .target(keycloakUrl)
            .path("realms")
            .path(realm)
            .path("protocol/openid-connect/token")
            .request(MediaType.APPLICATION_JSON)
            .post(Entity.form(form))) {
      check(r, "obtenir un jeton de service");
      return r.readEntity(JsonObject.class).getString("access_token");
    }
  }

  private void ensureGroup(WebTarget api, String token, String group, String code, String name) {
    if (!find(api.path("groups").queryParam("search", group).queryParam("exact", true), token)
        .isEmpty()) {
      return;
    }
    JsonObject body =
        Json.createObjectBuilder()
            .add("name", group)
            .add(
                "attributes",
                Json.createObjectBuilder()
                    .add("tenant", Json.createArrayBuilder().add(code))
                    .add("nom", Json.createArrayBuilder().add(name)))
            .build();
    try (Response r =
        api.path("groups")
            .request()
            .header("Authorization", "Bearer " + token)
            .post(Entity.json(body))) {
      if (r.getStatus() != 409) {
        check(r, "créer le groupe " + group);
      }
    }
  }

  private String ensureUser(
      WebTarget api, String token, TenantAdminAccount admin, String code, String group) {
    if (!find(
            api.path("users").queryParam("username", admin.username()).queryParam("exact", true),
            token)
        .isEmpty()) {
      return null;
    }
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
    JsonObject body =
        Json.createObjectBuilder()
            .add("username", admin.username())
            .add("email", admin.email())
            .add("firstName", admin.firstName())
            .add("lastName", admin.lastName())
            .add("enabled", true)
            .add("emailVerified", true)
            .add(
                "attributes",
                Json.createObjectBuilder().add("tenant", Json.createArrayBuilder().add(code)))
            .add("groups", Json.createArrayBuilder().add("/" + group))
            .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", password)
                            .add("temporary", true)))
            .build();
    try (Response r =
        api.path("users")
            .request()
            .header("Authorization", "Bearer " + token)
            .post(Entity.json(body))) {
      check(r, "créer l'utilisateur " + admin.username());
    }
    JsonArray users =
        find(
            api.path("users").queryParam("username", admin.username()).queryParam("exact", true),
            token);
    String userId = users.getJsonObject(0).getString("id");
    JsonObject role;
    try (Response r =
        api.path("roles")
            .path("tenant-admin")
            .request()
            .header("Authorization", "Bearer " + token)
            .get()) {
      check(r, "lire le rôle tenant-admin");
      role = r.readEntity(JsonObject.class);
    }
    try (Response r =
        api.path("users")
            .path(userId)
            .path("role-mappings/realm")
            .request()
            .header("Authorization", "Bearer " + token)
            .post(Entity.json(Json.createArrayBuilder().add(role).build()))) {
      check(r, "attribuer le rôle tenant-admin");
    }
    return password;
  }

  private byte[] randomBytes() {
    byte[] b = new byte[12];
    random.nextBytes(b);
    return b;
  }

  private static JsonArray find(WebTarget target, String token) {
    try (Response r =
        target
            .request(MediaType.APPLICATION_JSON)
            .header("Authorization", "Bearer " + token)
            .get()) {
      check(r, "interroger Keycloak");
      return r.readEntity(JsonArray.class);
    }
  }

  private static void check(Response r, String what) {
    if (r.getStatus() >= 300) {
      throw new IdentityProviderException(
          "Keycloak a refusé de " + what + " (HTTP " + r.getStatus() + ").");
    }
  }
}
