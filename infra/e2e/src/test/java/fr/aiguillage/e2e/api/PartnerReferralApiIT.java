package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.token;
import static fr.aiguillage.e2e.support.Scenarios.NATIONAL_REASONS;
import static fr.aiguillage.e2e.support.Scenarios.freshReferralToThePlie;
import static fr.aiguillage.e2e.support.Scenarios.referralOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.Mailbox;
import fr.aiguillage.e2e.support.Scenarios;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The partner's API with real tokens: the PLIE sees the referral addressed to it and nothing else
 * (France Travail and the départements' agents do not reach it); it looks at it, accepts it with
 * its referent, or refuses another with a reason; the orientation moves on the département's side;
 * answering twice is refused.
 */
class PartnerReferralApiIT {
  static final String PARTNER = "/api/v1/partner/referrals";

  @Test
  void thePlieSeesItsReferralAcceptsItAndTheDepartementSeesItAccepted() {
    String orientation = freshReferralToThePlie();
    String referral = referralOf(orientation);

    awaitInInbox("plie-08", referral);
    assertThat(ids("ft-08-59")).as("France Travail").doesNotContain(referral);
    assertThat(get(PARTNER + "/" + referral, token("ft-08-59")).status()).isEqualTo(404);
    assertThat(get(PARTNER, token("agent-08")).status()).as("staff").isEqualTo(403);
    assertThat(get(PARTNER + "/" + referral, token("agent-59")).status()).isEqualTo(403);

    JsonObject seen = get(PARTNER + "/" + referral, token("plie-08")).json().asJsonObject();
    assertThat(seen.getJsonObject("summary").getString("departement")).isEqualTo("08");
    assertThat(seen.getJsonObject("summary").getString("structureName"))
        .isEqualTo("PLIE des Ardennes");
    assertThat(seen.getJsonArray("referents")).isNotEmpty();
    String referent = seen.getJsonArray("referents").getJsonObject(0).getString("id");

    Http.Response reviewing =
        post(PARTNER + "/" + referral + "/answer", token("plie-08"), "{\"answer\": \"REVIEWING\"}");
    assertThat(reviewing.status()).as(reviewing.toString()).isEqualTo(200);
    assertThat(reviewing.json().asJsonObject().getJsonObject("summary").getString("reviewingSince"))
        .isNotBlank();

    Http.Response noReferent =
        post(PARTNER + "/" + referral + "/answer", token("plie-08"), "{\"answer\": \"ACCEPT\"}");
    assertThat(noReferent.status()).isEqualTo(400);
    assertThat(noReferent.body()).contains("referentId", "Choisissez le référent");
    String otherReferent =
        get("/api/v1/referents", token("agent-08"))
            .json()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> !r.getString("structureName", "").equals("PLIE des Ardennes"))
            .findFirst()
            .orElseThrow()
            .getString("id");
    assertThat(
            post(
                    PARTNER + "/" + referral + "/answer",
                    token("plie-08"),
                    "{\"answer\": \"ACCEPT\", \"referentId\": \"" + otherReferent + "\"}")
                .status())
        .as("a referent of another structure")
        .isEqualTo(400);
    assertThat(
            post(
                    PARTNER + "/" + referral + "/answer",
                    token("ft-08-59"),
                    "{\"answer\": \"ACCEPT\", \"referentId\": \"" + referent + "\"}")
                .status())
        .as("another organisation")
        .isEqualTo(404);

    String accept = "{\"answer\": \"ACCEPT\", \"referentId\": \"" + referent + "\"}";
    Http.Response accepted = post(PARTNER + "/" + referral + "/answer", token("plie-08"), accept);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(accepted.json().asJsonObject().getJsonObject("summary").getString("status"))
        .isEqualTo("ACCEPTED");
    Http.Response twice = post(PARTNER + "/" + referral + "/answer", token("plie-08"), accept);
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.body()).contains("déjà reçu une suite");

    JsonObject file =
        get("/api/v1/orientations/" + orientation, token("agent-08")).json().asJsonObject();
    assertThat(file.getString("state")).isEqualTo("ACCEPTED");
    List<JsonObject> history = file.getJsonArray("history").getValuesAs(JsonObject.class);
    assertThat(history.get(history.size() - 1).getString("actor")).isEqualTo("plie-08");

    JsonObject orientationAccepted = event(orientation, "orientation.accepted");
    assertThat(orientationAccepted.getString("referentId"))
        .as("the referent the partner named")
        .isEqualTo(referent);
    for (String type : List.of("referral.sent", "referral.reviewing", "referral.accepted")) {
      assertThat(event(referral, type).getString("beneficiaryId"))
          .as("%s placed on the person", type)
          .isEqualTo(orientationAccepted.getString("beneficiaryId"));
    }
  }

  /** The payload of an aggregate's event of that type, as the outbox holds it. */
  static JsonObject event(String aggregateId, String type) {
    return jakarta.json.Json.createReader(
            new java.io.StringReader(ContractApiIT.awaitEvent(aggregateId, type)))
        .readObject();
  }

  @Test
  void aRefusalNeedsAReasonAndSendsThePersonBackToTheQueue() {
    String orientation = freshReferralToThePlie();
    String referral = referralOf(orientation);
    Http.Response noText =
        post(
            PARTNER + "/" + referral + "/answer",
            token("plie-08"),
            "{\"answer\": \"REFUSE\", \"reason\": \"AUTRE\"}");
    assertThat(noText.status()).isEqualTo(400);
    assertThat(noText.body()).contains("Précisez le motif");
    Http.Response unknown =
        post(
            PARTNER + "/" + referral + "/answer",
            token("plie-08"),
            "{\"answer\": \"REFUSE\", \"reason\": \"FLEMME\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("PLUS_DE_PLACE");

    Http.Response refused =
        post(
            PARTNER + "/" + referral + "/answer",
            token("plie-08"),
            "{\"answer\": \"REFUSE\", \"reason\": \"PLUS_DE_PLACE\", \"text\": \"Reprise possible en mars.\"}");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
    assertThat(refused.json().asJsonObject().getString("refusalReason")).contains("Plus de place");

    JsonObject file =
        get("/api/v1/orientations/" + orientation, token("agent-08")).json().asJsonObject();
    assertThat(file.getString("state")).isEqualTo("REFUSED");
    List<JsonObject> history = file.getJsonArray("history").getValuesAs(JsonObject.class);
    assertThat(history.get(history.size() - 1).getString("reason"))
        .contains("Refusée par PLIE des Ardennes", "Plus de place", "Reprise possible en mars.");
    assertThat(Scenarios.queue("agent-08", ""))
        .as("back in the agent's queue")
        .extracting(i -> i.getString("orientationId"))
        .contains(orientation);
    String person = orientationPerson(orientation);
    String told =
        Mailbox.text(
            Mailbox.awaitMessage(
                m ->
                    Mailbox.subject(m).equals("Orientation refusée par PLIE des Ardennes")
                        && Mailbox.text(m).contains(person)));
    assertThat(told)
        .as("the coordination is told, with the reason")
        .contains("Reprise possible en mars");
  }

  @Test
  void thePartnerSeesTheDiagnosticOnlyIfThePersonAgreed() {
    String orientation = freshReferralToThePlie();
    String referral = referralOf(orientation);
    assertThat(sharedDiagnostic(referral)).as("not shared yet").isNull();
    String person = orientationPerson(orientation);
    String diagnostic =
        get("/api/v1/diagnostics?beneficiaryId=" + person, token("agent-08"))
            .json()
            .asJsonArray()
            .getJsonObject(0)
            .getString("id");
    String sharing = "/api/v1/diagnostics/" + diagnostic + "/sharing";
    assertThat(Http.put(sharing, token("agent-59"), "{\"shared\": true}").status())
        .as("another département's diagnostic")
        .isEqualTo(404);
    assertThat(Http.put(sharing, token("plie-08"), "{\"shared\": true}").status()).isEqualTo(403);
    Http.Response agreed = Http.put(sharing, token("agent-08"), "{\"shared\": true}");
    assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
    assertThat(agreed.json().asJsonObject().getString("sharedBy")).isEqualTo("agent-08");

    assertThat(sharedDiagnostic(referral).getString("synthesis"))
        .isEqualTo("Projet à construire avec le PLIE.");

    assertThat(Http.put(sharing, token("agent-08"), "{\"shared\": false}").status()).isEqualTo(200);
    assertThat(sharedDiagnostic(referral)).as("the person changed their mind").isNull();
  }

  /** What the PLIE sees of the person's diagnostic, null when nothing is shared. */
  private static JsonObject sharedDiagnostic(String referral) {
    JsonObject seen = get(PARTNER + "/" + referral, token("plie-08")).json().asJsonObject();
    return seen.containsKey("diagnostic") && !seen.isNull("diagnostic")
        ? seen.getJsonObject("diagnostic")
        : null;
  }

  @Test
  void anOrganisationSetsItsOwnRefusalReasons() {
    String reasons = PARTNER + "/refusal-reasons";
    String list =
        "[{\"code\": \"LISTE_ATTENTE\", \"label\": \"Inscrite sur notre liste d'attente\"},"
            + " {\"code\": \"PLUS_DE_PLACE\", \"label\": \"Plus de place disponible\"},"
            + " {\"code\": \"HORS_TERRITOIRE\", \"label\": \"Hors territoire\", \"active\": false}]";
    assertThat(Http.put(reasons, token("plie-08"), list).status())
        .as("a partner user is not the organisation's admin")
        .isEqualTo(403);
    Http.Response bad =
        Http.put(
            reasons,
            token("partner-admin-08"),
            "[{\"code\": \"liste attente\", \"label\": \"x\"}, {\"code\": \"AUTRE\", \"label\": \"Autre motif\", \"active\": false}]");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("reasons[0].code", "reasons[0].label", "reasons[1].active");
    Http.Response set = Http.put(reasons, token("partner-admin-08"), list);
    assertThat(set.status()).as(set.toString()).isEqualTo(200);

    List<String> offered =
        get(reasons, token("plie-08")).json().asJsonArray().getValuesAs(JsonObject.class).stream()
            .map(x -> x.getString("code"))
            .toList();
    assertThat(offered).containsExactly("LISTE_ATTENTE", "PLUS_DE_PLACE", "AUTRE");
    assertThat(get(reasons, token("ft-08-59")).body())
        .as("France Travail keeps the national list")
        .contains("HORS_TERRITOIRE")
        .doesNotContain("LISTE_ATTENTE");

    String referral = referralOf(freshReferralToThePlie());
    Http.Response retired =
        post(
            PARTNER + "/" + referral + "/answer",
            token("plie-08"),
            "{\"answer\": \"REFUSE\", \"reason\": \"HORS_TERRITOIRE\"}");
    assertThat(retired.status()).isEqualTo(400);
    assertThat(retired.body()).contains("LISTE_ATTENTE");
    Http.Response refused =
        post(
            PARTNER + "/" + referral + "/answer",
            token("plie-08"),
            "{\"answer\": \"REFUSE\", \"reason\": \"LISTE_ATTENTE\"}");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
    assertThat(refused.json().asJsonObject().getString("refusalReason"))
        .isEqualTo("Inscrite sur notre liste d'attente");

    // back to the national list for the other tests
    assertThat(Http.put(reasons, token("partner-admin-08"), NATIONAL_REASONS).status())
        .isEqualTo(200);
  }

  private static String orientationPerson(String orientation) {
    return get("/api/v1/orientations/" + orientation, token("agent-08"))
        .json()
        .asJsonObject()
        .getString("beneficiaryId");
  }

  /** A referral sent by the département shows in the API's inbox within its cache's delay. */
  static void awaitInInbox(String user, String referral) {
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> ids(user).contains(referral));
  }

  @Test
  void theInboxPagesAreKeptPerOrganisationAndAnAnswerShowsAtOnce() {
    String referral = referralOf(freshReferralToThePlie());
    awaitInInbox("plie-08", referral);
    // the same query, at once, by another organisation: not the PLIE's page
    assertThat(ids("ft-08-59")).doesNotContain(referral);
    // the PLIE's page is cached (as UTF-8 text: the person's accents intact); its answer through
    // the API empties it
    assertThat(ids("plie-08")).contains(referral);
    assertThat(
            get(PARTNER + "?size=200", token("plie-08"))
                .json()
                .asJsonObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(i -> i.getString("referralId").equals(referral))
                .findFirst()
                .orElseThrow()
                .getString("firstNames"))
        .isEqualTo("Élise Marie");
    Http.Response refused =
        post(
            PARTNER + "/" + referral + "/answer",
            token("plie-08"),
            "{\"answer\": \"REFUSE\", \"reason\": \"PLUS_DE_PLACE\"}");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
    assertThat(ids("plie-08")).as("waiting referrals, right after").doesNotContain(referral);
  }

  private static List<String> ids(String user) {
    Http.Response r = get(PARTNER + "?size=200", token(user));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(i -> i.getString("referralId"))
        .toList();
  }
}
