package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.delete;
import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.put;
import static fr.aiguillage.e2e.support.Http.token;
import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.Scenarios;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Collective sessions through the API with real tokens and a real PostgreSQL (issue 14): the
 * capacity and who may be invited, check-in with walk-ins, closing (absentees to the next session),
 * cancellation (everyone moved to the next one), and the desk — two agents on one person, the
 * orientation validated and accepted on the spot by the PLIE present, the simplified contract
 * signed by both, a slot taken between the board and the desk — and the report's figures. Every
 * session has a kind of its own and every person is created here: the stack is shared.
 */
class SessionApiIT {
  static final String SESSIONS = "/api/v1/sessions";
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final Random RANDOM = new Random();

  @BeforeAll
  static void simplifiedContractPublished() {
    Scenarios.contractTemplatePublished("SIMPLIFIE");
  }

  /** A kind no other test uses. */
  static String kind() {
    return "Information collective essai " + RANDOM.nextInt(1_000_000);
  }

  static JsonObject plan(String kind, OffsetDateTime at, int capacity, String... structures) {
    JsonArrayBuilder present = Json.createArrayBuilder();
    for (String s : structures) {
      present.add(s);
    }
    Http.Response r =
        post(
            SESSIONS,
            token("coord-08"),
            Json.createObjectBuilder()
                .add("kind", kind)
                .add("startsAt", at.toString())
                .add("durationMinutes", 180)
                .add("address", "1 place Ducale, 08000 Charleville-Mézières")
                .add("room", "Salle 2")
                .add("capacity", capacity)
                .add("staff", Json.createArrayBuilder().add("Claire Martin"))
                .add("structureIds", present)
                .build()
                .toString());
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().asJsonArray().getJsonObject(0);
  }

  static OffsetDateTime inHours(int hours) {
    return OffsetDateTime.now(PARIS).plusHours(hours).truncatedTo(ChronoUnit.MINUTES);
  }

  /** A new person of the Ardennes waiting for their orientation (unique name). */
  static String freshPerson() {
    String caf = String.valueOf(30_000_000 + RANDOM.nextInt(60_000_000));
    StringBuilder name = new StringBuilder("Session");
    for (int i = 0; i < 8; i++) {
      name.append((char) ('a' + RANDOM.nextInt(26)));
    }
    Http.Response created =
        post(
            "/api/v1/beneficiaries",
            token("agent-08"),
            Scenarios.person(caf, null).replace("Dupont-Lefèvre", name.toString()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().asJsonObject().getString("id");
  }

  static Http.Response invite(String session, String... people) {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    for (String p : people) {
      ids.add(p);
    }
    return post(
        SESSIONS + "/" + session + "/invitations",
        token("coord-08"),
        Json.createObjectBuilder().add("personIds", ids).build().toString());
  }

  static Http.Response checkIn(String session, String person, String attendance) {
    return post(
        SESSIONS + "/" + session + "/check-ins",
        token("agent-08"),
        "{\"personId\": \"" + person + "\", \"attendance\": \"" + attendance + "\"}");
  }

  static JsonObject details(String session) {
    Http.Response r = get(SESSIONS + "/" + session, token("agent-08"));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().asJsonObject();
  }

  static JsonObject personIn(JsonObject details, String person) {
    return details.getJsonArray("people").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("personId").equals(person))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void capacityAndWhoMayBeInvited() {
    Http.Response bounds =
        post(SESSIONS, token("coord-08"), "{\"durationMinutes\": 10, \"capacity\": 0}");
    assertThat(bounds.status()).as(bounds.toString()).isEqualTo(400);
    assertThat(bounds.body()).contains("durationMinutes", "capacity");
    Http.Response refused =
        post(
            SESSIONS,
            token("coord-08"),
            "{\"kind\": \"\", \"startsAt\": \"2020-01-01T09:00:00+01:00\", \"durationMinutes\": 60,"
                + " \"capacity\": 10, \"videoUrl\": \"http://visio\"}");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body())
        .as("every problem at once")
        .contains("\"kind\"", "\"startsAt\"", "place.videoUrl")
        .contains("dans le futur", "https://");
    assertThat(post(SESSIONS, token("agent-08"), "{}").status())
        .as("the coordination plans")
        .isEqualTo(403);

    String s = plan(kind(), inHours(48), 2).getString("id");
    String a = freshPerson();
    String b = freshPerson();
    String c = freshPerson();
    Http.Response tooMany = invite(s, a, b, c);
    assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(409);
    assertThat(tooMany.body()).contains("Il reste 2 place(s)");
    assertThat(details(s).getJsonArray("people")).as("all or none").isEmpty();

    Http.Response invited = invite(s, a, b);
    assertThat(invited.status()).as(invited.toString()).isEqualTo(200);
    assertThat(invited.json().asJsonObject().getInt("remainingPlaces")).isZero();
    assertThat(invite(s, c).status()).as("full").isEqualTo(409);
    assertThat(invite(s, a).status()).as("twice").isIn(400, 409);

    String other = plan(kind(), inHours(72), 10).getString("id");
    Http.Response elsewhere = invite(other, a);
    assertThat(elsewhere.status()).isEqualTo(400);
    assertThat(elsewhere.body()).contains("déjà invitée à la session du");

    String ofTheNord =
        get("/api/v1/beneficiaries?size=1", token("agent-59"))
            .json()
            .asJsonObject()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    Http.Response foreign = invite(other, ofTheNord);
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.body()).contains("introuvable dans ce département");
    Http.Response oriented =
        invite(other, Scenarios.freshDecision("PLIE des Ardennes", null).person());
    assertThat(oriented.status()).isEqualTo(400);
    assertThat(oriented.body()).contains("déjà orientée");
    assertThat(get(SESSIONS + "/" + s, token("agent-59")).status())
        .as("another département's session")
        .isEqualTo(404);
    assertThat(get(SESSIONS + "/" + s + "/board", token("agent-59")).status()).isEqualTo(404);

    Http.Response declined = delete(SESSIONS + "/" + s + "/invitations/" + b, token("agent-08"));
    assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
    assertThat(declined.json().asJsonObject().getInt("remainingPlaces")).isEqualTo(1);
    assertThat(invite(s, c).status()).as("the freed place").isEqualTo(200);
    JsonObject ft = personIn(details(s), c).getJsonObject("franceTravail");
    assertThat(ft.getString("typeReception")).isEqualTo("COL");
    assertThat(ft.getString("motif")).isEqualTo("ORI");
    assertThat(ft.getString("statut")).isEqualTo("PLANIFIE");
  }

  @Test
  void checkInTakesWalkInsAndClosingInvitesTheAbsentToTheNextSession() {
    String kind = kind();
    String first = plan(kind, inHours(1), 10).getString("id");
    String next = plan(kind, inHours(24 * 7), 10).getString("id");
    String present = freshPerson();
    String late = freshPerson();
    String absent = freshPerson();
    String walkIn = freshPerson();
    assertThat(invite(first, present, late, absent).status()).isEqualTo(200);

    assertThat(checkIn(first, present, "PRESENT").status())
        .as("before the check-in opens")
        .isEqualTo(409);
    assertThat(post(SESSIONS + "/" + next + "/hold", token("agent-08"), "").status())
        .as("a week ahead")
        .isEqualTo(409);
    assertThat(post(SESSIONS + "/" + first + "/hold", token("agent-08"), "").status())
        .isEqualTo(200);
    assertThat(checkIn(first, present, "PRESENT").status()).isEqualTo(200);
    assertThat(checkIn(first, late, "LATE").status()).isEqualTo(200);
    Http.Response unknown = checkIn(first, present, "ICI");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("attendance", "PRESENT");
    Http.Response walked = checkIn(first, walkIn, "PRESENT");
    assertThat(walked.status()).as(walked.toString()).isEqualTo(200);
    assertThat(walked.json().asJsonObject().getBoolean("walkIn")).isTrue();
    assertThat(checkIn(first, freshPerson(), "ABSENT").status())
        .as("only a walk-in's coming is noted")
        .isEqualTo(409);
    assertThat(checkIn(first, java.util.UUID.randomUUID().toString(), "PRESENT").status())
        .isEqualTo(400);

    Http.Response closed = post(SESSIONS + "/" + first + "/close", token("agent-08"), "");
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    JsonObject followed = closed.json().asJsonObject();
    assertThat(followed.getString("nextSessionId")).isEqualTo(next);
    assertThat(followed.getJsonArray("invitedToNext").getString(0)).isEqualTo(absent);
    assertThat(personIn(details(first), absent).getString("attendance")).isEqualTo("ABSENT");
    assertThat(personIn(details(first), absent).getString("nextSessionId")).isEqualTo(next);
    assertThat(personIn(details(next), absent).getBoolean("declined")).isFalse();
    assertThat(post(SESSIONS + "/" + first + "/close", token("agent-08"), "").status())
        .as("closed once")
        .isEqualTo(409);

    JsonObject report =
        get(SESSIONS + "/" + first + "/report", token("agent-08")).json().asJsonObject();
    assertThat(report.getInt("invited")).isEqualTo(3);
    assertThat(report.getInt("walkIns")).isEqualTo(1);
    assertThat(report.getInt("present")).isEqualTo(2);
    assertThat(report.getInt("late")).isEqualTo(1);
    assertThat(report.getInt("absent")).isEqualTo(1);
  }

  @Test
  void aCancelledSessionTellsEveryoneAndMovesThemToTheNextOne() {
    String kind = kind();
    String cancelled = plan(kind, inHours(30), 5).getString("id");
    String next = plan(kind, inHours(24 * 14), 5).getString("id");
    String a = freshPerson();
    String b = freshPerson();
    assertThat(invite(cancelled, a, b).status()).isEqualTo(200);
    Http.Response noReason =
        post(SESSIONS + "/" + cancelled + "/cancel", token("coord-08"), "{\"reason\": \" \"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");
    Http.Response done =
        post(
            SESSIONS + "/" + cancelled + "/cancel",
            token("coord-08"),
            "{\"reason\": \"Salle indisponible (travaux).\"}");
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(
            done.json().asJsonObject().getJsonArray("invitedToNext").getValuesAs(JsonValue.class))
        .hasSize(2);
    assertThat(details(cancelled).getJsonObject("session").getString("state"))
        .isEqualTo("CANCELLED");
    assertThat(personIn(details(cancelled), a).getJsonObject("franceTravail").getString("statut"))
        .isEqualTo("ANNULE");
    assertThat(details(next).getJsonObject("session").getInt("remainingPlaces")).isEqualTo(3);
    assertThat(invite(cancelled, freshPerson()).status()).as("cancelled").isEqualTo(409);
    assertThat(
            post(SESSIONS + "/" + cancelled + "/cancel", token("coord-08"), "{\"reason\": \"x\"}")
                .status())
        .as("cancelled once")
        .isEqualTo(409);
  }

  @Test
  void theDeskOrientsContractsAndBooksWithThePliePresent() throws Exception {
    JsonObject plie =
        get("/api/v1/structures", token("agent-08"))
            .json()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(s -> s.getString("name").equals("PLIE des Ardennes"))
            .findFirst()
            .orElseThrow();
    String plieId = plie.getString("id");
    String pliePathway = plie.getJsonArray("pathways").getString(0);
    LocalDateTime tomorrow =
        LocalDate.now(PARIS).plusDays(1).atTime(8 + RANDOM.nextInt(9), RANDOM.nextInt(4) * 15);
    String slot1 =
        Scenarios.onlySlot(Scenarios.publish("plie-08", plieId, tomorrow, 15, "PHYSIQUE"));
    String slot2 =
        Scenarios.onlySlot(
            Scenarios.publish("plie-08", plieId, tomorrow.plusMinutes(15), 15, "PHYSIQUE"));

    String s = plan(kind(), inHours(1), 10, plieId).getString("id");
    String answered = freshPerson();
    String silent = freshPerson();
    assertThat(invite(s, answered, silent).status()).isEqualTo(200);
    String diagnostic =
        get("/api/v1/diagnostics?beneficiaryId=" + answered, token("agent-08"))
            .json()
            .asJsonArray()
            .getJsonObject(0)
            .getString("id");
    Http.Response answers =
        put(
            "/api/v1/diagnostics/" + diagnostic + "/answers",
            token("agent-08"),
            Json.createObjectBuilder().add("answers", Scenarios.closeToWork()).build().toString());
    assertThat(answers.status()).as(answers.toString()).isEqualTo(200);
    assertThat(post(SESSIONS + "/" + s + "/hold", token("coord-08"), "").status()).isEqualTo(200);
    assertThat(checkIn(s, answered, "PRESENT").status()).isEqualTo(200);
    assertThat(checkIn(s, silent, "LATE").status()).isEqualTo(200);

    JsonObject board = get(SESSIONS + "/" + s + "/board", token("agent-08")).json().asJsonObject();
    assertThat(board.getJsonObject("counts").getInt("present")).isEqualTo(2);
    JsonObject line = line(board, answered);
    assertThat(line.getJsonObject("proposal").getString("pathway")).isNotBlank();
    assertThat(line(board, silent).getJsonArray("flags").toString()).contains("NO_ANSWER");
    assertThat(board.getJsonArray("structures").getJsonObject(0).getString("name"))
        .isEqualTo("PLIE des Ardennes");

    Http.Response batch =
        post(
            SESSIONS + "/" + s + "/desk/validate-simple",
            token("agent-08"),
            "{\"personIds\": [\"" + silent + "\"]}");
    assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
    assertThat(batch.json().asJsonObject().getJsonArray("oriented")).isEmpty();
    assertThat(batch.json().asJsonObject().getJsonArray("skipped").toString())
        .contains("à voir au bureau");

    // two agents open the same person at once: one has them, the other is told
    String desk = SESSIONS + "/" + s + "/desk/" + answered;
    CompletableFuture<Http.Response> one =
        CompletableFuture.supplyAsync(() -> post(desk, token("agent-08"), ""));
    CompletableFuture<Http.Response> two =
        CompletableFuture.supplyAsync(() -> post(desk, token("coord-08"), ""));
    List<Integer> statuses = List.of(one.get().status(), two.get().status());
    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    String agent = one.get().status() == 200 ? "agent-08" : "coord-08";
    String other = agent.equals("agent-08") ? "coord-08" : "agent-08";
    assertThat((one.get().status() == 409 ? one.get() : two.get()).body())
        .contains("déjà au bureau de");

    String choice =
        Json.createObjectBuilder()
            .add("structureId", plieId)
            .add("pathway", pliePathway)
            .add("reason", "La personne souhaite l'accompagnement renforcé du PLIE.")
            .build()
            .toString();
    Http.Response validated = post(desk + "/validate", token(agent), choice);
    assertThat(validated.status()).as(validated.toString()).isEqualTo(200);
    JsonObject v = validated.json().asJsonObject();
    assertThat(v.getJsonObject("line").getString("outcome")).isEqualTo("ORIENTED");
    assertThat(v.getString("structureName")).isEqualTo("PLIE des Ardennes");
    assertThat(v.getJsonObject("line").getString("orientationState"))
        .isEqualTo("Acceptée par la structure");
    assertThat(post(desk + "/validate", token(agent), choice).status())
        .as("nothing doubled")
        .isEqualTo(409);
    String orientation = v.getJsonObject("line").getString("orientationId");
    String referral = Scenarios.referralOf(orientation);
    JsonObject seen =
        get("/api/v1/partner/referrals/" + referral, token("plie-08")).json().asJsonObject();
    assertThat(seen.toString()).contains("ACCEPTED");

    Http.Response drafted = post(desk + "/contract", token(agent), "");
    assertThat(drafted.status()).as(drafted.toString()).isEqualTo(200);
    JsonObject contract = drafted.json().asJsonObject().getJsonObject("contract");
    assertThat(contract.getString("state")).isEqualTo("TO_SIGN");
    assertThat(contract.getString("kind")).isEqualTo("SIMPLIFIE");
    String sha = contract.getString("documentSha256");
    String agentName = contract.getJsonObject("author").getString("referentName");
    String personName = contract.getString("personName");
    Http.Response wrongName =
        post(desk + "/signatures", token(agent), signatures(agentName, "Quelqu'un d'autre", sha));
    assertThat(wrongName.status()).as(wrongName.toString()).isEqualTo(400);
    Http.Response signed =
        post(desk + "/signatures", token(agent), signatures(agentName, personName, sha));
    assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
    assertThat(signed.json().asJsonObject().getJsonObject("contract").getString("state"))
        .isEqualTo("SIGNED");

    // the silent person is oriented to the PLIE at the other desk, which takes the first slot
    String silentDesk = SESSIONS + "/" + s + "/desk/" + silent;
    Http.Response silentValidated = post(silentDesk + "/validate", token(other), choice);
    assertThat(silentValidated.status()).as(silentValidated.toString()).isEqualTo(200);
    assertThat(
            post(silentDesk + "/appointment", token(other), "{\"slotId\": \"" + slot1 + "\"}")
                .status())
        .isEqualTo(200);
    Http.Response taken =
        post(desk + "/appointment", token(agent), "{\"slotId\": \"" + slot1 + "\"}");
    assertThat(taken.status()).as("the slot was just taken").isEqualTo(409);
    Http.Response booked =
        post(desk + "/appointment", token(agent), "{\"slotId\": \"" + slot2 + "\"}");
    assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
    String appointment = booked.json().asJsonObject().getJsonObject("appointment").getString("id");
    assertThat(get("/api/v1/partner/appointments/" + appointment, token("plie-08")).status())
        .as("the PLIE sees the appointment")
        .isEqualTo(200);
    assertThat(Scenarios.state(orientation)).isEqualTo("APPOINTMENT_BOOKED");

    // the report, figures by hand: 2 invited and present (one late), both oriented today, one
    // contract signed, two appointments; each entered rights and duties one month ago (Scenarios)
    JsonObject report =
        get(SESSIONS + "/" + s + "/report", token("coord-08")).json().asJsonObject();
    LocalDate today = LocalDate.now(PARIS);
    long days = ChronoUnit.DAYS.between(LocalDate.now().minusMonths(1), today);
    long fromClaim = ChronoUnit.DAYS.between(LocalDate.now().minusMonths(2), today);
    assertThat(report.getInt("invited")).isEqualTo(2);
    assertThat(report.getInt("present")).isEqualTo(1);
    assertThat(report.getInt("late")).isEqualTo(1);
    assertThat(report.getInt("orientedSameDay")).isEqualTo(2);
    assertThat(report.getInt("contractsSigned")).isEqualTo(1);
    assertThat(report.getInt("appointmentsBooked")).isEqualTo(2);
    assertThat(report.getJsonObject("delayFromRightsStart").getJsonNumber("meanDays").doubleValue())
        .isEqualTo((double) days);
    assertThat(report.getJsonObject("delayFromClaim").getJsonNumber("medianDays").doubleValue())
        .isEqualTo((double) fromClaim);
    Http.Response csv = get(SESSIONS + "/" + s + "/report.csv", token("coord-08"));
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(new String(csv.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .contains("orientées le jour même;2", "contrats signés;1");
  }

  static JsonObject line(JsonObject board, String person) {
    return board.getJsonArray("people").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("personId").equals(person))
        .findFirst()
        .orElseThrow();
  }

  static String signatures(String agent, String person, String sha) {
    return Json.createObjectBuilder()
        .add("agentConsent", true)
        .add("agentTypedName", agent)
        .add("personConsent", true)
        .add("personTypedName", person)
        .add("shownSha256", sha)
        .build()
        .toString();
  }
}
