package fr.aiguillage.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Black-box HTTP against the running Liberty and Keycloak, with real tokens. */
public final class Http {
  public static final HttpClient CLIENT =
      HttpClient.newBuilder()
          // HTTP/1.1: the default tries an h2c upgrade, and uploads then crawl through HTTP/2's
          // 64 kB flow-control window (a 200 MB list took 4 minutes instead of 1 second)
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private record Issued(String token, java.time.Instant at) {}

  /**
   * Tokens live 5 minutes in the realm (a disabled account is out within 5); one is reused for 2.
   */
  private static final Map<String, Issued> TOKENS = new ConcurrentHashMap<>();

  private static final Duration REUSE = Duration.ofMinutes(2);

  private Http() {}

  public static String app() {
    return TestStack.get().config.libertyUrl();
  }

  public static String keycloak() {
    return TestStack.get().config.keycloakUrl();
  }

  /** A fresh-enough access token of a demo user (password "demo"), from the given realm. */
  public static String token(String realm, String username) {
    return TOKENS
        .compute(
            realm + "/" + username,
            (k, issued) ->
                issued != null && issued.at().plus(REUSE).isAfter(java.time.Instant.now())
                    ? issued
                    : new Issued(
                        passwordGrant(realm, username, "demo", "aiguillage-cli"),
                        java.time.Instant.now()))
        .token();
  }

  public static String token(String username) {
    return token("aiguillage", username);
  }

  public static String passwordGrant(
      String realm, String username, String password, String clientId) {
    JsonObject t =
        tokenRequest(
            realm,
            Map.of(
                "grant_type",
                "password",
                "client_id",
                clientId,
                "username",
                username,
                "password",
                password,
                "scope",
                "openid"));
    return t.getString("access_token");
  }

  public static JsonObject tokenRequest(String realm, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    Response r =
        send(
            HttpRequest.newBuilder(
                    URI.create(keycloak() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (r.status() != 200) {
      throw new IllegalStateException(
          "Keycloak token request failed: " + r.status() + " " + r.body());
    }
    return r.json().asJsonObject();
  }

  /** A GET on Keycloak's admin API for the realm (as the master realm's admin), expecting 200. */
  public static JsonArray keycloakAdmin(String path) {
    Response r = send(keycloakAdminRequest(path).GET());
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().asJsonArray();
  }

  /** A request to Keycloak's admin API for the realm, with the master realm admin's token. */
  public static HttpRequest.Builder keycloakAdminRequest(String path) {
    String admin =
        tokenRequest(
                "master",
                Map.of(
                    "grant_type",
                    "password",
                    "client_id",
                    "admin-cli",
                    "username",
                    "kcadmin",
                    "password",
                    "kcadmin"))
            .getString("access_token");
    return HttpRequest.newBuilder(URI.create(keycloak() + "/admin/realms/aiguillage" + path))
        .header("Authorization", "Bearer " + admin);
  }

  /** The same token with its payload changed (here the tenant claim) and the original signature. */
  public static String forgeTenant(String token, String tenant) {
    String[] parts = token.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged =
        payload.replaceAll("\"tenant\"\\s*:\\s*\"[^\"]*\"", "\"tenant\":\"" + tenant + "\"");
    if (forged.equals(payload)) {
      throw new IllegalStateException("the token has no tenant claim to forge");
    }
    return parts[0]
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(forged.getBytes(StandardCharsets.UTF_8))
        + "."
        + parts[2];
  }

  public record Response(int status, String body, HttpResponse<String> raw) {
    public JsonStructure json() {
      return Json.createReader(new StringReader(body)).read();
    }

    public String contentType() {
      return raw.headers().firstValue("Content-Type").orElse("");
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  public static Response get(String path, String token) {
    return send(request(path, token).GET());
  }

  public static Response post(String path, String token, String json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public static Response put(String path, String token, String json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public static Response delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  public static Response patch(String path, String token, String json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  private static HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : app() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  public static Response send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.body(), r);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
