package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.token;
import static fr.aiguillage.e2e.support.Scenarios.onlySlot;
import static fr.aiguillage.e2e.support.Scenarios.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.Scenarios;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 2 through the API, on the real stack: the CNAF's beneficiaries flow (XML, in
 * ISO-8859-1) posted like a list; people followed by the scope rule, out of scope with the reason;
 * the same flow twice; a closed right ending, for a person with an appointment booked and for one
 * whose referral waits, the appointment, the referral and the orientation (events and all); an
 * older flow refused; a later flow bringing a person back; nothing of it visible to the Nord; and a
 * flow full of traps imported for its good households, each trap reported where it is.
 */
class CafFlowApiIT {
  static final String IMPORTS = "/api/v1/imports";
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
  static final Random RANDOM = new Random();

  /** A person already followed, as the flow will name them. */
  record Known(String id, String caf, String lastName, String firstNames, String birthDate) {
    static Known of(String person) {
      JsonObject b =
          get("/api/v1/beneficiaries/" + person, token("agent-08")).json().asJsonObject();
      return new Known(
          person,
          b.getString("cafNumber"),
          b.getString("lastName"),
          b.getString("firstNames"),
          b.getString("birthDate"));
    }
  }

  static String letters(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('A' + RANDOM.nextInt(26)));
    }
    return b.toString();
  }

  static String household(String caf, int state, String persons) {
    return "<InfosFoyerRSA><IdentificationRSA><NUMDEMRSA>D"
        + caf
        + "</NUMDEMRSA><MATRICULE>"
        + caf
        + "</MATRICULE><DTDEMRSA>"
        + TODAY.minusMonths(3)
        + "</DTDEMRSA></IdentificationRSA><SituationDossierRSA><ETATDOSRSA>"
        + state
        + "</ETATDOSRSA></SituationDossierRSA><NATPF>RSD</NATPF><Adresse><NUMVOIE>3</NUMVOIE>"
        + "<LIBTYPEVOIE>RUE</LIBTYPEVOIE><NOMVOIE>DE LA GARE</NOMVOIE><CODEPOS>08000</CODEPOS>"
        + "<NOMCOM>CHARLEVILLE-MEZIERES</NOMCOM><NUMCOM>08105</NUMCOM></Adresse>"
        + persons
        + "</InfosFoyerRSA>";
  }

  static String person(String last, String first, String birth, String role, int rdd) {
    return "<Personne><QUAL>MME</QUAL><NOM>"
        + last
        + "</NOM><PRENOM>"
        + first
        + "</PRENOM><DTNAI>"
        + birth
        + "</DTNAI><ROLEPERS>"
        + role
        + "</ROLEPERS><TOPPERSDRODEVORSA>"
        + rdd
        + "</TOPPERSDRODEVORSA></Personne>";
  }

  static String person(Known k, int rdd) {
    return person(k.lastName(), k.firstNames(), k.birthDate(), "DEM", rdd);
  }

  static byte[] flow(LocalDate date, String... households) {
    return ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Flux><IdentificationFlux><DTCREAFLUX>"
            + date
            + "</DTCREAFLUX><HEUCREAFLUX>0412</HEUCREAFLUX></IdentificationFlux>"
            + String.join("", households)
            + "</Flux>")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  static JsonObject run(byte[] body) {
    Http.Response started =
        Http.send(
            HttpRequest.newBuilder(URI.create(Http.app() + IMPORTS))
                .header("Authorization", "Bearer " + token("agent-08"))
                .header("Content-Type", "application/xml")
                .header("X-File-Name", "RSABEM.xml")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    String id = started.json().asJsonObject().getString("id");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                !get(IMPORTS + "/" + id, token("agent-08"))
                    .json()
                    .asJsonObject()
                    .getString("status")
                    .equals("RUNNING"));
    return get(IMPORTS + "/" + id, token("agent-08")).json().asJsonObject();
  }

  static List<JsonObject> report(JsonObject run) {
    return get(IMPORTS + "/" + run.getString("id") + "/problems?size=100", token("agent-08"))
        .json()
        .asJsonObject()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class);
  }

  /** The people of the user's département whose name has {@code text}, with their status. */
  static List<JsonObject> people(String user, String text) {
    Http.Response r = get("/api/v1/beneficiaries?size=50&q=" + text, token(user));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  static String caf() {
    return String.valueOf(9_000_000 + RANDOM.nextInt(999_999));
  }

  @Test
  void aFlowFollowsPeopleAClosedRightEndsWhatWasInProgressAndALaterFlowBringsThemBack() {
    // A: accepted by the PLIE, an appointment booked; B: a referral waiting for the PLIE
    AppointmentApiIT.Accepted a = AppointmentApiIT.acceptedByThePlie(null);
    String slot =
        onlySlot(
            publish("plie-08", a.structure(), TODAY.plusDays(4).atTime(10, 0), 45, "PHYSIQUE"));
    Http.Response booked = AppointmentApiIT.book("plie-08", a.referral(), slot);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
    String appointment = booked.json().asJsonObject().getString("id");
    String orientationB = Scenarios.freshReferralToThePlie();
    String referralB = Scenarios.referralOf(orientationB);
    Known ka = Known.of(a.person());
    Known kb =
        Known.of(
            get("/api/v1/orientations/" + orientationB, token("agent-08"))
                .json()
                .asJsonObject()
                .getString("beneficiaryId"));
    // N: a new household, claimant and spouse and a child; O: a refused right
    String n = "Flux" + letters(6);
    String newCaf = caf();
    String households =
        household(ka.caf(), 2, person(ka, 1))
            + household(kb.caf(), 2, person(kb, 1))
            + household(
                newCaf,
                2,
                person(n, "Hélène", "1984-05-06", "DEM", 1)
                    + person(n, "Noël", "1983-07-08", "CJT", 1)
                    + person(n, "Zoé", "2016-01-02", "ENF", 0))
            + household(caf(), 1, person("Flux" + letters(6), "Luc", "1979-01-01", "DEM", 1));
    LocalDate d1 = TODAY.minusDays(2);

    JsonObject first = run(flow(d1, households));
    assertThat(first.getString("status")).as(first.toString()).isEqualTo("DONE");
    assertThat(first.getString("source")).isEqualTo("CAF_XML");
    assertThat(first.getString("flowDate")).isEqualTo(d1.toString());
    assertThat(first.getInt("created")).isEqualTo(2);
    assertThat(first.getInt("updated")).as("what the flow says of A's and B's right").isEqualTo(2);
    assertThat(first.getInt("outOfScope")).isEqualTo(1);
    assertThat(report(first))
        .filteredOn(l -> l.getString("kind").equals("OUT_OF_SCOPE"))
        .extracting(l -> l.getInt("row"), l -> l.getString("message"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                4, "État du droit 1 (droit refusé) hors du champ du département."));
    List<JsonObject> newPeople = people("agent-08", n);
    assertThat(newPeople)
        .extracting(p -> p.getString("firstNames"), p -> p.getString("status"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Hélène", "TO_ORIENT"),
            org.assertj.core.groups.Tuple.tuple("Noël", "TO_ORIENT"));
    assertThat(people("agent-59", n)).as("the Nord sees none of it").isEmpty();
    assertThat(get(IMPORTS + "/" + first.getString("id"), token("agent-59")).status())
        .isEqualTo(404);

    JsonObject again = run(flow(d1, households));
    assertThat(again.getInt("created") + again.getInt("updated")).as("the same flow").isZero();
    assertThat(again.getInt("unchanged")).isEqualTo(4);
    assertThat(again.getInt("outOfScope"))
        .as("the refused right's household, found with its report")
        .isEqualTo(1);
    assertThat(report(again))
        .filteredOn(l -> l.getString("kind").equals("OUT_OF_SCOPE"))
        .extracting(l -> l.getInt("row"), l -> l.getString("column"), l -> l.getString("message"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                4,
                "Demandeur (DEM)",
                "État du droit 1 (droit refusé) hors du champ du département."));

    // A's and B's right closes
    LocalDate d2 = TODAY.minusDays(1);
    String closed =
        household(ka.caf(), 5, person(ka, 1))
            + household(kb.caf(), 6, person(kb, 1))
            + household(
                newCaf,
                2,
                person(n, "Hélène", "1984-05-06", "DEM", 1)
                    + person(n, "Noël", "1983-07-08", "CJT", 1));
    JsonObject exit = run(flow(d2, closed));
    assertThat(exit.getString("status")).as(exit.toString()).isEqualTo("DONE");
    assertThat(exit.getInt("exited")).isEqualTo(2);
    assertThat(report(exit))
        .filteredOn(l -> l.getString("kind").equals("LEFT"))
        .extracting(l -> l.getInt("row"), l -> l.getString("message"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                1,
                "Sorti(e) du RSA le "
                    + d2.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    + " : Droit au RSA clos (état 5)."),
            org.assertj.core.groups.Tuple.tuple(
                2,
                "Sorti(e) du RSA le "
                    + d2.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    + " : Droit au RSA clos (état 6)."));
    assertThat(Scenarios.state(a.orientation())).isEqualTo("CLOSED");
    assertThat(Scenarios.state(orientationB)).isEqualTo("CLOSED");
    JsonObject appointmentNow =
        get("/api/v1/orientations/" + a.orientation() + "/appointments", token("agent-08"))
            .json()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(x -> x.getString("id").equals(appointment))
            .findFirst()
            .orElseThrow();
    assertThat(appointmentNow.getString("status")).isEqualTo("CANCELLED");
    JsonObject referral =
        get("/api/v1/orientations/" + orientationB, token("agent-08"))
            .json()
            .asJsonObject()
            .getJsonArray("referrals")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getString("id").equals(referralB))
            .findFirst()
            .orElseThrow();
    assertThat(referral.getString("status")).isEqualTo("WITHDRAWN");
    JsonObject fileA =
        get("/api/v1/beneficiaries/" + a.person(), token("agent-08")).json().asJsonObject();
    assertThat(fileA.getString("status")).isEqualTo("CLOSED");
    assertThat(fileA.getJsonObject("right").getString("exitDate")).isEqualTo(d2.toString());
    assertThat(fileA.getJsonObject("right").getInt("state")).isEqualTo(5);
    assertThat(run(flow(d2, closed)).getInt("exited")).as("leaving once").isZero();

    // an older flow would undo newer facts: refused whole
    JsonObject older = run(flow(TODAY.minusDays(20), households));
    assertThat(older.getString("status")).isEqualTo("FAILED");
    assertThat(older.getString("failure")).contains("plus ancien que le dernier importé");
    assertThat(older.getInt("created") + older.getInt("updated")).isZero();

    // a later flow reopens A's right: A is back, waiting to be oriented again
    JsonObject back = run(flow(TODAY, household(ka.caf(), 2, person(ka, 1))));
    assertThat(back.getInt("updated")).isEqualTo(1);
    JsonObject fileBack =
        get("/api/v1/beneficiaries/" + a.person(), token("agent-08")).json().asJsonObject();
    assertThat(fileBack.getString("status")).isEqualTo("TO_ORIENT");
    assertThat(fileBack.getJsonObject("right").get("exitDate"))
        .as("the exit is in the history, not on the reopened file")
        .isIn(null, jakarta.json.JsonValue.NULL);
    JsonObject reopened =
        get("/api/v1/orientations/of-beneficiary/" + a.person(), token("agent-08"))
            .json()
            .asJsonObject();
    assertThat(reopened.getString("id")).isNotEqualTo(a.orientation());
    assertThat(reopened.getString("state")).isEqualTo("TO_ORIENT");
  }

  @Test
  void aFlowWithTrapsImportsItsGoodHouseholdsAndSaysWhereEachTrapIs() {
    String n = "Piege" + letters(6);
    String good = household(caf(), 2, person(n, "Gaëlle", "1990-02-03", "DEM", 1));
    String noClaimant = household(caf(), 2, person(n, "Seul", "1990-02-03", "CJT", 1));
    String impossible = household(caf(), 2, person(n, "Date", "1990-02-30", "DEM", 1));
    String badState = household(caf(), 9, person(n, "Etat", "1990-02-03", "DEM", 1));
    String badNir =
        household(
            caf(),
            2,
            person(n, "Nir", "1990-02-03", "DEM", 1)
                .replace("</DTNAI>", "</DTNAI><NIR>290020810501299</NIR>"));
    String nord =
        household(caf(), 2, person(n, "Lille", "1990-02-03", "DEM", 1))
            .replace("08000", "59000")
            .replace("08105", "59350");
    byte[] whole =
        flow(TODAY, good, noClaimant, impossible, badState, badNir, nord, good.replace(n, n + "x"));
    // cut in the middle of the last household: the file was truncated
    byte[] truncated = java.util.Arrays.copyOf(whole, whole.length - 120);
    JsonObject run = run(truncated);
    assertThat(run.getString("status")).isEqualTo("FAILED");
    assertThat(run.getString("failure"))
        .startsWith("Ligne 1, colonne ")
        .contains("fichier tronqué")
        .contains("Les 6 foyers lus avant sont importés");
    assertThat(run.getInt("created")).as("the good household").isEqualTo(1);
    assertThat(report(run))
        .filteredOn(l -> l.getString("kind").equals("REJECTED"))
        .extracting(l -> l.getInt("row"))
        .containsExactlyInAnyOrder(2, 3, 4, 5, 6);
    assertThat(report(run))
        .filteredOn(l -> l.getInt("row") == 6)
        .extracting(l -> l.getString("message"))
        .allSatisfy(m -> assertThat(m).contains("département 59"));
    assertThat(people("agent-08", n))
        .extracting(p -> p.getString("firstNames"))
        .containsExactly("Gaëlle");
  }
}
