package fr.aiguillage.admin.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.util.Base64;

/** A new département's Keycloak group and its first admin, through {@link KeycloakAdmin}. */
@ApplicationScoped
public class KeycloakProvisioning implements IdentityProvisioning {
  @Inject KeycloakAdmin keycloak;

  private final SecureRandom random = new SecureRandom();

  @Override
  public String provisionTenant(String code, String name, TenantAdminAccount admin) {
    try (KeycloakAdmin.Session s = keycloak.open()) {
      String group = "departement-" + code;
      ensureGroup(s, group, code, name);
      return ensureUser(s, admin, code, group);
    }
  }

  private void ensureGroup(KeycloakAdmin.Session s, String group, String code, String name) {
    if (!s.array(
            s.api().path("groups").queryParam("search", group).queryParam("exact", true),
            "interroger Keycloak")
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
    s.send(s.api().path("groups"), "POST", body, "créer le groupe " + group, 409);
  }

  private String ensureUser(
      KeycloakAdmin.Session s, TenantAdminAccount admin, String code, String group) {
    if (!byUsername(s, admin.username()).isEmpty()) {
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
    s.send(s.api().path("users"), "POST", body, "créer l'utilisateur " + admin.username());
    String userId = byUsername(s, admin.username()).getJsonObject(0).getString("id");
    JsonObject role = s.object(s.api().path("roles").path("tenant-admin"), "lire le rôle");
    s.send(
        s.api().path("users").path(userId).path("role-mappings/realm"),
        "POST",
        Json.createArrayBuilder().add(role).build(),
        "attribuer le rôle tenant-admin");
    return password;
  }

  private static JsonArray byUsername(KeycloakAdmin.Session s, String username) {
    return s.array(
        s.api().path("users").queryParam("username", username).queryParam("exact", true),
        "interroger Keycloak");
  }

  private byte[] randomBytes() {
    byte[] b = new byte[12];
    random.nextBytes(b);
    return b;
  }
}
