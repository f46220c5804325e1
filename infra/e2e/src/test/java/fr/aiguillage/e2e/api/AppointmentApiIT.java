package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.token;
import static fr.aiguillage.e2e.support.Scenarios.onlySlot;
import static fr.aiguillage.e2e.support.Scenarios.publish;
import static fr.aiguillage.e2e.support.Scenarios.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.Mailbox;
import fr.aiguillage.e2e.support.Scenarios;
import fr.aiguillage.e2e.support.TestStack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Slots and first appointments through the partner's and the département's APIs with real tokens:
 * the PLIE publishes (once, every week, across midnight; never twice the same), books, moves and
 * the département cancels; the person receives each convocation by e-mail with its calendar file
 * (on the test SMTP server); of 200 simultaneous bookings of one slot, one wins; attendance after
 * the time starts the accompaniment; bad input gets a French answer and changes nothing.
 */
class AppointmentApiIT {
  static final String SLOTS = "/api/v1/partner/slots";
  static final String APPOINTMENTS = "/api/v1/partner/appointments";
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  record Accepted(String orientation, String referral, String person, String structure) {}

  /** A person addressed to the PLIE and accepted by it, with a contact address. */
  static Accepted acceptedByThePlie(String email) {
    String orientation = Scenarios.freshReferralToThePlie();
    String referral = Scenarios.referralOf(orientation);
    JsonObject seen =
        get("/api/v1/partner/referrals/" + referral, token("plie-08")).json().asJsonObject();
    String referent = seen.getJsonArray("referents").getJsonObject(0).getString("id");
    Http.Response accepted =
        post(
            "/api/v1/partner/referrals/" + referral + "/answer",
            token("plie-08"),
            "{\"answer\": \"ACCEPT\", \"referentId\": \"" + referent + "\"}");
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    String person =
        get("/api/v1/orientations/" + orientation, token("agent-08"))
            .json()
            .asJsonObject()
            .getString("beneficiaryId");
    if (email != null) {
      Scenarios.contact(person, email, "06 98 76 54 32");
    }
    return new Accepted(
        orientation, referral, person, seen.getJsonObject("summary").getString("structureId"));
  }

  static Http.Response book(String user, String referral, String slot) {
    return post(
        APPOINTMENTS,
        token(user),
        "{\"referralId\": \"" + referral + "\", \"slotId\": \"" + slot + "\"}");
  }

  @Test
  void thePliePublishesBooksAndMovesThePersonIsConvenedAndTheDepartementCancels() throws Exception {
    String email = "rdv-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
    Accepted a = acceptedByThePlie(email);
    LocalDate day = LocalDate.now(PARIS).plusDays(3);

    String first = onlySlot(publish("plie-08", a.structure(), day.atTime(9, 0), 45, "PHYSIQUE"));
    Http.Response again = publish("plie-08", a.structure(), day.atTime(9, 0), 45, "PHYSIQUE");
    assertThat(again.json().asJsonObject().getInt("created")).as("published twice").isZero();
    assertThat(again.json().asJsonObject().getInt("alreadyThere")).isEqualTo(1);
    assertThat(onlySlot(again)).isEqualTo(first);

    LocalDate monday = day.plusDays(7).with(DayOfWeek.MONDAY);
    LocalDate until = monday.plusWeeks(2);
    Http.Response weekly =
        post(
            SLOTS,
            token("plie-08"),
            Json.createObjectBuilder()
                .add("structureId", a.structure())
                .add("date", monday.toString())
                .add("start", "14:00")
                .add("durationMinutes", 60)
                .add("modality", "TELEPHONE")
                .add("repeatOn", Json.createArrayBuilder().add("MONDAY").add("THURSDAY"))
                .add("repeatUntil", until.toString())
                .build()
                .toString());
    assertThat(weekly.status()).as(weekly.toString()).isEqualTo(200);
    List<JsonObject> series =
        weekly.json().asJsonObject().getJsonArray("slots").getValuesAs(JsonObject.class);
    assertThat(series).hasSize(5); // Mon, Thu, Mon, Thu, Mon
    assertThat(series)
        .extracting(s -> ZonedDateTime.parse(s.getString("startsAt")).withZoneSameInstant(PARIS))
        .allSatisfy(t -> assertThat(t.toLocalTime()).isEqualTo(LocalTime.of(14, 0)));

    assertThat(publish("ft-08-59", a.structure(), day.atTime(11, 0), 30, "VISIO").status())
        .as("another organisation's structure")
        .isEqualTo(404);
    assertThat(
            post(
                    "/api/v1/appointments/slots",
                    token("agent-08"),
                    "{\"structureId\": \""
                        + a.structure()
                        + "\", \"date\": \""
                        + day
                        + "\", \"start\": \"11:00\", \"modality\": \"VISIO\"}")
                .status())
        .as("the département does not publish a partner's slots")
        .isEqualTo(403);

    Http.Response booked = book("plie-08", a.referral(), first);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
    JsonObject appointment = booked.json().asJsonObject();
    assertThat(appointment.getString("status")).isEqualTo("BOOKED");
    JsonObject ft = appointment.getJsonObject("franceTravail");
    assertThat(ft.getString("motif")).isEqualTo("ACC");
    assertThat(ft.getString("modalite")).isEqualTo("PHYSIQUE");
    assertThat(ft.getString("initiateur")).isEqualTo("PARTENAIRE");
    assertThat(ft.getString("dateHeureDebut")).isEqualTo(day.atTime(9, 0).toString());
    assertThat(ft.getInt("dureeMinutes")).isEqualTo(45);
    assertThat(state(a.orientation())).isEqualTo("APPOINTMENT_BOOKED");

    MimeMessage convocation = mail(email, "Votre premier rendez-vous avec PLIE des Ardennes");
    assertThat(Mailbox.text(convocation)).contains("12 rue de la Paix", "rendez-vous.ics");
    String ics = calendarFile(convocation);
    Instant start = day.atTime(9, 0).atZone(PARIS).toInstant();
    assertThat(ics)
        .contains(
            "METHOD:REQUEST",
            "DTSTART:"
                + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                    .format(start.atZone(ZoneId.of("UTC"))),
            "SEQUENCE:0",
            "mailto:" + email);
    String uid = line(ics, "UID:");

    String other = series.get(0).getString("id");
    Http.Response twice = book("plie-08", a.referral(), other);
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.body()).contains("déjà fixé");

    String id = appointment.getString("id");
    Http.Response noReason =
        post(
            APPOINTMENTS + "/" + id + "/move", token("plie-08"), "{\"slotId\": \"" + other + "\"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason", "pourquoi");
    Http.Response moved =
        post(
            APPOINTMENTS + "/" + id + "/move",
            token("plie-08"),
            "{\"slotId\": \"" + other + "\", \"reason\": \"Référente en formation ce jour-là\"}");
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    JsonObject now = moved.json().asJsonObject();
    assertThat(now.getString("replacesId")).isEqualTo(id);
    assertThat(now.getString("modality")).isEqualTo("TELEPHONE");
    String movedIcs =
        calendarFile(mail(email, "Votre rendez-vous avec PLIE des Ardennes est déplacé"));
    assertThat(line(movedIcs, "UID:")).as("the same event in the person's calendar").isEqualTo(uid);
    assertThat(movedIcs).contains("SEQUENCE:1");
    assertThat(calendar("plie-08", a.structure(), day, true))
        .as("the first slot is free again")
        .contains(first);

    List<JsonObject> history =
        get("/api/v1/orientations/" + a.orientation() + "/appointments", token("agent-08"))
            .json()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(history).extracting(h -> h.getString("status")).containsExactly("BOOKED", "MOVED");
    assertThat(history.get(1).getString("endedReason")).contains("formation");
    assertThat(
            get("/api/v1/orientations/" + a.orientation() + "/appointments", token("agent-59"))
                .status())
        .as("another département")
        .isEqualTo(404);

    Http.Response cancelled =
        post(
            "/api/v1/appointments/" + now.getString("id") + "/cancellation",
            token("agent-08"),
            "{\"reason\": \"La personne a retrouvé un emploi\"}");
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(state(a.orientation())).as("back to accepted, to book again").isEqualTo("ACCEPTED");
    assertThat(calendarFile(mail(email, "Votre rendez-vous avec PLIE des Ardennes est annulé")))
        .contains("METHOD:CANCEL", uid, "SEQUENCE:2");
    Http.Response cancelledTwice =
        post(
            APPOINTMENTS + "/" + now.getString("id") + "/cancellation",
            token("plie-08"),
            "{\"reason\": \"encore\"}");
    assertThat(cancelledTwice.status()).isEqualTo(409);
    assertThat(cancelledTwice.body()).contains("Annulé");
  }

  @Test
  void ofTwoHundredSimultaneousBookingsOfOneSlotOneWins() throws Exception {
    List<Accepted> people = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      people.add(acceptedByThePlie(null));
    }
    String slot =
        onlySlot(
            publish(
                "plie-08",
                people.get(0).structure(),
                LocalDate.now(PARIS).plusDays(4).atTime(10, 30),
                30,
                "PHYSIQUE"));
    String plie = token("plie-08");
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(200);
    try {
      List<Future<Integer>> attempts = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String referral = people.get(i % people.size()).referral();
        attempts.add(
            pool.submit(
                () -> {
                  go.await();
                  return post(
                          APPOINTMENTS,
                          plie,
                          "{\"referralId\": \"" + referral + "\", \"slotId\": \"" + slot + "\"}")
                      .status();
                }));
      }
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : attempts) {
        statuses.add(f.get());
      }
      Map<Integer, Long> byStatus =
          statuses.stream()
              .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      assertThat(byStatus)
          .as("one booking, 199 told the slot was taken")
          .containsOnlyKeys(200, 409);
      assertThat(byStatus.get(200)).isEqualTo(1L);
    } finally {
      pool.shutdownNow();
    }
    try (Connection c = TestStack.get().database.superuser("aiguillage");
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT count(*) FROM appointment WHERE slot_id = ?::uuid AND status = 'BOOKED'")) {
      ps.setString(1, slot);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).as("in the database").isEqualTo(1);
      }
    }
    long booked =
        people.stream()
            .map(p -> state(p.orientation()))
            .filter("APPOINTMENT_BOOKED"::equals)
            .count();
    assertThat(booked).as("exactly one person moved on").isEqualTo(1);
  }

  @Test
  void badInputIsRefusedInFrenchAndClockEdgesAreHandled() {
    Accepted a = acceptedByThePlie(null);
    LocalDate today = LocalDate.now(PARIS);

    Http.Response past =
        publish("plie-08", a.structure(), today.minusDays(1).atTime(10, 0), 30, "VISIO");
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.body()).contains("déjà passé");

    ZoneOffsetTransition spring = nextGap(Instant.now());
    LocalDateTime missing = spring.getDateTimeBefore().plusMinutes(30);
    Http.Response gap = publish("plie-08", a.structure(), missing, 30, "TELEPHONE");
    assertThat(gap.status()).as(gap.toString()).isEqualTo(400);
    assertThat(gap.body()).contains("n'existe pas", "heure d'été");

    Http.Response night =
        publish("plie-08", a.structure(), today.plusDays(5).atTime(23, 30), 60, "TELEPHONE");
    assertThat(night.status()).as(night.toString()).isEqualTo(200);
    JsonObject acrossMidnight = night.json().asJsonObject().getJsonArray("slots").getJsonObject(0);
    ZonedDateTime ends =
        ZonedDateTime.parse(acrossMidnight.getString("endsAt")).withZoneSameInstant(PARIS);
    assertThat(ends.toLocalDateTime()).isEqualTo(today.plusDays(6).atTime(0, 30));

    Http.Response noModality =
        post(
            SLOTS,
            token("plie-08"),
            "{\"structureId\": \""
                + a.structure()
                + "\", \"date\": \""
                + today.plusDays(2)
                + "\", \"start\": \"10:00\", \"modality\": \"PIGEON\", \"durationMinutes\": 5}");
    assertThat(noModality.status()).isEqualTo(400);
    assertThat(noModality.body()).contains("modality", "durationMinutes", "PHYSIQUE");

    String slot =
        onlySlot(publish("plie-08", a.structure(), today.plusDays(6).atTime(9, 0), 30, "PHYSIQUE"));
    assertThat(book("ft-08-59", a.referral(), slot).status())
        .as("another organisation's referral")
        .isEqualTo(404);
    assertThat(post(SLOTS + "/" + slot + "/withdrawal", token("ft-08-59"), "{}").status())
        .as("another organisation's slot")
        .isEqualTo(404);
    assertThat(post(SLOTS + "/" + slot + "/withdrawal", token("plie-08"), "{}").status())
        .isEqualTo(200);
    Http.Response withdrawn = book("plie-08", a.referral(), slot);
    assertThat(withdrawn.status()).isEqualTo(409);
    assertThat(withdrawn.body()).contains("retiré");

    String later =
        onlySlot(
            publish("plie-08", a.structure(), today.plusDays(6).atTime(10, 0), 30, "PHYSIQUE"));
    Http.Response booked = book("plie-08", a.referral(), later);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
    String id = booked.json().asJsonObject().getString("id");
    Http.Response early =
        post(APPOINTMENTS + "/" + id + "/attendance", token("plie-08"), "{\"outcome\": \"SEEN\"}");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.body()).contains("pas encore eu lieu");
    Http.Response unknown =
        post(
            APPOINTMENTS + "/" + id + "/attendance",
            token("plie-08"),
            "{\"outcome\": \"PEUT-ETRE\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("SEEN, EXCUSED, NO_SHOW");
    assertThat(get(APPOINTMENTS + "/" + id, token("ft-08-59")).status()).isEqualTo(404);
    assertThat(post(SLOTS + "/" + later + "/withdrawal", token("plie-08"), "{}").status())
        .as("a booked slot is not withdrawn")
        .isEqualTo(409);
  }

  @Test
  void theFirstAppointmentHeldStartsTheAccompaniment() {
    Accepted a = acceptedByThePlie(null);
    int caseloadBefore = caseload(a);
    // a slot that begins in a few seconds: booked before, attended after
    LocalDateTime soon = LocalDateTime.now(PARIS).plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
    String slot = onlySlot(publish("plie-08", a.structure(), soon, 30, "TELEPHONE"));
    Http.Response booked = book("plie-08", a.referral(), slot);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
    String id = booked.json().asJsonObject().getString("id");

    Http.Response seen =
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () ->
                    post(
                        APPOINTMENTS + "/" + id + "/attendance",
                        token("plie-08"),
                        "{\"outcome\": \"SEEN\"}"),
                r -> r.status() != 409 || !r.body().contains("pas encore eu lieu"));
    assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
    assertThat(seen.json().asJsonObject().getString("status")).isEqualTo("SEEN");
    assertThat(state(a.orientation())).isEqualTo("ACCOMPANIED");
    assertThat(caseload(a))
        .as("the referent follows one more person")
        .isEqualTo(caseloadBefore + 1);
    Http.Response again =
        post(
            APPOINTMENTS + "/" + id + "/attendance",
            token("plie-08"),
            "{\"outcome\": \"NO_SHOW\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("déjà noté");
    for (String type : List.of("appointment.booked", "appointment.attendance")) {
      assertThat(PartnerReferralApiIT.event(id, type).getString("beneficiaryId"))
          .as("%s placed on the person", type)
          .isEqualTo(a.person());
    }
  }

  @Test
  void aPartnerSystemWorksWithItsClientCredentialsAndOnlyForItsOrganisation() {
    Accepted a = acceptedByThePlie(null);
    String plieSystem = system("partner-system-plie", "plie-system-secret");
    String ftSystem = system("partner-system-france-travail", "ft-system-secret");

    Http.Response inbox = get("/api/v1/partner/referrals?status=ALL&size=200", plieSystem);
    assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
    assertThat(inbox.body()).contains(a.referral());
    assertThat(get("/api/v1/partner/referrals?status=ALL&size=200", ftSystem).body())
        .as("France Travail's system")
        .doesNotContain(a.referral());
    assertThat(get("/api/v1/partner/referrals/" + a.referral(), ftSystem).status()).isEqualTo(404);

    String slot =
        onlySlot(
            publish(
                "plie-08",
                a.structure(),
                LocalDate.now(PARIS).plusDays(8).atTime(15, 0),
                30,
                "VISIO"));
    assertThat(
            post(
                    APPOINTMENTS,
                    ftSystem,
                    "{\"referralId\": \"" + a.referral() + "\", \"slotId\": \"" + slot + "\"}")
                .status())
        .as("a client credential of another organisation")
        .isEqualTo(404);
    Http.Response booked =
        post(
            APPOINTMENTS,
            plieSystem,
            "{\"referralId\": \""
                + a.referral()
                + "\", \"slotId\": \""
                + slot
                + "\", \"motif\": \"ACC\"}");
    assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
    assertThat(booked.json().asJsonObject().getString("bookedBy"))
        .isEqualTo("service-account-partner-system-plie");
    assertThat(
            get(
                    "/api/v1/orientations/" + a.orientation() + "/appointments",
                    system("partner-system-plie", "plie-system-secret"))
                .status())
        .as("a partner system is not département staff")
        .isEqualTo(403);
  }

  @Test
  void theDepartementSeesHowEachStructureAnswers() {
    Accepted a = acceptedByThePlie(null);
    Http.Response r = get("/api/v1/referrals/response-times?days=30", token("agent-08"));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonObject plie =
        r.json().asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getString("structureId").equals(a.structure()))
            .findFirst()
            .orElseThrow();
    assertThat(plie.getString("partnerOrganisation")).isEqualTo("plie-ardennes");
    assertThat(plie.getJsonNumber("sent").longValue()).isGreaterThanOrEqualTo(1);
    assertThat(plie.getJsonNumber("accepted").longValue()).isGreaterThanOrEqualTo(1);
    assertThat(plie.getJsonNumber("medianAnswerHours").doubleValue()).isGreaterThanOrEqualTo(0);
    assertThat(get("/api/v1/referrals/response-times", token("agent-59")).body())
        .as("the Nord's table has none of the Ardennes' structures")
        .doesNotContain(a.structure());
    assertThat(get("/api/v1/referrals/response-times", token("plie-08")).status()).isEqualTo(403);
    assertThat(get("/api/v1/referrals/response-times?days=0", token("agent-08")).status())
        .isEqualTo(400);
  }

  private static String system(String clientId, String secret) {
    return Http.tokenRequest(
            "aiguillage",
            Map.of(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", secret))
        .getString("access_token");
  }

  // ---- helpers ----

  private static int caseload(Accepted a) {
    JsonObject seen =
        get("/api/v1/partner/referrals/" + a.referral(), token("plie-08")).json().asJsonObject();
    String referent = seen.getString("referentId");
    return seen.getJsonArray("referents").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("id").equals(referent))
        .findFirst()
        .orElseThrow()
        .getInt("currentCaseload");
  }

  private static List<String> calendar(String user, String structure, LocalDate day, boolean open) {
    Http.Response r =
        get(
            SLOTS
                + "?from="
                + day
                + "&to="
                + day.plusDays(1)
                + "&structureId="
                + structure
                + "&open="
                + open,
            token(user));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().asJsonArray().getValuesAs(JsonObject.class).stream()
        .map(s -> s.getString("id"))
        .toList();
  }

  private static ZoneOffsetTransition nextGap(Instant from) {
    ZoneOffsetTransition t = PARIS.getRules().nextTransition(from);
    while (!t.isGap()) {
      t = PARIS.getRules().nextTransition(t.getInstant());
    }
    return t;
  }

  private static MimeMessage mail(String to, String subject) {
    return Mailbox.awaitMessage(m -> Mailbox.sentTo(m, to) && Mailbox.subject(m).equals(subject));
  }

  /** The text of the e-mail's calendar attachment. */
  private static String calendarFile(MimeMessage m) throws MessagingException, IOException {
    Multipart parts = (Multipart) m.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart p = parts.getBodyPart(i);
      if ("rendez-vous.ics".equals(p.getFileName())) {
        assertThat(p.getContentType()).startsWith("text/calendar");
        try (InputStream in = p.getInputStream()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no rendez-vous.ics in " + Mailbox.subject(m));
  }

  private static String line(String ics, String prefix) {
    return ics.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
  }
}
