package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.token;
import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.TestStack;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation that {@code /openapi} publishes and, for each of its query parameters and
 * each field of its JSON body, sends what a careless client or an attacker would: a value of the
 * wrong JSON type, a number out of its declared range, a text one character over its declared
 * length and one of 100 kB, a NUL character, an unknown field, an array for an object and an object
 * for an array. Every answer must be a 4xx {@code application/problem+json} that names the field,
 * never a 5xx; and nothing in the database may have changed.
 */
class OpenApiNegativeIT {
  static final String FLOW_SENDER = "caf-exchange-08";

  /**
   * Tried in this order until one may call the operation (not 401/403); the last is the CAF
   * exchange platform's client (client credentials).
   */
  static final List<String> CALLERS =
      List.of("admin-08", "agent-08", "referent-08", "partner-admin-08", "admin", FLOW_SENDER);

  static final String HUGE = "x".repeat(100_000);

  /** One bad request and the field its refusal must name. */
  record Mutation(String what, String query, String body, String field) {}

  @Test
  void everyOperationRefusesBadInputByNameAndChangesNothing() throws Exception {
    Http.Response spec = Http.get("/openapi?format=JSON", null);
    assertThat(spec.status()).as(spec.toString()).isEqualTo(200);
    JsonObject doc = spec.json().asJsonObject();

    Map<String, String> before = fingerprint();
    List<String> failures = new ArrayList<>();
    int operations = 0;
    int sent = 0;
    for (Map.Entry<String, JsonValue> path : doc.getJsonObject("paths").entrySet()) {
      if (!path.getKey().startsWith("/api/")) {
        continue;
      }
      for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
        String method = op.getKey().toUpperCase();
        JsonObject operation = op.getValue().asJsonObject();
        List<Mutation> mutations = mutations(doc, operation);
        if (mutations.isEmpty()) {
          continue;
        }
        operations++;
        String url = concrete(path.getKey(), operation);
        String caller = caller(method, url, mutations.get(0));
        if (caller == null) {
          failures.add(method + " " + path.getKey() + ": no demo user may call it");
          continue;
        }
        for (Mutation m : mutations) {
          sent++;
          Http.Response r = send(method, url + m.query(), tokenOf(caller), m.body());
          String problem = check(r, m.field());
          if (problem != null) {
            failures.add(
                method + " " + path.getKey() + " [" + m.what() + "] as " + caller + ": " + problem);
          }
        }
      }
    }
    assertThat(failures).as("answers that were not a named 4xx problem").isEmpty();
    assertThat(operations).as("operations walked").isGreaterThan(40);
    assertThat(sent).as("bad requests sent").isGreaterThan(250);
    assertThat(fingerprint()).as("the database after the walk").isEqualTo(before);
  }

  /** Null when the answer is right: a 4xx problem+json naming the field. */
  private static String check(Http.Response r, String field) {
    if (r.status() >= 500) {
      return "status " + r.status() + " " + shorten(r.body());
    }
    if (r.status() != 400 && r.status() != 413) {
      return "status " + r.status() + " instead of 400: " + shorten(r.body());
    }
    if (!r.contentType().startsWith("application/problem+json")) {
      return "content type " + r.contentType();
    }
    JsonObject problem = r.json().asJsonObject();
    if (problem.getString("detail", "").isBlank()) {
      return "no detail";
    }
    List<String> fields =
        problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field", ""))
            .toList();
    boolean named =
        fields.stream()
            .anyMatch(
                f -> f.equals(field) || f.startsWith(field + ".") || f.startsWith(field + "["));
    return named ? null : "the refusal names " + fields + ", not « " + field + " »";
  }

  private static List<Mutation> mutations(JsonObject doc, JsonObject operation) {
    List<Mutation> out = new ArrayList<>();
    for (JsonObject p : parameters(operation)) {
      if (!"query".equals(p.getString("in"))) {
        continue;
      }
      out.addAll(queryMutations(p.getString("name"), p.getJsonObject("schema")));
    }
    JsonObject body =
        operation.containsKey("requestBody")
            ? operation.getJsonObject("requestBody").getJsonObject("content")
            : null;
    if (body != null && body.containsKey("application/json")) {
      JsonObject schema =
          resolve(doc, body.getJsonObject("application/json").getJsonObject("schema"));
      out.addAll(bodyMutations(doc, schema));
    }
    return out;
  }

  private static List<Mutation> queryMutations(String name, JsonObject schema) {
    List<Mutation> out = new ArrayList<>();
    String type = schema == null ? "string" : schema.getString("type", "string");
    switch (type) {
      case "integer" -> {
        out.add(query("pas un nombre", name, "abc"));
        out.add(query("décimal", name, "4.5"));
        out.add(query("immense", name, "1" + "0".repeat(30)));
        if (schema.containsKey("minimum")) {
          out.add(query("sous le minimum", name, String.valueOf(number(schema, "minimum") - 1)));
        }
        if (schema.containsKey("maximum")) {
          out.add(
              query("au-dessus du maximum", name, String.valueOf(number(schema, "maximum") + 1)));
        }
      }
      case "boolean" -> out.add(query("pas un booléen", name, "yes"));
      default -> {
        out.add(query("caractère nul", name, "a\u0000b"));
        // over the usual label's 200 characters, and over a longer declared length (a file name)
        int max = Math.max(200, schema == null ? 0 : schema.getInt("maxLength", 0));
        out.add(query("trop long", name, "x".repeat(max + 1)));
      }
    }
    return out;
  }

  private static Mutation query(String what, String name, String value) {
    return new Mutation(
        "?" + name + " " + what,
        "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8),
        null,
        name);
  }

  private static List<Mutation> bodyMutations(JsonObject doc, JsonObject schema) {
    List<Mutation> out = new ArrayList<>();
    String type = schema.getString("type", "object");
    if ("array".equals(type)) {
      out.add(new Mutation("un objet pour un tableau", "", "{}", "body"));
      JsonObject items = resolve(doc, schema.getJsonObject("items"));
      if (items != null && items.containsKey("properties")) {
        for (Mutation m : fieldMutations(doc, items)) {
          out.add(new Mutation(m.what(), "", "[" + m.body() + "]", "[0]." + m.field()));
        }
      }
      return out;
    }
    if (!"object".equals(type)) {
      return out;
    }
    out.add(new Mutation("un tableau pour un objet", "", "[]", "body"));
    out.add(new Mutation("pas du JSON", "", "{\"a\":", "body"));
    if (schema.containsKey("properties")) {
      out.add(new Mutation("champ inconnu", "", "{\"champInconnu\": 1}", "champInconnu"));
      out.addAll(fieldMutations(doc, schema));
    }
    return out;
  }

  /** Each field alone in an object, with a bad value. */
  private static List<Mutation> fieldMutations(JsonObject doc, JsonObject schema) {
    List<Mutation> out = new ArrayList<>();
    for (Map.Entry<String, JsonValue> e : schema.getJsonObject("properties").entrySet()) {
      String name = e.getKey();
      JsonObject field = resolve(doc, e.getValue().asJsonObject());
      Map<String, String> bad = new LinkedHashMap<>();
      String type = field.getString("type", field.containsKey("properties") ? "object" : "");
      switch (type) {
        case "string" -> {
          bad.put("un nombre pour un texte", "12345");
          bad.put("caractère nul", "\"a\\u0000b\"");
          bad.put("100 ko", "\"" + HUGE + "\"");
          if (field.containsKey("maxLength")) {
            int max = field.getInt("maxLength");
            bad.put("longueur déclarée + 1", "\"" + "x".repeat(max + 1) + "\"");
          }
        }
        case "integer" -> {
          bad.put("un texte pour un nombre", "\"12\"");
          bad.put("décimal pour un entier", "4.5");
          bad.put("immense", "1" + "0".repeat(30));
          if (field.containsKey("minimum")) {
            bad.put("sous le minimum", String.valueOf(number(field, "minimum") - 1));
          }
          if (field.containsKey("maximum")) {
            bad.put("au-dessus du maximum", String.valueOf(number(field, "maximum") + 1));
          }
        }
        case "number" -> bad.put("un texte pour un nombre", "\"12\"");
        case "boolean" -> {
          bad.put("« no » pour un booléen", "\"no\"");
          bad.put("1 pour un booléen", "1");
        }
        case "array" -> bad.put("un objet pour un tableau", "{}");
        case "object" -> bad.put("un tableau pour un objet", "[]");
        default -> {}
      }
      bad.forEach(
          (what, value) ->
              out.add(
                  new Mutation(
                      name + " : " + what, "", "{\"" + name + "\": " + value + "}", name)));
    }
    return out;
  }

  private static long number(JsonObject schema, String key) {
    JsonValue v = schema.get(key);
    return v instanceof JsonNumber n
        ? n.bigDecimalValue().longValue()
        : Long.parseLong(v.toString());
  }

  private static JsonObject resolve(JsonObject doc, JsonObject schema) {
    if (schema == null || !schema.containsKey("$ref")) {
      return schema;
    }
    String ref = schema.getString("$ref");
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    return doc.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
  }

  private static List<JsonObject> parameters(JsonObject operation) {
    JsonArray params = operation.getJsonArray("parameters");
    return params == null ? List.of() : params.getValuesAs(JsonObject.class);
  }

  /** The path with made-up ids: bad input is refused before anything is looked up. */
  private static String concrete(String template, JsonObject operation) {
    String url = template;
    for (JsonObject p : parameters(operation)) {
      if ("path".equals(p.getString("in"))) {
        boolean integer =
            p.containsKey("schema")
                && "integer".equals(p.getJsonObject("schema").getString("type", ""));
        url =
            url.replace(
                "{" + p.getString("name") + "}", integer ? "1" : UUID.randomUUID().toString());
      }
    }
    return url.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
  }

  private static String tokenOf(String caller) {
    if (!caller.equals(FLOW_SENDER)) {
      return token(caller);
    }
    return Http.tokenRequest(
            "aiguillage",
            Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                FLOW_SENDER,
                "client_secret",
                FLOW_SENDER + "-secret"))
        .getString("access_token");
  }

  private static String caller(String method, String url, Mutation probe) {
    for (String user : CALLERS) {
      int status = send(method, url + probe.query(), tokenOf(user), probe.body()).status();
      if (status != 401 && status != 403) {
        return user;
      }
    }
    return null;
  }

  private static Http.Response send(String method, String url, String token, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(Http.app() + url))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + token);
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return Http.send(b);
  }

  /**
   * What a bad request could have written: the content of the tables a request writes, and the
   * number of rows of those the platform's timers may also touch (reminders, expiries).
   */
  static Map<String, String> fingerprint() throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> hashed =
        List.of(
            "tenant",
            "territory",
            "partner_organisation",
            "structure",
            "referent",
            "beneficiary",
            "diagnostic",
            "personal_link",
            "criteria_version",
            "questionnaire_version",
            "orientation_transition",
            "slot",
            "partner_refusal_reason",
            "import_mapping");
    List<String> counted = List.of("orientation", "referral", "appointment", "partner_webhook");
    try (Connection c = TestStack.get().database.ownerDataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String table : hashed) {
        try (ResultSet rs =
            s.executeQuery(
                "SELECT count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY"
                    + " md5(t::text))), '') FROM "
                    + table
                    + " t")) {
          rs.next();
          out.put(table, rs.getString(1));
        }
      }
      for (String table : counted) {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
          rs.next();
          out.put(table, rs.getString(1));
        }
      }
    }
    return out;
  }

  private static String shorten(String s) {
    return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
