package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.patch;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.put;
import static fr.aiguillage.e2e.support.Http.token;
import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.e2e.support.Http;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each bad input the attack of issue 11 found, by name: what used to be coerced, cut, stored or
 * answered 500 is now a 400 problem naming its field, and nothing changed.
 */
class BadInputRegressionIT {
  static final String SETTINGS = "/api/v1/settings";

  static void refused(Http.Response r, String field) {
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    List<String> fields =
        r.json().asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertThat(fields).as(r.toString()).contains(field);
  }

  @Test
  void aBooleanIsOnlyTrueOrFalse() {
    String someone = UUID.randomUUID().toString();
    refused(
        patch(
            "/api/v1/partner/users/" + someone, token("partner-admin-08"), "{\"enabled\":\"no\"}"),
        "enabled");
    refused(
        patch("/api/v1/partner/users/" + someone, token("partner-admin-08"), "{\"admin\":1}"),
        "admin");
    refused(
        put(
            "/api/v1/diagnostics/" + someone + "/sharing",
            token("agent-08"),
            "{\"shared\":\"yes\"}"),
        "shared");
    refused(get("/api/v1/orientations?overdue=yes", token("agent-08")), "overdue");
  }

  @Test
  void aNumberIsNeitherCutNorReadFromTextAndATextIsNotANumber() {
    String before = get(SETTINGS, token("admin-08")).body();
    JsonObject s = get(SETTINGS, token("admin-08")).json().asJsonObject();
    String body =
        "{\"orientationTargetDays\":4.5,\"referralAnswerDays\":"
            + s.getInt("referralAnswerDays")
            + ",\"referralReminderDays\":"
            + s.getInt("referralReminderDays")
            + ",\"coordinationEmail\":\""
            + s.getString("coordinationEmail", "")
            + "\"}";
    refused(put(SETTINGS, token("admin-08"), body), "orientationTargetDays");
    refused(
        put(SETTINGS, token("admin-08"), body.replace("4.5", "\"42\"")), "orientationTargetDays");
    assertThat(get(SETTINGS, token("admin-08")).body()).as("nothing saved").isEqualTo(before);

    refused(
        post("/api/v1/beneficiaries", token("agent-08"), "{\"cafNumber\": 1234567}"), "cafNumber");
    refused(post("/api/v1/criteria/simulate", token("agent-08"), "{\"age\": -1}"), "age");
    refused(
        post("/api/v1/criteria/simulate", token("agent-08"), "{\"age\": 1000000000000}"), "age");
  }

  @Test
  void textsHaveTheirColumnsLengthAndNoNulCharacterAndEveryBadFieldIsNamedAtOnce() {
    Http.Response r =
        post(
            "/api/v1/beneficiaries",
            token("agent-08"),
            "{\"addressLine\":\"a\\u0000b\",\"communeName\":\""
                + "x".repeat(5000)
                + "\",\"addressComplement\":\""
                + "x".repeat(300)
                + "\"}");
    refused(r, "addressLine");
    refused(r, "communeName");
    refused(r, "addressComplement");
    refused(
        post(
            "/api/v1/beneficiaries",
            token("agent-08"),
            "{\"addressLine\":\"" + "x".repeat(100_000) + "\"}"),
        "addressLine");
    refused(
        post(
            "/api/v1/partner/slots",
            token("plie-08"),
            "{\"location\":\"salle\\u00002\",\"modality\":\"PHYSIQUE\"}"),
        "location");
  }

  @Test
  void freeTextsHaveALimit() {
    String someone = UUID.randomUUID().toString();
    String huge = "x".repeat(100_043);
    refused(
        post(
            "/api/v1/orientations/" + someone + "/reorientation-request",
            token("agent-08"),
            "{\"reason\":\"" + huge + "\"}"),
        "reason");
    refused(
        post(
            "/api/v1/partner/referrals/" + someone + "/answer",
            token("plie-08"),
            "{\"answer\":\"REFUSED\",\"reason\":\"AUTRE\",\"text\":\"" + huge + "\"}"),
        "text");
    refused(
        post(
            "/api/v1/diagnostics/" + someone + "/complete",
            token("agent-08"),
            "{\"synthesis\":\"" + "x".repeat(8001) + "\"}"),
        "synthesis");
    refused(
        put(
            "/api/v1/criteria/draft",
            token("admin-08"),
            "{\"rules\":[{\"code\":\"R1\",\"explanation\":\"" + "x".repeat(2001) + "\"}]}"),
        "rules[0].explanation");
  }

  @Test
  void pagesAndSizesHaveTheirRanges() {
    refused(get("/api/v1/beneficiaries?page=1000000000", token("agent-08")), "page");
    refused(get("/api/v1/orientations?page=abc", token("agent-08")), "page");
    refused(get("/api/v1/partner/webhook/dead-letters?size=-1", token("partner-admin-08")), "size");
    refused(put("/api/v1/imports/mapping", token("admin-08"), "[\"a\",\"b\"]"), "body");
  }

  @Test
  void anUnknownOrRepeatedFieldIsRefusedByName() {
    refused(
        put(
            "/api/v1/diagnostics/" + UUID.randomUUID() + "/sharing",
            token("agent-08"),
            "{\"shard\":true}"),
        "shard");
    refused(
        put(
            "/api/v1/diagnostics/" + UUID.randomUUID() + "/sharing",
            token("agent-08"),
            "{\"shared\":true,\"shared\":false}"),
        "shared");
  }

  @Test
  void refusalsOfAccessComeFirstAndHaveABody() {
    Http.Response anonymous = get("/api/v1/beneficiaries", null);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).startsWith("application/problem+json");
    assertThat(anonymous.raw().headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(anonymous.json().asJsonObject().getString("detail")).contains("jeton");

    Http.Response badToken = get("/api/v1/beneficiaries", "not-a-jwt");
    assertThat(badToken.status()).isEqualTo(401);
    assertThat(badToken.contentType()).startsWith("application/problem+json");
    assertThat(badToken.raw().headers().firstValue("WWW-Authenticate")).isPresent();

    Http.Response partner = put(SETTINGS, token("plie-08"), "{\"orientationTargetDays\":");
    assertThat(partner.status()).as("a partner is refused before its body is read").isEqualTo(403);
    assertThat(partner.contentType()).startsWith("application/problem+json");

    Http.Response climbing =
        post(
            "/api/v1/partner/users/..%2Froles%2Fpartner-admin/password",
            token("partner-admin-08"), "{}");
    assertThat(climbing.status()).as("a URL the server refuses itself").isEqualTo(400);
    assertThat(climbing.contentType()).startsWith("application/problem+json");

    Http.Response unknown = get("/api/v1/nothing-here", token("agent-08"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
  }

  @Test
  void bookingOnAnotherDepartementsOrientationIsNotFound() {
    String nord =
        get("/api/v1/orientations?size=1", token("agent-59"))
            .json()
            .asJsonObject()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("orientationId");
    Http.Response r =
        post(
            "/api/v1/orientations/" + nord + "/appointments",
            token("agent-08"),
            "{\"slotId\":\"" + UUID.randomUUID() + "\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(404);
    Http.Response random =
        post(
            "/api/v1/orientations/" + UUID.randomUUID() + "/appointments",
            token("agent-08"),
            "{\"slotId\":\"" + UUID.randomUUID() + "\"}");
    assertThat(r.body()).as("identical to a made-up id").isEqualTo(random.body());
  }

  @Test
  void apiAnswersAreNeverStoredFramedOrSniffed() {
    Http.Response r = get("/api/v1/beneficiaries?size=1", token("agent-08"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.raw().headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(r.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.raw().headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(r.raw().headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
  }
}
