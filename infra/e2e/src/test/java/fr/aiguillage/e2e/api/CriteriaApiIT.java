package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.put;
import static fr.aiguillage.e2e.support.Http.token;
import static fr.aiguillage.e2e.support.Scenarios.closeToWork;
import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.e2e.support.Http;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The criteria API: test bench, draft type-checking, publication, roles and tenant isolation. */
class CriteriaApiIT {
  static final String CRITERIA = "/api/v1/criteria";

  @Test
  void theTestBenchProposesAndExplains() {
    String body =
        Json.createObjectBuilder()
            .add("answers", closeToWork().add("barrier_housing", "STRONG"))
            .add("age", 40)
            .build()
            .toString();
    Http.Response r = post(CRITERIA + "/simulate", token("agent-08"), body);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonObject p = r.json().asJsonObject();
    assertThat(p.getString("pathway")).isEqualTo("SOCIO_PROFESSIONAL");
    assertThat(p.getJsonObject("decidedBy").getString("code")).isEqualTo("global-frein-fort");
    assertThat(p.getJsonObject("decidedBy").getString("explanation")).contains("frein fort");
    assertThat(p.getBoolean("needsReview")).isTrue();

    Http.Response bad =
        post(
            CRITERIA + "/simulate",
            token("agent-08"),
            Json.createObjectBuilder()
                .add(
                    "answers", Json.createObjectBuilder().add("qualified", "oui").add("salaire", 3))
                .build()
                .toString());
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder("answers.qualified", "answers.salaire");
    assertThat(post(CRITERIA + "/simulate", null, body).status()).isEqualTo(401);
    assertThat(post(CRITERIA + "/simulate", token("plie-08"), body).status()).isEqualTo(403);
  }

  @Test
  void aDraftIsTypeCheckedPublishedAndSeenOnlyByItsDepartement() {
    JsonArray national =
        get(CRITERIA + "/in-force", token("admin-08")).json().asJsonObject().getJsonArray("rules");
    assertThat(national).isNotEmpty();

    JsonArray broken =
        Json.createArrayBuilder(national)
            .set(
                0,
                Json.createObjectBuilder(national.getJsonObject(0))
                    .add("condition", "activity_now && revenu > 2"))
            .build();
    Http.Response refused =
        put(
            CRITERIA + "/draft",
            token("admin-08"),
            Json.createObjectBuilder().add("rules", broken).build().toString());
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    JsonObject error = refused.json().asJsonObject().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("rules[0].condition");
    assertThat(error.getString("message")).contains("ligne 1, colonne 17").contains("revenu");
    assertThat(versions("admin-08"))
        .as("nothing half-saved")
        .extracting(v -> v.getString("status"))
        .doesNotContain("DRAFT");

    String edited =
        Json.createObjectBuilder()
            .add(
                "rules",
                Json.createArrayBuilder(national)
                    .set(
                        0,
                        Json.createObjectBuilder(national.getJsonObject(0))
                            .add("explanation", "Version ardennaise du parcours social.")))
            .build()
            .toString();
    assertThat(put(CRITERIA + "/draft", token("agent-08"), edited).status())
        .as("agents read, admins edit")
        .isEqualTo(403);
    Http.Response draft = put(CRITERIA + "/draft", token("admin-08"), edited);
    assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
    int version = draft.json().asJsonObject().getInt("version");
    assertThat(draft.json().asJsonObject().getString("status")).isEqualTo("DRAFT");

    String today =
        "{\"effectiveFrom\": \"" + LocalDate.now(java.time.ZoneId.of("Europe/Paris")) + "\"}";
    assertThat(
            post(
                    CRITERIA + "/" + version + "/publish",
                    token("admin-08"),
                    "{\"effectiveFrom\": \"2020-01-01\"}")
                .status())
        .isEqualTo(400);
    Http.Response published = post(CRITERIA + "/" + version + "/publish", token("admin-08"), today);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(post(CRITERIA + "/" + version + "/publish", token("admin-08"), today).status())
        .as("published twice")
        .isEqualTo(409);
    assertThat(post(CRITERIA + "/999/publish", token("admin-08"), today).status()).isEqualTo(404);

    JsonObject inForce = get(CRITERIA + "/in-force", token("agent-08")).json().asJsonObject();
    assertThat(inForce.getInt("version")).isEqualTo(version);
    assertThat(inForce.getJsonArray("rules").getJsonObject(0).getString("explanation"))
        .isEqualTo("Version ardennaise du parcours social.");

    assertThat(versions("agent-59"))
        .as("Nord sees only the national base")
        .extracting(v -> v.getInt("version"))
        .containsExactly(0);
    assertThat(
            get(CRITERIA + "/in-force", token("agent-59"))
                .json()
                .asJsonObject()
                .getBoolean("national"))
        .isTrue();
  }

  private static java.util.List<JsonObject> versions(String user) {
    return get(CRITERIA, token(user)).json().asJsonArray().getValuesAs(JsonObject.class);
  }
}
