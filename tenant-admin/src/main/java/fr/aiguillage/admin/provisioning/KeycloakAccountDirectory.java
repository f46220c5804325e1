package fr.aiguillage.admin.provisioning;

import fr.aiguillage.identity.AccountDirectory;
import fr.aiguillage.identity.IdentityProviderException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link AccountDirectory} on Keycloak's admin REST API. */
@ApplicationScoped
public class KeycloakAccountDirectory implements AccountDirectory {
  private static final int PAGE = 500;

  @Inject KeycloakAdmin keycloak;

  @Override
  public List<Account> members(String group) {
    try (KeycloakAdmin.Session s = keycloak.open()) {
      Optional<String> id = groupId(s, group);
      if (id.isEmpty()) {
        return List.of();
      }
      return s
          .array(
              s.api()
                  .path("groups")
                  .path(id.get())
                  .path("members")
                  .queryParam("briefRepresentation", false)
                  .queryParam("max", PAGE),
              "lire les membres du groupe " + group)
          .getValuesAs(JsonObject.class)
          .stream()
          .map(KeycloakAccountDirectory::account)
          .toList();
    }
  }

  @Override
  public Set<String> holders(String role) {
    try (KeycloakAdmin.Session s = keycloak.open()) {
      Set<String> ids = new HashSet<>();
      for (int first = 0; ; first += PAGE) {
        JsonArray page =
            s.array(
                s.api()
                    .path("roles")
                    .path(role)
                    .path("users")
                    .queryParam("first", first)
                    .queryParam("max", PAGE)
                    .queryParam("briefRepresentation", true),
                "lire les titulaires du rôle " + role);
        page.getValuesAs(JsonObject.class).forEach(u -> ids.add(u.getString("id")));
        if (page.size() < PAGE) {
          return ids;
        }
      }
    }
  }

  @Override
  public Optional<Account> byId(String id) {
    try (KeycloakAdmin.Session s = keycloak.open()) {
      return Optional.ofNullable(s.object(s.api().path("users").path(id), "lire le compte"))
          .map(KeycloakAccountDirectory::account);
    }
  }

  @Override
  public Optional<Account> byUsername(String username) {
    return search("username", username);
  }

  @Override
  public Optional<Account> byEmail(String email) {
    return search("email", email);
  }

  private Optional<Account> search(String field, String value) {
    try (KeycloakAdmin.Session s = keycloak.open()) {
      return s
          .array(
              s.api()
                  .path("users")
                  .queryParam(field, value)
                  .queryParam("exact", true)
                  .queryParam("briefRepresentation", false),
              "chercher un compte")
          .getValuesAs(JsonObject.class)
          .stream()
          .map(KeycloakAccountDirectory::account)
          .findFirst();
    }
  }

  @Override
  public String create(
      Account draft,
      String group,
      Map<String, String> attributes,
      Set<String> roles,
      String temporaryPassword) {
    try (KeycloakAdmin.Session s = keycloak.open()) {
      ensureGroup(s, group, attributes);
      JsonObjectBuilder attrs = Json.createObjectBuilder();
      attributes.forEach((k, v) -> attrs.add(k, Json.createArrayBuilder().add(v)));
      JsonObject body =
          Json.createObjectBuilder()
              .add("username", draft.username())
              .add("email", draft.email())
              .add("firstName", draft.firstName())
              .add("lastName", draft.lastName())
              .add("enabled", true)
              .add("emailVerified", true)
              .add("attributes", attrs)
              .add("groups", Json.createArrayBuilder().add("/" + group))
              .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
              .add("credentials", password(temporaryPassword))
              .build();
      int status =
          s.send(s.api().path("users"), "POST", body, "créer le compte " + draft.username(), 409);
      if (status == 409) {
        throw new fr.aiguillage.shared.ConflictException(
            "username", "Un compte existe déjà avec cet identifiant ou cette adresse.");
      }
      String id =
          s.array(
                  s.api()
                      .path("users")
                      .queryParam("username", draft.username())
                      .queryParam("exact", true),
                  "relire le compte créé")
              .getJsonObject(0)
              .getString("id");
      try {
        JsonArrayBuilder mappings = Json.createArrayBuilder();
        for (String role : roles) {
          mappings.add(s.object(s.api().path("roles").path(role), "lire le rôle " + role));
        }
        s.send(
            s.api().path("users").path(id).path("role-mappings/realm"),
            "POST",
            mappings.build(),
            "attribuer les rôles");
      } catch (RuntimeException e) {
        s.send(s.api().path("users").path(id), "DELETE", null, "défaire le compte", 404);
        throw e;
      }
      return id;
    }
  }

  @Override
  public void setEnabled(String id, boolean enabled) {
    try (KeycloakAdmin.Session s = keycloak.open()) {
      JsonObject user = s.object(s.api().path("users").path(id), "lire le compte");
      if (user == null) {
        throw new IdentityProviderException("Le compte a disparu de Keycloak.");
      }
      s.send(
          s.api().path("users").path(id),
          "PUT",
          Json.createObjectBuilder(user).add("enabled", enabled).build(),
          enabled ? "réactiver le compte" : "désactiver le compte");
      if (!enabled) {
        s.send(
            s.api().path("users").path(id).path("logout"),
            "POST",
            null,
            "fermer les sessions du compte");
      }
    }
  }

  @Override
  public void setRole(String id, String role, boolean held) {
    try (KeycloakAdmin.Session s = keycloak.open()) {
      JsonObject representation =
          s.object(s.api().path("roles").path(role), "lire le rôle " + role);
      s.send(
          s.api().path("users").path(id).path("role-mappings/realm"),
          held ? "POST" : "DELETE",
          Json.createArrayBuilder().add(representation).build(),
          held ? "attribuer le rôle " + role : "retirer le rôle " + role);
    }
  }

  @Override
  public void setTemporaryPassword(String id, String password) {
    try (KeycloakAdmin.Session s = keycloak.open()) {
      s.send(
          s.api().path("users").path(id).path("reset-password"),
          "PUT",
          password(password).build().getJsonObject(0),
          "changer le mot de passe");
    }
  }

  private static JsonArrayBuilder password(String value) {
    return Json.createArrayBuilder()
        .add(
            Json.createObjectBuilder()
                .add("type", "password")
                .add("value", value)
                .add("temporary", true));
  }

  private static Optional<String> groupId(KeycloakAdmin.Session s, String group) {
    return s
        .array(
            s.api().path("groups").queryParam("search", group).queryParam("exact", true),
            "chercher le groupe " + group)
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(g -> group.equals(g.getString("name", "")))
        .map(g -> g.getString("id"))
        .findFirst();
  }

  @Override
  public void ensureGroup(String group, Map<String, String> attributes) {
    try (KeycloakAdmin.Session s = keycloak.open()) {
      ensureGroup(s, group, attributes);
    }
  }

  private static void ensureGroup(
      KeycloakAdmin.Session s, String group, Map<String, String> attributes) {
    if (groupId(s, group).isPresent()) {
      return;
    }
    JsonObjectBuilder attrs = Json.createObjectBuilder();
    attributes.forEach((k, v) -> attrs.add(k, Json.createArrayBuilder().add(v)));
    s.send(
        s.api().path("groups"),
        "POST",
        Json.createObjectBuilder().add("name", group).add("attributes", attrs).build(),
        "créer le groupe " + group,
        409);
  }

  private static Account account(JsonObject u) {
    Map<String, String> attributes = new HashMap<>();
    JsonObject attrs = u.getJsonObject("attributes");
    if (attrs != null) {
      attrs.forEach(
          (k, v) -> {
            if (v.getValueType() == JsonValue.ValueType.ARRAY && !v.asJsonArray().isEmpty()) {
              attributes.put(k, v.asJsonArray().getString(0));
            }
          });
    }
    return new Account(
        u.getString("id"),
        u.getString("username"),
        u.getString("firstName", null),
        u.getString("lastName", null),
        u.getString("email", null),
        u.getBoolean("enabled", true),
        Map.copyOf(attributes));
  }
}
