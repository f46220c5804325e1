package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.put;
import static fr.aiguillage.e2e.support.Http.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.Mailbox;
import fr.aiguillage.e2e.support.Scenarios;
import fr.aiguillage.e2e.support.ServerLog;
import fr.aiguillage.e2e.support.TestStack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Contracts through the API with real tokens, a real PostgreSQL and a real SMTP server: a
 * département referent drafts from the diagnostic, edits, submits (the PDF frozen), both sign in
 * person, and the signed PDF, the history, the orientation's delays and the {@code contract.signed}
 * event all carry the hash; the person signs another remotely, the link by e-mail (a real SMTP
 * server) and the one-time code by SMS (the SMS port), or guesses a code until it locks; the bad
 * inputs the issue lists are refused in French, nothing half-written; the PLIE writes for the
 * person it accepted and nobody else reaches another's contract.
 */
class ContractApiIT {
  static final String CONTRACTS = "/api/v1/contracts";
  static final String PARTNER = "/api/v1/partner/contracts";
  static final String DEPARTEMENT_SERVICE = "Service insertion – DT Nord Ardennes";

  @BeforeAll
  static void contratDEngagementPublished() {
    Scenarios.contractTemplatePublished("CONTRAT_ENGAGEMENT");
  }

  /** A person oriented to the département's own service, their mobility a strong barrier. */
  static Scenarios.Decided oriented() {
    return Scenarios.freshDecision(
        DEPARTEMENT_SERVICE,
        Scenarios.closeToWork()
            .add("barrier_mobility", "STRONG")
            .add("expectations", "Passer le permis pour aller travailler"));
  }

  static JsonObject draft(String user, String person) {
    Http.Response r = post(CONTRACTS, token(user), "{\"beneficiaryId\": \"" + person + "\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.raw().headers().firstValue("Location")).isPresent();
    return r.json().asJsonObject();
  }

  /**
   * The draft's plan with hours set (15 a week over the proposed actions, or one action written
   * with the person when nothing was proposed) and a date.
   */
  static String finished(JsonObject contract) {
    JsonObject plan = contract.getJsonObject("plan");
    var objectives = Json.createArrayBuilder();
    if (plan.getJsonArray("objectives").isEmpty()) {
      objectives.add(
          Json.createObjectBuilder()
              .add("title", "Retrouver un emploi")
              .add(
                  "actions",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("label", "Ateliers de recherche d'emploi du PLIE")
                              .add("category", "JOB_SEARCH")
                              .add("who", "PERSON")
                              .add("dueBy", contract.getJsonObject("term").getString("reviewOn"))
                              .add("hoursPerWeek", 15))));
    }
    int actions = 0;
    for (JsonObject o : plan.getJsonArray("objectives").getValuesAs(JsonObject.class)) {
      actions += o.getJsonArray("actions").size();
    }
    int each = (int) Math.ceil(15.0 / Math.max(1, actions));
    for (JsonObject o : plan.getJsonArray("objectives").getValuesAs(JsonObject.class)) {
      var list = Json.createArrayBuilder();
      for (JsonObject a : o.getJsonArray("actions").getValuesAs(JsonObject.class)) {
        list.add(Json.createObjectBuilder(a).add("hoursPerWeek", each));
      }
      objectives.add(Json.createObjectBuilder(o).add("actions", list));
    }
    return Json.createObjectBuilder()
        .add("startDate", contract.getJsonObject("term").getString("start"))
        .add("durationMonths", 6)
        .add("reviewOn", contract.getJsonObject("term").getString("reviewOn"))
        .add(
            "plan",
            Json.createObjectBuilder()
                .add("objectives", objectives)
                .add("requiredWeeklyHours", 15)
                .addNull("exemptionReason"))
        .add("rowVersion", contract.getJsonNumber("rowVersion").longValue())
        .build()
        .toString();
  }

  static String signing(String signer, String name, String sha) {
    return Json.createObjectBuilder()
        .add("signer", signer)
        .add("consent", true)
        .add("typedName", name)
        .add("documentSha256", sha)
        .build()
        .toString();
  }

  @Test
  void aReferentDraftsFromTheDiagnosticAndBothSignInPerson() throws Exception {
    Scenarios.Decided d = oriented();
    JsonObject drafted = draft("referent-08", d.person());
    String id = drafted.getString("id");
    assertThat(drafted.getString("state")).isEqualTo("DRAFT");
    assertThat(drafted.getJsonObject("author").getString("referentName"))
        .isEqualTo("Thomas Girard");
    assertThat(drafted.getJsonObject("plan").getJsonArray("objectives").toString())
        .as("the strong mobility barrier proposes its theme's actions")
        .contains("mobilit");
    assertThat(drafted.getString("html")).contains("Girard");
    assertThat(
            post(CONTRACTS, token("referent-08"), "{\"beneficiaryId\": \"" + d.person() + "\"}")
                .status())
        .as("a second draft beside the first")
        .isEqualTo(409);
    assertThat(
            post(CONTRACTS, token("agent-08"), "{\"beneficiaryId\": \"" + d.person() + "\"}")
                .status())
        .as("agents read, referents write")
        .isEqualTo(403);

    Http.Response unfinished = post(CONTRACTS + "/" + id + "/submit", token("referent-08"), "");
    assertThat(unfinished.status()).as("no hours planned yet").isEqualTo(400);

    String body = finished(drafted);
    Http.Response edited = put(CONTRACTS + "/" + id, token("referent-08"), body);
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    Http.Response stale = put(CONTRACTS + "/" + id, token("referent-08"), body);
    assertThat(stale.status()).as("the second of two editors is told").isEqualTo(409);
    assertThat(stale.body()).contains("modifié entre-temps");

    Http.Response submitted = post(CONTRACTS + "/" + id + "/submit", token("referent-08"), "");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    JsonObject toSign = submitted.json().asJsonObject();
    assertThat(toSign.getString("state")).isEqualTo("TO_SIGN");
    String sha = toSign.getString("documentSha256");
    byte[] frozen = pdf(CONTRACTS + "/" + id + "/pdf", "referent-08");
    assertThat(sha256(frozen)).as("the hash is the exact PDF's").isEqualTo(sha);

    Http.Response changed =
        post(
            CONTRACTS + "/" + id + "/signatures",
            token("referent-08"),
            signing("REFERENT", "Thomas Girard", "0".repeat(64)));
    assertThat(changed.status()).as("a document that changed since shown").isEqualTo(409);
    assertThat(changed.body()).contains("a changé");
    Http.Response noConsent =
        post(
            CONTRACTS + "/" + id + "/signatures",
            token("referent-08"),
            signing("REFERENT", "Thomas Girard", sha)
                .replace("\"consent\":true", "\"consent\":false"));
    assertThat(noConsent.status()).isEqualTo(400);

    Http.Response referent =
        post(
            CONTRACTS + "/" + id + "/signatures",
            token("referent-08"),
            signing("REFERENT", "Thomas Girard", sha));
    assertThat(referent.status()).as(referent.toString()).isEqualTo(200);
    assertThat(
            post(
                    CONTRACTS + "/" + id + "/signatures",
                    token("referent-08"),
                    signing("REFERENT", "Thomas Girard", sha))
                .status())
        .as("signing twice")
        .isEqualTo(409);
    String personName = toSign.getString("personName");
    Http.Response person =
        post(
            CONTRACTS + "/" + id + "/signatures",
            token("referent-08"),
            signing("PERSON", personName, sha));
    assertThat(person.status()).as(person.toString()).isEqualTo(200);
    JsonObject signed = person.json().asJsonObject();
    assertThat(signed.getString("state")).isEqualTo("SIGNED");
    assertThat(signed.getJsonArray("signatures")).hasSize(2);
    assertThat(signed.getJsonArray("history").toString())
        .contains("DRAFTED", "EDITED", "SUBMITTED", "SIGNED_BY_REFERENT", "SIGNED_BY_PERSON");

    byte[] copy = pdf(CONTRACTS + "/" + id + "/pdf", "referent-08");
    try (PDDocument doc = Loader.loadPDF(copy)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Page de signature", sha, "Thomas Girard");
      assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
    }
    assertThat(put(CONTRACTS + "/" + id, token("referent-08"), body).status())
        .as("a signed contract never changes")
        .isEqualTo(409);

    JsonObject orientation =
        get("/api/v1/orientations/" + d.orientation(), token("agent-08")).json().asJsonObject();
    assertThat(orientation.getJsonArray("history").toString()).contains("Contrat signé");
    assertThat(orientation.getJsonObject("delays").getJsonObject("contract").getString("signedOn"))
        .isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString());

    String event = awaitEvent(id, "contract.signed");
    assertThat(event).contains(sha).doesNotContain(personName);
    List<String> planned =
        Pattern.compile("\"category\":\"([A-Z_]+)\"")
            .matcher(body)
            .results()
            .map(m -> m.group(1))
            .distinct()
            .toList();
    assertThat(planned).isNotEmpty();
    assertThat(
            Json.createReader(new java.io.StringReader(event))
                .readObject()
                .getJsonArray("actionCategories")
                .getValuesAs(jakarta.json.JsonString::getString))
        .as("the signed plan's DREES categories, once each")
        .containsExactlyInAnyOrderElementsOf(planned);

    List<String> listed =
        get(CONTRACTS + "?beneficiaryId=" + d.person(), token("coord-08"))
            .json()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(c -> c.getString("id"))
            .toList();
    assertThat(listed).containsExactly(id);
    assertThat(get(CONTRACTS + "/" + id, token("agent-59")).status())
        .as("another département")
        .isEqualTo(404);
    assertThat(get(CONTRACTS + "/" + id + "/pdf", token("agent-59")).status()).isEqualTo(404);
    assertThat(get(PARTNER + "/" + id, token("plie-08")).status())
        .as("a partner reaches only its own contracts")
        .isEqualTo(404);
    assertThat(get(CONTRACTS + "/" + id, Http.forgeTenant(token("agent-59"), "08")).status())
        .as("a forged tenant claim")
        .isEqualTo(401);
  }

  @Test
  void thePersonSignsRemotelyWithAOneTimeCodeByEmail() throws Exception {
    Scenarios.Decided d = oriented();
    String email = "contrat." + d.person().substring(0, 8) + "@exemple.fr";
    Scenarios.contact(d.person(), email, "06 12 34 56 78");
    JsonObject drafted = draft("referent-08", d.person());
    String id = drafted.getString("id");
    assertThat(put(CONTRACTS + "/" + id, token("referent-08"), finished(drafted)).status())
        .isEqualTo(200);
    String sha =
        post(CONTRACTS + "/" + id + "/submit", token("referent-08"), "")
            .json()
            .asJsonObject()
            .getString("documentSha256");
    assertThat(
            post(
                    CONTRACTS + "/" + id + "/signatures",
                    token("referent-08"),
                    signing("REFERENT", "Thomas Girard", sha))
                .status())
        .isEqualTo(200);

    Http.Response sent =
        post(
            CONTRACTS + "/" + id + "/remote-signature",
            token("referent-08"),
            "{\"channel\": \"EMAIL\"}");
    assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
    assertThat(sent.json().asJsonObject().getString("to")).doesNotContain("contrat.");
    MimeMessage invitation =
        Mailbox.awaitMessage(
            m -> Mailbox.sentTo(m, email) && Mailbox.subject(m).contains("contrat à signer"));
    String link = link(Mailbox.text(invitation));

    HttpResponse<String> page = page("GET", link, null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(sha.substring(0, 16));

    // the code by SMS, through the SMS port (its shipped adapter writes the text to the log)
    HttpResponse<String> askCode = page("POST", link, "action=code&channel=SMS");
    assertThat(askCode.statusCode()).as(askCode.body()).isEqualTo(200);
    assertThat(askCode.body()).contains("Code envoyé par SMS").doesNotContain("06 12 34 56 78");
    String code =
        code(
            ServerLog.awaitLast(
                    l ->
                        l.contains("SMS à")
                            && l.contains("78")
                            && l.contains("Votre code pour signer"))
                .replaceFirst(".*Votre code", "Votre code"));
    String name = drafted.getString("personName");
    String form =
        "action=sign&consent=on&sha=" + sha + "&name=" + java.net.URLEncoder.encode(name, "UTF-8");

    HttpResponse<String> wrong =
        page("POST", link, form + "&code=" + (code.equals("000000") ? "111111" : "000000"));
    assertThat(wrong.body()).contains("Code incorrect", "4 essais");
    HttpResponse<String> ok = page("POST", link, form + "&code=" + code);
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(ok.body()).contains("signé");

    JsonObject signed = get(CONTRACTS + "/" + id, token("referent-08")).json().asJsonObject();
    assertThat(signed.getString("state")).isEqualTo("SIGNED");
    JsonObject remote =
        signed.getJsonArray("signatures").getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getString("signer").equals("PERSON"))
            .findFirst()
            .orElseThrow();
    assertThat(remote.getString("method")).isEqualTo("REMOTE");
    assertThat(remote.getString("ipAddress")).isNotBlank();
    assertThat(remote.getString("userAgent")).isNotBlank();
    HttpResponse<String> reused = page("POST", link, form + "&code=" + code);
    assertThat(reused.body()).as("signing twice, or a reused code").contains("déjà signé");
  }

  @Test
  void aGuessedCodeIsLockedAfterFiveTries() throws Exception {
    Scenarios.Decided d = oriented();
    String email = "devine." + d.person().substring(0, 8) + "@exemple.fr";
    Scenarios.contact(d.person(), email, null);
    JsonObject drafted = draft("referent-08", d.person());
    String id = drafted.getString("id");
    put(CONTRACTS + "/" + id, token("referent-08"), finished(drafted));
    String sha =
        post(CONTRACTS + "/" + id + "/submit", token("referent-08"), "")
            .json()
            .asJsonObject()
            .getString("documentSha256");
    Http.Response noPhone =
        post(
            CONTRACTS + "/" + id + "/remote-signature",
            token("referent-08"),
            "{\"channel\": \"SMS\"}");
    assertThat(noPhone.status()).isEqualTo(400);
    assertThat(noPhone.body()).contains("numéro de téléphone");
    post(
        CONTRACTS + "/" + id + "/remote-signature",
        token("referent-08"),
        "{\"channel\": \"EMAIL\"}");
    String link =
        link(
            Mailbox.text(
                Mailbox.awaitMessage(
                    m -> Mailbox.sentTo(m, email) && Mailbox.subject(m).contains("à signer"))));
    page("POST", link, "action=code&channel=EMAIL");
    String code =
        code(
            Mailbox.text(
                Mailbox.awaitMessage(
                    m -> Mailbox.sentTo(m, email) && Mailbox.subject(m).contains("code"))));
    String form =
        "action=sign&consent=on&sha="
            + sha
            + "&name="
            + java.net.URLEncoder.encode(drafted.getString("personName"), "UTF-8");
    List<String> answers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String guess = String.format("%06d", (Integer.parseInt(code) + 1 + i) % 1_000_000);
      answers.add(page("POST", link, form + "&code=" + guess).body());
    }
    assertThat(answers.get(4)).contains("bloqué");
    assertThat(page("POST", link, form + "&code=" + code).body())
        .as("the right code, once locked")
        .contains("bloqué");
    assertThat(
            get(CONTRACTS + "/" + id, token("referent-08"))
                .json()
                .asJsonObject()
                .getString("state"))
        .isEqualTo("TO_SIGN");
  }

  @Test
  void theDeadlineRunsFromTheNotificationIntoTheQueuesAndTheReminder() throws Exception {
    Scenarios.Decided soon = oriented();
    Scenarios.Decided late = oriented();
    String notified = awaitDecisionSent(soon.orientation());
    awaitDecisionSent(late.orientation());
    assertThat(notified).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> queue("TO_WRITE", "referent-08").contains(soon.person()));

    // the notices were sent 26 and 40 days ago: one is due within the week, the other overdue
    backdateDecision(soon.orientation(), 26);
    backdateDecision(late.orientation(), 40);
    MimeMessage reminder =
        Mailbox.awaitMessage(
            m ->
                Mailbox.subject(m).startsWith("Contrat à signer avant le")
                    && Mailbox.text(m).contains(soon.person()));
    assertThat(Mailbox.text(reminder)).contains(DEPARTEMENT_SERVICE);
    assertThat(queue("OVERDUE", "coord-08")).contains(late.person()).doesNotContain(soon.person());
    JsonObject line =
        get(CONTRACTS + "/queues/OVERDUE?size=200", token("coord-08"))
            .json()
            .asJsonObject()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(l -> l.getString("beneficiaryId").equals(late.person()))
            .findFirst()
            .orElseThrow();
    assertThat(line.getInt("daysLate")).as("40 days after, due after a month").isGreaterThan(0);
    assertThat(reminders(late.orientation()))
        .as("an overdue contract is not reminded, the coordination sees it late")
        .isZero();
    assertThat(reminders(soon.orientation())).as("reminded once").isEqualTo(1);
  }

  @Test
  void badInputIsRefusedInFrenchWithItsField() {
    Scenarios.Decided d = oriented();
    Http.Response inverted =
        post(
            CONTRACTS,
            token("referent-08"),
            "{\"beneficiaryId\": \""
                + d.person()
                + "\", \"startDate\": \"2027-03-01\", \"durationMonths\": 6,"
                + " \"reviewOn\": \"2027-01-01\"}");
    assertThat(inverted.status()).isEqualTo(400);
    assertThat(inverted.body()).contains("reviewOn", "Le bilan se fixe après le début");
    Http.Response tooLong =
        post(
            CONTRACTS,
            token("referent-08"),
            "{\"beneficiaryId\": \"" + d.person() + "\", \"durationMonths\": 30}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body()).contains("durationMonths");
    Http.Response badPlan =
        post(
            CONTRACTS,
            token("referent-08"),
            "{\"beneficiaryId\": \""
                + d.person()
                + "\", \"plan\": {\"objectives\": [{\"title\": \"\", \"actions\": []}],"
                + " \"requiredWeeklyHours\": 99}}");
    assertThat(badPlan.status()).as(badPlan.toString()).isEqualTo(400);
    assertThat(badPlan.body()).contains("plan.objectives[0].title", "plan.requiredWeeklyHours");
    assertThat(get(CONTRACTS + "?beneficiaryId=" + d.person(), token("referent-08")).body())
        .as("nothing half-written")
        .isEqualTo("[]");
    assertThat(
            post(
                    CONTRACTS + "/" + java.util.UUID.randomUUID() + "/submit",
                    token("referent-08"),
                    "")
                .status())
        .isEqualTo(404);
    assertThat(get(CONTRACTS + "/queues/LATER", token("referent-08")).status()).isEqualTo(400);
    assertThat(get(CONTRACTS + "/queues/OVERDUE", token("referent-08")).status())
        .as("the coordination's queue")
        .isEqualTo(403);
    assertThat(get(CONTRACTS + "/queues/OVERDUE", token("coord-08")).status()).isEqualTo(200);
  }

  @Test
  void thePlieWritesAndSignsForThePersonItAcceptedOnly() throws Exception {
    String orientation = Scenarios.freshReferralToThePlie();
    String referral = Scenarios.referralOf(orientation);
    Http.Response early = post(PARTNER, token("plie-08"), "{\"referralId\": \"" + referral + "\"}");
    assertThat(early.status()).as("not accepted yet").isEqualTo(404);
    String referent =
        get("/api/v1/partner/referrals/" + referral, token("plie-08"))
            .json()
            .asJsonObject()
            .getJsonArray("referents")
            .getJsonObject(0)
            .getString("id");
    assertThat(
            post(
                    "/api/v1/partner/referrals/" + referral + "/answer",
                    token("plie-08"),
                    "{\"answer\": \"ACCEPT\", \"referentId\": \"" + referent + "\"}")
                .status())
        .isEqualTo(200);
    assertThat(post(PARTNER, token("ft-08-59"), "{\"referralId\": \"" + referral + "\"}").status())
        .as("another organisation")
        .isEqualTo(404);
    Http.Response drafted =
        post(PARTNER, token("plie-08"), "{\"referralId\": \"" + referral + "\"}");
    assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
    JsonObject c = drafted.json().asJsonObject();
    String id = c.getString("id");
    assertThat(c.getJsonObject("author").getString("partnerOrganisation"))
        .isEqualTo("plie-ardennes");
    assertThat(put(PARTNER + "/" + id, token("plie-08"), finished(c)).status()).isEqualTo(200);
    String sha =
        post(PARTNER + "/" + id + "/submit", token("plie-08"), "")
            .json()
            .asJsonObject()
            .getString("documentSha256");
    assertThat(
            post(
                    PARTNER + "/" + id + "/signatures",
                    token("plie-08"),
                    signing("REFERENT", "Sandrine Petit", sha))
                .status())
        .isEqualTo(200);
    assertThat(
            post(
                    PARTNER + "/" + id + "/signatures",
                    token("plie-08"),
                    signing("PERSON", c.getString("personName"), sha))
                .status())
        .isEqualTo(200);
    assertThat(get(PARTNER + "/" + id, token("ft-08-59")).status()).isEqualTo(404);
    assertThat(get(PARTNER + "/" + id + "/pdf", token("ft-08-59")).status()).isEqualTo(404);
    JsonObject seen = get(CONTRACTS + "/" + id, token("coord-08")).json().asJsonObject();
    assertThat(seen.getString("state")).as("the département reads it").isEqualTo("SIGNED");
    assertThat(
            post(CONTRACTS + "/" + id + "/cancel", token("referent-08"), "{\"reason\": \"Essai\"}")
                .status())
        .as("the département does not change a partner's contract")
        .isEqualTo(403);
    assertThat(get("/api/v1/partner/contracts/queues/TO_WRITE", token("plie-08")).body())
        .doesNotContain(id);
  }

  // ---- helpers ----

  static String queue(String which, String user) {
    Http.Response r = get(CONTRACTS + "/queues/" + which + "?size=200", token(user));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.body();
  }

  /** Awaits the decision's notice leaving; returns the day it was sent. */
  static String awaitDecisionSent(String orientation) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                sql(
                    "SELECT (min(sent_at) AT TIME ZONE 'Europe/Paris')::date FROM notification"
                        + " WHERE orientation_id = ?::uuid AND kind = 'DECISION'",
                    orientation),
            d -> d != null);
  }

  static void backdateDecision(String orientation, int days) throws Exception {
    try (Connection c = TestStack.get().database.superuser("aiguillage");
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE notification SET sent_at = sent_at - make_interval(days => ?),"
                    + " created_at = created_at - make_interval(days => ?)"
                    + " WHERE orientation_id = ?::uuid AND kind = 'DECISION'")) {
      ps.setInt(1, days);
      ps.setInt(2, days);
      ps.setString(3, orientation);
      assertThat(ps.executeUpdate()).isPositive();
    }
  }

  static int reminders(String orientation) throws Exception {
    return Integer.parseInt(
        sql(
            "SELECT count(*) FROM notification WHERE orientation_id = ?::uuid"
                + " AND kind = 'CONTRACT_DUE'",
            orientation));
  }

  static String sql(String query, String parameter) throws Exception {
    try (Connection c = TestStack.get().database.superuser("aiguillage");
        PreparedStatement ps = c.prepareStatement(query)) {
      ps.setString(1, parameter);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  static byte[] pdf(String path, String user) throws Exception {
    HttpResponse<byte[]> r =
        Http.CLIENT.send(
            HttpRequest.newBuilder(URI.create(Http.app() + path))
                .header("Authorization", "Bearer " + token(user))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    return r.body();
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  static String awaitEvent(String contractId, String type) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> outbox(contractId, type), p -> p != null);
  }

  static String outbox(String contractId, String type) throws Exception {
    try (Connection c = TestStack.get().database.superuser("aiguillage");
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT payload FROM outbox_event WHERE aggregate_id = ? AND type = ?")) {
      ps.setString(1, contractId);
      ps.setString(2, type);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  static String link(String text) {
    Matcher m = Pattern.compile("https?://[^/\\s]+(/mon-parcours/[A-Za-z0-9_-]+)").matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return m.group(1);
  }

  static String code(String text) {
    Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return m.group(1);
  }

  /** The person's page, as a phone would ask it (form posts, no account). */
  static HttpResponse<String> page(String method, String path, String form) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(Http.app() + path))
            .header("User-Agent", "Mozilla/5.0 (Linux; Android 14) Mobile Test")
            .header("Accept-Language", "fr");
    if (form == null) {
      b.GET();
    } else {
      b.header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form));
    }
    return Http.CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
