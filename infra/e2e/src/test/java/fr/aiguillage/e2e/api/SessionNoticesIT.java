package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.Mailbox;
import fr.aiguillage.e2e.support.Scenarios;
import fr.aiguillage.e2e.support.ServerLog;
import fr.aiguillage.e2e.support.TestStack;
import jakarta.json.Json;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * What a person invited to a collective session receives and does, on the real stack: the
 * convocation by letter (PDF), e-mail (with its calendar event and the questionnaire link, a real
 * SMTP server) and SMS (the SMS port's log); the reminder two days before, from the timer; the
 * cancellation with the session they are moved to; their page, where they say they cannot come and
 * take a place at another session. Each test plans sessions of a kind of its own and invites fresh
 * people (the database is shared with the other tests).
 */
class SessionNoticesIT {
  static final String SESSIONS = "/api/v1/sessions";
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final Random RANDOM = new Random();

  record Person(String id, String email, String lastDigits) {}

  @Test
  void theConvocationGoesByLetterEmailWithItsCalendarEventAndSms() throws Exception {
    String kind = kind();
    Person p = freshPerson();
    ZonedDateTime at = inDays(10);
    String session = plan(kind, at, 5, "Salle Rimbaud");
    invite(session, p);

    MimeMessage mail =
        Mailbox.awaitMessage(
            m -> Mailbox.sentTo(m, p.email()) && Mailbox.subject(m).startsWith("Convocation"));
    String text = Mailbox.text(mail);
    assertThat(Mailbox.subject(mail)).contains(kind);
    assertThat(text)
        .as("the e-mail says what, when, where, and gives the link")
        .contains(
            kind, "10 place Ducale", "Salle Rimbaud", "présence à cette séance est obligatoire")
        .containsPattern("/mon-parcours/[A-Za-z0-9_-]{20,}");
    String ics = attachment(mail, "session.ics");
    assertThat(ics)
        .contains(
            "METHOD:REQUEST",
            "UID:session-" + session + "-" + p.id() + "@aiguillage",
            "SEQUENCE:0");
    assertThat(attachment(mail, ".pdf")).startsWith("%PDF");

    String sms =
        ServerLog.awaitLast(l -> l.contains("SMS à") && l.contains(kind) && l.contains("convoqué"));
    assertThat(sms).contains("/mon-parcours/").doesNotContain(p.email());

    // the letter is kept with the notices, carried by the e-mail (committed with its sending)
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                sql(
                    "SELECT kind || ' ' || status FROM notification WHERE session_id = ?::uuid"
                        + " AND beneficiary_id = '"
                        + p.id()
                        + "' AND channel = 'LETTER'",
                    session),
            "CONVOCATION ATTACHED"::equals);

    String letter =
        pdfText(SESSIONS + "/" + session + "/convocations/" + p.id() + ".pdf", "agent-08");
    assertThat(letter)
        .contains(
            "Convocation à une séance d'information collective",
            kind,
            "10 place Ducale",
            "Salle : Salle Rimbaud",
            "L. 262-37")
        .contains(at.getDayOfMonth() + " ");
    assertThat(letter.replace(" ", "")).contains("/mon-parcours/");

    Http.Response noAppointment =
        get(SESSIONS + "/" + session + "/desk/" + p.id() + "/appointment.pdf", token("agent-08"));
    assertThat(noAppointment.status()).as(noAppointment.toString()).isEqualTo(404);
    Http.Response otherDepartement =
        get(SESSIONS + "/" + session + "/convocations/" + p.id() + ".pdf", token("agent-59"));
    assertThat(otherDepartement.status())
        .as("another département does not see the session")
        .isEqualTo(404);
  }

  @Test
  void theReminderGoesTwoDaysBeforeOnce() throws Exception {
    String kind = kind();
    Person p = freshPerson();
    String session = plan(kind, ZonedDateTime.now(PARIS).plusHours(30), 5, null);
    // the timer runs every 2 s in the test stack: a session nobody is invited to yet waits
    await()
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                sql(
                    "SELECT reminded_at IS NULL FROM collective_session WHERE id = ?::uuid",
                    session),
            "t"::equals);
    invite(session, p);

    MimeMessage reminder =
        Mailbox.awaitMessage(
            m -> Mailbox.sentTo(m, p.email()) && Mailbox.subject(m).startsWith("Rappel"));
    assertThat(Mailbox.subject(reminder)).contains(kind, "dans deux jours");
    assertThat(Mailbox.text(reminder)).contains("dans deux jours").contains("/mon-parcours/");
    ServerLog.awaitLast(l -> l.contains("SMS à") && l.contains("Rappel") && l.contains(kind));
    assertThat(
            sql(
                "SELECT reminded_at IS NOT NULL FROM collective_session WHERE id = ?::uuid",
                session))
        .isEqualTo("t");
    // the timer runs every 2 s in the test stack: a few more runs remind nobody again
    await()
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(10))
        .until(() -> count("REMINDER", "EMAIL", session) == 1);
  }

  @Test
  void theCancellationGivesTheReasonAndTheNextSession() throws Exception {
    String kind = kind();
    Person p = freshPerson();
    String first = plan(kind, inDays(10), 5, null);
    ZonedDateTime nextAt = inDays(17);
    String next = plan(kind, nextAt, 5, null);
    invite(first, p);
    Mailbox.awaitMessage(
        m -> Mailbox.sentTo(m, p.email()) && Mailbox.subject(m).startsWith("Convocation"));

    Http.Response cancelled =
        post(
            SESSIONS + "/" + first + "/cancel",
            token("coord-08"),
            "{\"reason\": \"Salle indisponible (travaux)\"}");
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().asJsonObject().getString("nextSessionId")).isEqualTo(next);

    MimeMessage told =
        Mailbox.awaitMessage(
            m -> Mailbox.sentTo(m, p.email()) && Mailbox.subject(m).startsWith("Annulation"));
    assertThat(Mailbox.text(told))
        .contains(kind, "est annulée", "Motif : Salle indisponible (travaux)")
        .contains(nextAt.getDayOfMonth() + " ");
    assertThat(attachment(told, "session.ics"))
        .contains(
            "METHOD:CANCEL", "UID:session-" + first + "-" + p.id() + "@aiguillage", "SEQUENCE:1");
    ServerLog.awaitLast(l -> l.contains("SMS à") && l.contains(kind) && l.contains("annulée"));
    assertThat(count("CANCELLATION", "LETTER", first)).isEqualTo(1);
    MimeMessage moved =
        Mailbox.awaitMessage(
            m ->
                Mailbox.sentTo(m, p.email())
                    && Mailbox.subject(m).startsWith("Convocation")
                    && attachmentOrEmpty(m).contains("UID:session-" + next));
    assertThat(attachment(moved, "session.ics")).contains("METHOD:REQUEST", "SEQUENCE:0");
  }

  @Test
  void fromTheirPageThePersonDeclinesAndTakesAPlaceAtAnotherSession() throws Exception {
    String kind = kind();
    Person p = freshPerson();
    Person other = freshPerson();
    String here = plan(kind, inDays(10), 1, null);
    ZonedDateTime laterAt = inDays(17);
    String later = plan(kind, laterAt, 1, null);
    invite(here, p);
    String link =
        link(
            Mailbox.text(
                Mailbox.awaitMessage(
                    m ->
                        Mailbox.sentTo(m, p.email())
                            && Mailbox.subject(m).startsWith("Convocation"))));

    HttpResponse<String> page = page(link, null);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(page.body())
        .contains("Votre séance d'information", kind, "Je ne pourrai pas venir")
        .contains("name=\"instead\" value=\"" + later + "\"")
        .doesNotContain("<script");

    String form = "action=decline&session=" + here + "&instead=" + later;
    HttpResponse<String> declined = page(link, form);
    assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
    assertThat(declined.body())
        .contains("est noté. Vous êtes inscrit(e)", "" + laterAt.getDayOfMonth());
    assertThat(remaining(here)).as("the place is free again").isEqualTo(1);
    assertThat(remaining(later)).as("the place at the other session is taken").isEqualTo(0);
    MimeMessage convocation =
        Mailbox.awaitMessage(
            m ->
                Mailbox.sentTo(m, p.email())
                    && Mailbox.subject(m).startsWith("Convocation")
                    && attachmentOrEmpty(m).contains("UID:session-" + later));
    assertThat(Mailbox.text(convocation)).contains(kind);

    HttpResponse<String> again = page(link, form);
    assertThat(again.statusCode()).as("a second post changes nothing").isEqualTo(409);
    assertThat(again.body()).contains("déjà été prise en compte").doesNotContain("Exception");
    assertThat(remaining(later)).isEqualTo(0);

    // the freed place is someone else's now; the full session is not offered any more
    invite(here, other);
    HttpResponse<String> now = page(link, null);
    assertThat(now.body()).contains("Je ne pourrai pas venir").doesNotContain(here);

    HttpResponse<String> forged = page(link, "action=decline&session=pas-un-id");
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("rechargez la page").doesNotContain("Exception");
  }

  @Test
  void afterSendingTheirAnswersThePersonStillSeesAndLeavesTheirSession() throws Exception {
    Person p = freshPerson();
    String here = plan(kind(), inDays(12), 3, null);
    invite(here, p);
    String link =
        link(
            Mailbox.text(
                Mailbox.awaitMessage(
                    m ->
                        Mailbox.sentTo(m, p.email())
                            && Mailbox.subject(m).startsWith("Convocation"))));
    HttpResponse<String> sent = page(link, "action=submit");
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    assertThat(sent.body())
        .contains("Merci, vos réponses sont envoyées", "Je ne pourrai pas venir");

    HttpResponse<String> after = page(link, null);
    assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
    assertThat(after.body())
        .contains("Vos réponses sont transmises", "Je ne pourrai pas venir")
        .doesNotContain("name=\"action\" value=\"submit\"");
    assertThat(page(link, "action=submit").statusCode())
        .as("the answers, once sent, do not change through the link")
        .isEqualTo(409);

    HttpResponse<String> declined = page(link, "action=decline&session=" + here + "&instead=");
    assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
    assertThat(declined.body()).contains("votre place est libérée");
    assertThat(remaining(here)).isEqualTo(3);
  }

  // ---- set-up ----

  static String kind() {
    return "Information collective droits et devoirs " + letters(6);
  }

  static ZonedDateTime inDays(int days) {
    return ZonedDateTime.now(PARIS)
        .plusDays(days)
        .withHour(9)
        .withMinute(30)
        .truncatedTo(ChronoUnit.MINUTES);
  }

  /** A new person of the Ardennes, to orient, with an address and a mobile of their own. */
  static Person freshPerson() {
    String name = "Session" + letters(6);
    String caf = String.valueOf(30_000_000 + RANDOM.nextInt(60_000_000));
    Http.Response created =
        post(
            "/api/v1/beneficiaries",
            token("agent-08"),
            Scenarios.person(caf, null).replace("Dupont-Lefèvre", name));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().asJsonObject().getString("id");
    String digits = String.format("%02d", RANDOM.nextInt(100));
    String email = name.toLowerCase() + "@exemple.fr";
    Scenarios.contact(
        id, email, "06 12 34 " + String.format("%02d", RANDOM.nextInt(100)) + " " + digits);
    return new Person(id, email, digits);
  }

  static String plan(String kind, ZonedDateTime at, int capacity, String room) {
    var body =
        Json.createObjectBuilder()
            .add("kind", kind)
            .add("startsAt", OffsetDateTime.from(at).toString())
            .add("durationMinutes", 120)
            .add("address", "10 place Ducale, 08000 Charleville-Mézières")
            .add("capacity", capacity);
    if (room != null) {
      body.add("room", room);
    }
    Http.Response r = post(SESSIONS, token("coord-08"), body.build().toString());
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().asJsonArray().getJsonObject(0).getString("id");
  }

  static void invite(String session, Person p) {
    Http.Response r =
        post(
            SESSIONS + "/" + session + "/invitations",
            token("coord-08"),
            "{\"personIds\": [\"" + p.id() + "\"]}");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  static int remaining(String session) {
    Http.Response r = get(SESSIONS + "/" + session, token("coord-08"));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().asJsonObject().getJsonObject("session").getInt("remainingPlaces");
  }

  static int count(String kind, String channel, String session) throws Exception {
    return Integer.parseInt(
        sql(
            "SELECT count(*) FROM notification WHERE session_id = ?::uuid AND kind = '"
                + kind
                + "' AND channel = '"
                + channel
                + "'",
            session));
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

  static String letters(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return b.toString();
  }

  /** The attachment whose file name ends with {@code suffix}, as text. */
  static String attachment(MimeMessage m, String suffix) throws Exception {
    Multipart parts = (Multipart) m.getContent();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getFileName() != null) {
        names.add(part.getFileName());
        if (part.getFileName().endsWith(suffix)) {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          part.getInputStream().transferTo(out);
          // a calendar file folds its long lines (RFC 5545 §3.1): unfolded here
          return out.toString(StandardCharsets.UTF_8).replace("\r\n ", "");
        }
      }
    }
    throw new AssertionError("No attachment " + suffix + " among " + names);
  }

  static String attachmentOrEmpty(MimeMessage m) {
    try {
      return attachment(m, ".ics");
    } catch (Exception | AssertionError e) {
      return "";
    }
  }

  static String pdfText(String path, String user) throws Exception {
    HttpResponse<byte[]> r =
        Http.CLIENT.send(
            HttpRequest.newBuilder(URI.create(Http.app() + path))
                .header("Authorization", "Bearer " + token(user))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    try (PDDocument doc = Loader.loadPDF(r.body())) {
      return new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replace("\n", " ");
    }
  }

  static String link(String text) {
    Matcher m = Pattern.compile("https?://[^/\\s]+(/mon-parcours/[A-Za-z0-9_-]+)").matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return m.group(1);
  }

  /** The person's page, as a phone asks it (GET, or a form post). */
  static HttpResponse<String> page(String path, String form) throws Exception {
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
