package fr.aiguillage.stack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Takes part of the demo further along the lifecycle, through the real API as the agents would: a
 * batch of simple proposals decided (their notices sent to the demo's SMTP server), some of them
 * addressed to their structure, and two referrals left past their deadline so that the timer
 * expires them and tells the coordination. Only on a fresh demo database.
 */
final class DemoLifecycle {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private DemoLifecycle() {}

  static void advance(LocalStack stack) throws Exception {
    try (Connection c = stack.database.ownerDataSource().getConnection()) {
      if (alreadyDone(c)) {
        return;
      }
    }
    for (String agent : List.of("agent-08", "agent-59")) {
      String token = token(stack.config.keycloakUrl(), agent);
      String base = stack.config.libertyUrl() + "/api/v1/orientations";
      List<String> simple =
          ((JsonObject) send("GET", base + "?size=200", token, null))
              .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                  .filter(i -> i.getString("state").equals("PROPOSED"))
                  .filter(i -> !i.getBoolean("needsReview"))
                  .map(i -> i.getString("orientationId"))
                  .limit(12)
                  .toList();
      if (simple.isEmpty()) {
        continue;
      }
      JsonArray decided =
          ((JsonObject)
                  send(
                      "POST",
                      base + "/decisions",
                      token,
                      Json.createObjectBuilder()
                          .add("orientations", Json.createArrayBuilder(simple))
                          .build()
                          .toString()))
              .getJsonArray("decided");
      for (int i = 0; i < Math.min(6, decided.size()); i++) {
        String id = decided.getString(i);
        long version =
            ((JsonObject) send("GET", base + "/" + id, token, null))
                .getJsonNumber("version")
                .longValue();
        send("POST", base + "/" + id + "/referral", token, "{\"version\": " + version + "}");
      }
    }
    plieCalendar(stack);
    publishContractTemplates(stack);
    collectiveSessions(stack);
    try (Connection c = stack.database.ownerDataSource().getConnection()) {
      c.setAutoCommit(false);
      for (String tenant : List.of("08", "59")) {
        try (PreparedStatement t =
            c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
          t.setString(1, tenant);
          t.execute();
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE referral SET sent_at = sent_at - interval '12 days',"
                    + " remind_at = now() - interval '4 days', due_at = now() - interval '1 day'"
                    + " WHERE id IN (SELECT id FROM referral WHERE status = 'PENDING'"
                    + " ORDER BY sent_at, id LIMIT 2)")) {
          ps.executeUpdate();
        }
      }
      c.commit();
    }
  }

  /**
   * The Ardennes' administrator adopts the national contrat d'engagement and its simplified variant
   * and publishes them as they are, so that referents can write contracts from the first day.
   */
  private static void publishContractTemplates(LocalStack stack) throws Exception {
    String admin = token(stack.config.keycloakUrl(), "admin-08");
    String templates = stack.config.libertyUrl() + "/api/v1/contract-templates";
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString();
    for (String kind : List.of("CONTRAT_ENGAGEMENT", "SIMPLIFIE")) {
      JsonObject adopted =
          (JsonObject) send("POST", templates, admin, "{\"kind\": \"" + kind + "\"}");
      send(
          "POST",
          templates + "/" + adopted.getString("id") + "/publish",
          admin,
          "{\"effectiveFrom\": \"" + today + "\"}");
    }
  }

  /**
   * The Ardennes' coordination plans its information sessions on rights and duties — tomorrow
   * morning, then every second week — with the PLIE present, and invites eight people from the
   * queue to the first one (their convocations land in the demo's mail server).
   */
  private static void collectiveSessions(LocalStack stack) throws Exception {
    String coord = token(stack.config.keycloakUrl(), "coord-08");
    String plie =
        ((JsonObject)
                send(
                    "GET",
                    stack.config.libertyUrl() + "/api/v1/partner/me",
                    token(stack.config.keycloakUrl(), "plie-08"),
                    null))
            .getJsonArray("structures").getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("tenantCode", "").equals("08"))
                .map(x -> x.getString("id"))
                .findFirst()
                .orElse(null);
    if (plie == null) {
      return;
    }
    String sessions = stack.config.libertyUrl() + "/api/v1/sessions";
    java.time.OffsetDateTime tomorrow =
        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
            .plusDays(1)
            .atTime(9, 0)
            .atZone(java.time.ZoneId.of("Europe/Paris"))
            .toOffsetDateTime();
    JsonArray planned =
        (JsonArray)
            send(
                "POST",
                sessions,
                coord,
                Json.createObjectBuilder()
                    .add("kind", "Information collective droits et devoirs")
                    .add("startsAt", tomorrow.toString())
                    .add("durationMinutes", 180)
                    .add(
                        "address",
                        "Conseil départemental, 1 place Ducale, 08000 Charleville-Mézières")
                    .add("room", "Salle du conseil")
                    .add("capacity", 20)
                    .add(
                        "staff", Json.createArrayBuilder().add("Claire Martin").add("Paul Lefèvre"))
                    .add("structureIds", Json.createArrayBuilder().add(plie))
                    .add("everyWeeks", 2)
                    .add("occurrences", 3)
                    .build()
                    .toString());
    send(
        "POST",
        sessions + "/" + planned.getJsonObject(0).getString("id") + "/invitations",
        coord,
        "{\"fromQueue\": 8}");
  }

  /**
   * The PLIE publishes its weekday slots for the next two weeks; if a referral waits in its inbox,
   * it accepts it with its referent and books the first appointment on the first slot.
   */
  private static void plieCalendar(LocalStack stack) throws Exception {
    String plie = token(stack.config.keycloakUrl(), "plie-08");
    String partner = stack.config.libertyUrl() + "/api/v1/partner";
    JsonObject me = (JsonObject) send("GET", partner + "/me", plie, null);
    String structure =
        me.getJsonArray("structures").getValuesAs(JsonObject.class).stream()
            .filter(x -> x.getString("tenantCode", "").equals("08"))
            .map(x -> x.getString("id"))
            .findFirst()
            .orElse(null);
    if (structure == null) {
      return;
    }
    java.time.LocalDate tomorrow =
        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(1);
    List<String> slots = new java.util.ArrayList<>();
    for (String hour : List.of("09:00", "10:30", "14:00")) {
      JsonObject published =
          (JsonObject)
              send(
                  "POST",
                  partner + "/slots",
                  plie,
                  Json.createObjectBuilder()
                      .add("structureId", structure)
                      .add("date", tomorrow.toString())
                      .add("start", hour)
                      .add("durationMinutes", 45)
                      .add("modality", hour.equals("14:00") ? "TELEPHONE" : "PHYSIQUE")
                      .add("location", "12 place Ducale, 08000 Charleville-Mézières")
                      .add(
                          "repeatOn",
                          Json.createArrayBuilder()
                              .add("MONDAY")
                              .add("TUESDAY")
                              .add("WEDNESDAY")
                              .add("THURSDAY")
                              .add("FRIDAY"))
                      .add("repeatUntil", tomorrow.plusDays(14).toString())
                      .build()
                      .toString());
      published.getJsonArray("slots").getValuesAs(JsonObject.class).stream()
          .map(x -> x.getString("id"))
          .forEach(slots::add);
    }
    List<JsonObject> waiting =
        ((JsonObject) send("GET", partner + "/referrals", plie, null))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    if (waiting.isEmpty() || slots.isEmpty()) {
      return;
    }
    String referral = waiting.get(0).getString("referralId");
    JsonObject seen = (JsonObject) send("GET", partner + "/referrals/" + referral, plie, null);
    String referent = seen.getJsonArray("referents").getJsonObject(0).getString("id");
    send(
        "POST",
        partner + "/referrals/" + referral + "/answer",
        plie,
        "{\"answer\": \"ACCEPT\", \"referentId\": \"" + referent + "\"}");
    send(
        "POST",
        partner + "/appointments",
        plie,
        "{\"referralId\": \"" + referral + "\", \"slotId\": \"" + slots.get(0) + "\"}");
  }

  private static boolean alreadyDone(Connection c) throws SQLException {
    // row-level security: the owner too sees rows only tenant by tenant
    for (String tenant : List.of("08", "59")) {
      c.setAutoCommit(false);
      try (PreparedStatement t =
          c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
        t.setString(1, tenant);
        t.execute();
      }
      try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT count(*) FROM orientation_transition WHERE to_state = 'DECIDED'");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        long n = rs.getLong(1);
        c.commit();
        if (n > 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static String token(String keycloak, String user) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(keycloak + "/realms/aiguillage/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=aiguillage-cli&username="
                            + user
                            + "&password=demo&scope=openid"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return ((JsonObject) parse(r.body())).getString("access_token");
  }

  private static JsonStructure send(String method, String url, String token, String json)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(60));
    if (json == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + url + " → " + r.statusCode() + " " + r.body());
    }
    return parse(r.body());
  }

  private static JsonStructure parse(String body) {
    return Json.createReader(new StringReader(body)).read();
  }
}
