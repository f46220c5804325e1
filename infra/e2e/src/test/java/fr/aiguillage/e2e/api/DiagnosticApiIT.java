package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.put;
import static fr.aiguillage.e2e.support.Http.token;
import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.Scenarios;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A diagnostic filled by the professional, proposed, completed, replayed; isolated by département.
 */
class DiagnosticApiIT {
  static final String DIAGNOSTICS = "/api/v1/diagnostics";

  @Test
  void aDiagnosticIsFilledProposedCompletedAndReplayedLikeADirectEvaluation() {
    JsonObject person =
        get("/api/v1/beneficiaries?size=1&q=" + "a", token("agent-08"))
            .json()
            .asJsonObject()
            .getJsonArray("items")
            .getJsonObject(0);
    String personId = person.getString("id");
    Http.Response opened =
        post(DIAGNOSTICS, token("agent-08"), "{\"beneficiaryId\": \"" + personId + "\"}");
    assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
    String id = opened.json().asJsonObject().getString("id");
    assertThat(
            post(DIAGNOSTICS, token("agent-08"), "{\"beneficiaryId\": \"" + personId + "\"}")
                .json()
                .asJsonObject()
                .getString("id"))
        .as("one diagnostic in progress per person")
        .isEqualTo(id);

    Http.Response badAnswer =
        put(
            DIAGNOSTICS + "/" + id + "/answers",
            token("agent-08"),
            "{\"answers\": {\"barrier_health\": \"FORT\"}}");
    assertThat(badAnswer.status()).isEqualTo(400);
    assertThat(
            badAnswer
                .json()
                .asJsonObject()
                .getJsonArray("errors")
                .getJsonObject(0)
                .getString("field"))
        .isEqualTo("answers.barrier_health");

    JsonObject answers =
        Scenarios.closeToWork()
            .add("expectations", "Retrouver un emploi de cariste")
            .add("family_situation", "COUPLE")
            .add("dependent_children", 1)
            .add("qualification_level", "CAP_BEP")
            .build();
    Http.Response answered =
        put(
            DIAGNOSTICS + "/" + id + "/answers",
            token("agent-08"),
            Json.createObjectBuilder().add("answers", answers).build().toString());
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    JsonObject pro = answered.json().asJsonObject().getJsonObject("professionalAnswers");
    assertThat(pro.getJsonObject("qualified").getBoolean("value")).isTrue();
    assertThat(pro.getJsonObject("qualified").getString("by")).isEqualTo("agent-08");

    Http.Response proposal = post(DIAGNOSTICS + "/" + id + "/proposal", token("agent-08"), "{}");
    assertThat(proposal.status()).as(proposal.toString()).isEqualTo(200);
    JsonObject p = proposal.json().asJsonObject();
    int age =
        Period.between(LocalDate.parse(person.getString("birthDate")), LocalDate.now()).getYears();
    assertThat(p.getString("pathway")).isEqualTo("PROFESSIONAL");
    assertThat(p.getJsonObject("decidedBy").getString("code"))
        .isEqualTo(age < 26 ? "emploi-jeune" : "emploi");

    assertThat(
            post(DIAGNOSTICS + "/" + id + "/complete", token("agent-08"), "{\"synthesis\": \"\"}")
                .status())
        .isEqualTo(400);
    Http.Response completed =
        post(
            DIAGNOSTICS + "/" + id + "/complete",
            token("agent-08"),
            "{\"synthesis\": \"Projet clair, aucun frein.\", \"nextSteps\": \"Inscription\", \"actions\": [\"CACES 1\", \"CV\"]}");
    assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    JsonObject stored = completed.json().asJsonObject().getJsonObject("proposal");
    int inForce =
        get("/api/v1/criteria/in-force", token("agent-08")).json().asJsonObject().getInt("version");
    assertThat(stored.getInt("criteriaVersion"))
        .as("the proposal records the criteria version")
        .isEqualTo(inForce);
    JsonObject event =
        Json.createReader(
                new java.io.StringReader(ContractApiIT.awaitEvent(id, "diagnostic.completed")))
            .readObject();
    assertThat(event.getString("familySituation")).isEqualTo("COUPLE_WITH_CHILDREN");
    assertThat(event.getString("educationLevel")).isEqualTo("V");
    assertThat(event.getString("proposedPathway")).isEqualTo("PROFESSIONAL");
    assertThat(
            put(
                    DIAGNOSTICS + "/" + id + "/answers",
                    token("agent-08"),
                    "{\"answers\": {\"rqth\": true}}")
                .status())
        .as("a completed diagnostic is closed")
        .isEqualTo(409);

    // Where the person could go: structures of the proposed kind, referents ranked
    Http.Response placements = get(DIAGNOSTICS + "/" + id + "/placements", token("agent-08"));
    assertThat(placements.status()).as(placements.toString()).isEqualTo(200);
    List<JsonObject> ranked = placements.json().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(ranked).isNotEmpty();
    String expectedKind = age < 26 ? "MISSION_LOCALE" : "FRANCE_TRAVAIL";
    assertThat(ranked).allSatisfy(s -> assertThat(s.getString("kind")).isEqualTo(expectedKind));
    for (JsonObject s : ranked) {
      List<JsonObject> refs = s.getJsonArray("referents").getValuesAs(JsonObject.class);
      for (int k = 1; k < refs.size(); k++) {
        JsonObject a = refs.get(k - 1);
        JsonObject b = refs.get(k);
        boolean ordered =
            a.getBoolean("sameTerritory") && !b.getBoolean("sameTerritory")
                || a.getBoolean("sameTerritory") == b.getBoolean("sameTerritory")
                    && (double) a.getInt("caseload") / a.getInt("maxCaseload")
                        <= (double) b.getInt("caseload") / b.getInt("maxCaseload");
        assertThat(ordered)
            .as("referents ranked by territory then caseload in " + s.getString("name"))
            .isTrue();
      }
    }
    assertThat(get(DIAGNOSTICS + "/" + id + "/placements", token("agent-59")).status())
        .isEqualTo(404);

    // Replay: the same table with the employment rule sending to the global pathway
    JsonArray rules =
        get("/api/v1/criteria/in-force", token("agent-08"))
            .json()
            .asJsonObject()
            .getJsonArray("rules");
    var candidate = Json.createArrayBuilder();
    for (JsonObject r : rules.getValuesAs(JsonObject.class)) {
      candidate.add(
          r.getString("code").startsWith("emploi")
              ? Json.createObjectBuilder(r).add("pathway", "SOCIO_PROFESSIONAL")
              : Json.createObjectBuilder(r));
    }
    JsonArray candidateRules = candidate.build();
    Http.Response replay =
        post(
            "/api/v1/criteria/replay",
            token("agent-08"),
            Json.createObjectBuilder().add("rules", candidateRules).build().toString());
    assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
    JsonObject report = replay.json().asJsonObject();
    assertThat(report.getJsonNumber("diagnostics").longValue()).isGreaterThanOrEqualTo(1);
    JsonObject change =
        report.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("diagnosticId").equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(change.getString("before")).isEqualTo("PROFESSIONAL");
    assertThat(change.getString("after")).isEqualTo("SOCIO_PROFESSIONAL");

    JsonObject direct =
        post(
                "/api/v1/criteria/simulate",
                token("agent-08"),
                Json.createObjectBuilder()
                    .add("rules", candidateRules)
                    .add("answers", answers)
                    .add("age", age)
                    .build()
                    .toString())
            .json()
            .asJsonObject();
    assertThat(direct.getString("pathway"))
        .as("replay equals direct evaluation")
        .isEqualTo(change.getString("after"));
    assertThat(direct.getJsonObject("decidedBy").getString("code"))
        .isEqualTo(change.getString("ruleAfter"));
    assertThat(report.getJsonObject("after").getJsonNumber("SOCIO_PROFESSIONAL").longValue())
        .isPositive();

    // Isolation: another département neither reads it nor opens one for this person
    assertThat(get(DIAGNOSTICS + "/" + id, token("agent-59")).status()).isEqualTo(404);
    assertThat(
            post(DIAGNOSTICS, token("agent-59"), "{\"beneficiaryId\": \"" + personId + "\"}")
                .status())
        .isEqualTo(404);
    JsonObject nordReplay =
        post("/api/v1/criteria/replay", token("agent-59"), "{}").json().asJsonObject();
    assertThat(nordReplay.getJsonArray("changes").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("diagnosticId"))
        .doesNotContain(id);
    assertThat(get(DIAGNOSTICS + "/" + id, token("plie-08")).status()).isEqualTo(403);
    assertThat(get(DIAGNOSTICS + "/" + id, null).status()).isEqualTo(401);
    assertThat(
            get(DIAGNOSTICS + "?beneficiaryId=" + personId, token("agent-08"))
                .json()
                .asJsonArray()
                .getValuesAs(JsonObject.class))
        .filteredOn(d -> d.getString("id").equals(id))
        .singleElement()
        .satisfies(d -> assertThat(d.getString("status")).isEqualTo("COMPLETED"));
  }
}
