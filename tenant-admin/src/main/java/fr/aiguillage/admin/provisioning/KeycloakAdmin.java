package fr.aiguillage.admin.provisioning;

import fr.aiguillage.identity.IdentityProviderException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak's admin REST API through the container's JAX-RS client, with the client credentials of
 * the "aiguillage-provisioning" service account (rights: manage users and groups, nothing else).
 * keycloak-admin-client is not used: it brings its own RESTEasy, which clashes with Liberty's. The
 * service token is kept until shortly before it expires.
 */
@ApplicationScoped
public class KeycloakAdmin {
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

  @Inject Clock clock;

  private record Token(String value, Instant renewAt) {}

  private volatile Token token;

  /** A short conversation with the admin API; close it (try-with-resources). */
  public Session open() {
    Client client =
        ClientBuilder.newBuilder()
            .connectTimeout(5, TimeUnit.SECONDS)
            .readTimeout(15, TimeUnit.SECONDS)
            .build();
    try {
      return new Session(client, token(client));
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  private String token(Client client) {
    Token t = token;
    if (t != null && clock.instant().isBefore(t.renewAt())) {
      return t.value();
    }
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
      JsonObject body = r.readEntity(JsonObject.class);
      int lifespan = body.getInt("expires_in", 60);
      token =
          new Token(
              body.getString("access_token"),
              clock.instant().plusSeconds(Math.max(0, lifespan - 30)));
      return token.value();
    } catch (ProcessingException e) {
      throw unreachable();
    }
  }

  static IdentityProviderException unreachable() {
    return new IdentityProviderException("Le service d'identité (Keycloak) ne répond pas.");
  }

  static void check(Response r, String what) {
    if (r.getStatus() >= 300) {
      throw new IdentityProviderException(
          "Keycloak a refusé de " + what + " (HTTP " + r.getStatus() + ").");
    }
  }

  /** The realm's admin API with a service token; every call maps failures to French messages. */
  public final class Session implements AutoCloseable {
    private final Client client;
    private final String bearer;

    private Session(Client client, String bearer) {
      this.client = client;
      this.bearer = bearer;
    }

    /** {@code admin/realms/<realm>} */
    public WebTarget api() {
      return client.target(keycloakUrl).path("admin/realms").path(realm);
    }

    public Invocation.Builder request(WebTarget target) {
      return target.request(MediaType.APPLICATION_JSON).header("Authorization", "Bearer " + bearer);
    }

    public JsonArray array(WebTarget target, String what) {
      try (Response r = request(target).get()) {
        check(r, what);
        return r.readEntity(JsonArray.class);
      } catch (ProcessingException e) {
        throw unreachable();
      }
    }

    /** The object, or null on 404. */
    public JsonObject object(WebTarget target, String what) {
      try (Response r = request(target).get()) {
        if (r.getStatus() == 404) {
          return null;
        }
        check(r, what);
        return r.readEntity(JsonObject.class);
      } catch (ProcessingException e) {
        throw unreachable();
      }
    }

    /** Sends and returns the status; statuses in {@code accepted} are not failures. */
    public int send(
        WebTarget target, String method, JsonStructure body, String what, int... accepted) {
      try (Response r =
          body == null
              ? request(target).method(method)
              : request(target).method(method, Entity.json(body))) {
        for (int ok : accepted) {
          if (r.getStatus() == ok) {
            return ok;
          }
        }
        check(r, what);
        return r.getStatus();
      } catch (ProcessingException e) {
        throw unreachable();
      }
    }

    @Override
    public void close() {
      client.close();
    }
  }
}
