package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.put;
import static fr.aiguillage.e2e.support.Http.token;
import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.e2e.support.Http;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A département adds its own question, uses it in a published rule, and cannot then remove it. */
class QuestionnaireApiIT {
  static final String QUESTIONNAIRES = "/api/v1/questionnaires";

  static String additions(boolean withPermis) {
    JsonArrayBuilder questions = Json.createArrayBuilder();
    if (withPermis) {
      questions.add(
          Json.createObjectBuilder()
              .add("code", "permis_b")
              .add("label", "Avez-vous le permis B ?")
              .addNull("help")
              .add("type", "YES_NO")
              .add("choices", Json.createArrayBuilder())
              .add("national", false)
              .add("askedToPerson", true)
              .add("thematiques", Json.createArrayBuilder().add("mobilite")));
    }
    return Json.createObjectBuilder()
        .add(
            "sections",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("code", "ardennes")
                        .add("title", "Questions des Ardennes")
                        .add("national", false)
                        .add("questions", questions)))
        .build()
        .toString();
  }

  @Test
  void aDepartementQuestionCanBeAddedUsedInARuleAndNotRemovedWhileARuleUsesIt() {
    assertThat(put(QUESTIONNAIRES, token("agent-08"), additions(true)).status()).isEqualTo(403);
    Http.Response added = put(QUESTIONNAIRES, token("admin-08"), additions(true));
    assertThat(added.status()).as(added.toString()).isEqualTo(200);
    assertThat(get(QUESTIONNAIRES + "/current", token("agent-08")).body())
        .contains("permis_b", "Questions des Ardennes");
    assertThat(get(QUESTIONNAIRES + "/current", token("agent-59")).body())
        .as("Nord's questionnaire is untouched")
        .doesNotContain("permis_b");

    JsonArray rules =
        get("/api/v1/criteria/in-force", token("admin-08"))
            .json()
            .asJsonObject()
            .getJsonArray("rules");
    JsonObject permisRule =
        Json.createObjectBuilder()
            .add("code", "sans-permis")
            .add("condition", "!permis_b && !activity_now")
            .add("pathway", "SOCIO_PROFESSIONAL")
            .add("needsReview", true)
            .add(
                "explanation",
                "Sans permis ni activité, la mobilité est à travailler : parcours global.")
            .add("unverified", false)
            .build();
    JsonArrayBuilder withPermis = Json.createArrayBuilder();
    for (int i = 0; i < rules.size(); i++) {
      if (i == rules.size() - 1) {
        withPermis.add(permisRule);
      }
      withPermis.add(rules.get(i));
    }
    Http.Response draft =
        put(
            "/api/v1/criteria/draft",
            token("admin-08"),
            Json.createObjectBuilder().add("rules", withPermis).build().toString());
    assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
    int version = draft.json().asJsonObject().getInt("version");
    assertThat(
            post(
                    "/api/v1/criteria/" + version + "/publish",
                    token("admin-08"),
                    "{\"effectiveFrom\": \""
                        + LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
                        + "\"}")
                .status())
        .isEqualTo(200);

    Http.Response breaking = put(QUESTIONNAIRES, token("admin-08"), additions(false));
    assertThat(breaking.status()).as(breaking.toString()).isEqualTo(400);
    assertThat(breaking.json().asJsonObject().getString("detail"))
        .contains("casserait une règle", "permis_b");
    assertThat(get(QUESTIONNAIRES + "/current", token("agent-08")).body())
        .as("nothing changed")
        .contains("permis_b");

    Http.Response retyped =
        put(
            QUESTIONNAIRES,
            token("admin-08"),
            additions(true).replace("\"code\":\"permis_b\"", "\"code\":\"rqth\""));
    assertThat(retyped.status()).as("a national code cannot be reused").isEqualTo(400);
  }
}
