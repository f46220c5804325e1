package fr.aiguillage.e2e.browser;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.aiguillage.e2e.support.BrowserTest;
import fr.aiguillage.e2e.support.Chromium;
import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.Scenarios;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same-day journey in Chromium (issue 14): {@code coord-08} plans a session and invites ten
 * people from the queue; three answer through their links before; eight are checked in at the door;
 * the board (live by server push) shows them with their proposals; {@code agent-08} runs the desk
 * for a simple case — validation, simplified contract signed by both, appointment booked with the
 * PLIE present — in at most 12 counted clicks; {@code plie-08} sees the appointment; the session
 * closed, the two absentees are invited to the next one.
 *
 * <p>The test database is shared with other tests that rely on the Ardennes' seeded people, whom an
 * invitation would take into a diagnostic: the ten people are made fresh, with the oldest waits of
 * the queue (their rights-and-duties start years ago, older for each run), so that "the first ten
 * of the queue" are them; the session's kind is unique to the run, so that "the next session" is
 * this run's second one.
 */
class SessionDayBrowserIT extends BrowserTest {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final String PLIE = "PLIE des Ardennes";
  static final int PEOPLE = 10;
  static final int PRESENT = 8;
  static final int ANSWERING = 3;

  private int clicks;

  @BeforeAll
  static void simplifiedContractPublished() {
    Scenarios.contractTemplatePublished("SIMPLIFIE");
  }

  private final List<Page> pages = new ArrayList<>();

  @Test
  void theSameDayJourney() throws Exception {
    try {
      journey();
    } catch (Throwable failed) {
      for (int i = 0; i < pages.size(); i++) {
        try {
          screenshot(pages.get(i), "echec-session-" + i + ".png", true);
        } catch (RuntimeException closed) {
          // the page's context is closed already
        }
      }
      throw failed;
    }
  }

  private void journey() throws Exception {
    String run = letters(5);
    String kind = "Information collective droits et devoirs (essai " + run + ")";
    List<String> names = new ArrayList<>();
    List<String> people = new ArrayList<>();
    LocalDate oldest = oldestWaitForThisRun();
    for (int i = 0; i < PEOPLE; i++) {
      String name = "Session" + run + (char) ('a' + i);
      names.add(name);
      people.add(freshPerson(name, oldest.plusDays(i)));
    }
    String plie = structureNamed(PLIE);
    ZonedDateTime startsAt =
        ZonedDateTime.now(PARIS).plusHours(2).truncatedTo(ChronoUnit.HOURS).plusMinutes(30);
    // the PLIE's free slot: a time of its own to this run (slots of the same structure must not
    // overlap)
    LocalDateTime slotAt =
        LocalDate.now(PARIS)
            .plusDays(5)
            .atTime(8, 0)
            .plusMinutes(5 * ((Instant.now().getEpochSecond() / 60) % 120));
    String slot = Scenarios.onlySlot(Scenarios.publish("plie-08", plie, slotAt, 30, "PHYSIQUE"));

    String session;
    try (BrowserContext ctx = context(1400, 1000)) {
      Page page = Chromium.login(ctx, "/sessions", "coord-08");
      pages.add(page);
      page.locator("#sessions-grid").waitFor();
      page.locator("#plan-session").click();
      page.locator("#plan-kind").waitFor();
      assertThat(page.locator("#plan-kind input").inputValue())
          .isEqualTo("Information collective droits et devoirs");
      // a session without a date is refused, the reason on the field
      page.locator("#plan-kind input").fill(kind);
      page.locator("#plan-save").click();
      page.locator("#plan-alert").waitFor();
      assertThat(page.locator("#plan-alert").textContent()).contains("n'a pas été planifiée");
      assertThat(page.locator("#plan-day").getAttribute("invalid")).isNotNull();
      page.locator("#plan-day input")
          .fill(
              startsAt
                  .toLocalDate()
                  .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
      page.locator("#plan-day input").press("Enter");
      page.locator("#plan-time input").fill(startsAt.toLocalTime().toString());
      page.locator("#plan-time input").press("Enter");
      page.locator("#plan-address input")
          .fill("Maison des solidarités, 2 place Ducale, Charleville-Mézières");
      page.locator("#plan-room input").fill("Salle 3");
      page.locator("#plan-capacity input").fill("12");
      page.locator("#plan-staff input").fill("Julie Lambert, Isabelle Garnier");
      page.locator("#plan-structures input").fill("PLIE");
      page.locator("vaadin-multi-select-combo-box-item:has-text('" + PLIE + "')").click();
      page.locator("#plan-structures input").press("Escape");
      assertThat(Chromium.violations(page)).as("plan dialog accessibility").isEmpty();
      screenshot(page, "80-sessions-planifier.png", false);
      page.locator("#plan-save").click();
      page.locator("#plan-kind")
          .waitFor(
              new Locator.WaitForOptions()
                  .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
      session = sessionOfKind(kind, startsAt.toLocalDate());
      // the next session of the same kind, for the absentees
      Http.Response second =
          post(
              "/api/v1/sessions",
              token("coord-08"),
              Json.createObjectBuilder()
                  .add("kind", kind)
                  .add("startsAt", startsAt.plusDays(14).toOffsetDateTime().toString())
                  .add("durationMinutes", 120)
                  .add("address", "Maison des solidarités, 2 place Ducale, Charleville-Mézières")
                  .add("capacity", 12)
                  .build()
                  .toString());
      assertThat(second.status()).as(second.toString()).isEqualTo(201);
      String next = second.json().asJsonArray().getJsonObject(0).getString("id");

      page.navigate(Http.app() + "/sessions/" + session);
      page.locator("#candidates-grid").waitFor();
      page.locator("#invite-count input").fill(String.valueOf(PEOPLE));
      page.locator("#invite-count input").press("Tab");
      page.locator("#invite-first:has-text('Inviter les 10 premiers')").click();
      page.locator("#remaining-places:text-is('2 place(s) restante(s)')").waitFor();
      List<String> invited = invitedIds(session);
      assertThat(invited)
          .as("the ten first of the queue are this run's people (the oldest waits)")
          .containsExactlyInAnyOrderElementsOf(people);
      assertThat(Chromium.violations(page)).as("invitations accessibility").isEmpty();
      screenshot(page, "81-session-invitations.png", true);

      // three answer through their links before the day
      for (int i = 0; i < ANSWERING; i++) {
        answerThroughTheLink(people.get(i));
      }

      // the day: the check-in opens, eight come
      page.locator("#hold-session").click();
      page.locator("#close-session").waitFor();
      page.locator("#session-tabs vaadin-tab:has-text('Accueil')").click();
      page.locator("#check-in-cards").waitFor();
      for (int i = 0; i < PRESENT - 1; i++) {
        Locator card = page.locator(".check-in-card[data-person='" + people.get(i) + "']");
        card.locator(".check-in-present").click();
        page.locator(
                ".check-in-card[data-person='"
                    + people.get(i)
                    + "'] .check-in-present[aria-pressed='true']")
            .waitFor();
      }
      assertThat(Chromium.violations(page)).as("check-in accessibility").isEmpty();
      screenshot(page, "82-session-accueil.png", true);

      // the agent's board is open when the eighth arrives: it follows by server push
      try (BrowserContext agentCtx = context(1400, 1000)) {
        Page board = Chromium.login(agentCtx, "/sessions/" + session + "/tableau", "agent-08");
        pages.add(board);
        board.locator("#board-people").waitFor();
        board
            .locator("#count-present .board-count-value:text-is('" + (PRESENT - 1) + "')")
            .waitFor();
        Locator eighth =
            page.locator(".check-in-card[data-person='" + people.get(PRESENT - 1) + "']");
        eighth.locator(".check-in-present").click();
        board
            .locator("#count-present .board-count-value:text-is('" + PRESENT + "')")
            .waitFor(new Locator.WaitForOptions().setTimeout(10_000));
        assertThat(board.locator("#board-live").textContent())
            .as("refreshed by push, not by reloading")
            .contains("Mis à jour");
        assertThat(board.locator("#board-people .board-attendance[data-status='PRESENT']").count())
            .isEqualTo(PRESENT);
        assertThat(board.locator("#board-people .board-pathway").count())
            .as("the three who answered have their proposal")
            .isGreaterThanOrEqualTo(ANSWERING);
        assertThat(board.locator("#board-structures").textContent()).contains(PLIE);
        assertThat(Chromium.violations(board)).as("board accessibility").isEmpty();
        screenshot(board, "83-session-tableau.png", true);

        // the desk, for the first of those who answered: a simple case
        String person = people.get(0);
        String personName = "Élise Marie " + names.get(0);
        clicks = 0;
        click(board.locator("a.board-person[data-person='" + person + "']"));
        board.locator("#desk-proposal").waitFor();
        String flags = board.locator("#desk-flags").textContent();
        assertThat(flags).as("flags: " + flags).contains("Cas simple");
        assertThat(Chromium.violations(board)).as("desk accessibility").isEmpty();
        screenshot(board, "84-bureau-proposition.png", true);
        click(board.locator("#desk-validate"));
        board.locator("#desk-draft-contract").waitFor();
        click(board.locator("#desk-draft-contract"));
        board.locator("#desk-contract-sha").waitFor();
        assertThat(board.locator("#desk-contract-sha").textContent()).contains("SHA-256");
        assertThat(board.locator("#desk-agent-name input").inputValue())
            .as("nothing typed for the signer")
            .isEmpty();
        check(board.locator("#desk-agent-consent input"));
        board.locator("#desk-agent-name input").fill("Julie Lambert");
        check(board.locator("#desk-person-consent input"));
        board.locator("#desk-person-name input").fill(personName);
        assertThat(Chromium.violations(board)).as("desk signing accessibility").isEmpty();
        screenshot(board, "85-bureau-contrat.png", true);
        click(board.locator("#desk-sign"));
        board.locator("#desk-slots").waitFor();
        click(board.locator(".desk-slot[data-slot='" + slot + "']"));
        click(board.locator("#desk-book"));
        board.locator("#desk-appointment-booked").waitFor();
        System.out.println("SessionDayBrowserIT: clicks for a simple case at the desk = " + clicks);
        assertThat(clicks)
            .as("clicks from the board to the booked appointment")
            .isLessThanOrEqualTo(12);
        assertThat(board.locator("#desk-appointment-booked").textContent()).contains(PLIE);
        assertThat(Chromium.violations(board)).as("booked desk accessibility").isEmpty();
        screenshot(board, "86-bureau-rendez-vous.png", true);
        Download convocation = board.waitForDownload(() -> board.locator("#desk-print").click());
        byte[] pdf = Files.readAllBytes(convocation.path());
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        board.locator("#desk-next").click();
        board.locator("#board-people").waitFor();
        board.locator("#count-appointments .board-count-value:text-is('1')").waitFor();
        screenshot(board, "87-session-tableau-apres-bureau.png", true);
      }

      // the PLIE sees the appointment, as for any referral
      String orientation = orientationOf(session, people.get(0));
      String referral = Scenarios.referralOf(orientation);
      try (BrowserContext partner = context(1400, 1000)) {
        Page portal = Chromium.login(partner, "/partenaires/orientations/" + referral, "plie-08");
        pages.add(portal);
        portal.locator("#appointment-when").waitFor();
        assertThat(portal.locator("#appointment-when").textContent())
            .contains(String.format("%02dh%02d", slotAt.getHour(), slotAt.getMinute()));
        screenshot(portal, "88-partenaire-rendez-vous-session.png", true);
      }

      // a second desk on the same person: told who has them, and back to the board
      page.navigate(Http.app() + "/sessions/" + session + "/bureau/" + people.get(0));
      page.locator("#board-people").waitFor();
      page.locator("vaadin-notification-card:has-text('déjà au bureau de agent-08')").waitFor();
      assertThat(page.locator("#desk-proposal").count()).isZero();

      // closed: the two who did not come are invited to the next session
      page.navigate(Http.app() + "/sessions/" + session);
      page.locator("#close-session").click();
      page.locator("vaadin-button[slot='confirm-button']").click();
      page.locator("#session-facts").waitFor();
      page.locator(".session-state[data-status='CLOSED']").waitFor();
      page.locator("#session-tabs vaadin-tab:has-text('Bilan')").click();
      page.locator("#report-figures").waitFor();
      assertThat(page.locator("#report-figures").textContent()).contains("Rendez-vous fixés");
      assertThat(Chromium.violations(page)).as("report accessibility").isEmpty();
      screenshot(page, "89-session-bilan.png", true);
      Download csv = page.waitForDownload(() -> page.locator("#report-csv").click());
      assertThat(Files.readString(csv.path())).contains(names.get(0));
      assertThat(invitedIds(next))
          .as("the absentees, invited to the next session")
          .containsExactlyInAnyOrder(people.get(8), people.get(9));
    }
  }

  // ---- the clicks counted ----

  private void click(Locator l) {
    clicks++;
    l.click();
  }

  private void check(Locator l) {
    clicks++;
    l.check();
  }

  // ---- set-ups ----

  /** Older for each run (a day per three minutes since 6 December 2026), years before any seed. */
  private static LocalDate oldestWaitForThisRun() {
    long minutes = ChronoUnit.MINUTES.between(Instant.parse("2026-12-06T00:00:00Z"), Instant.now());
    return LocalDate.of(2008, 1, 1).minusDays(Math.max(0, Math.min(2000, minutes / 3)));
  }

  private static String freshPerson(String lastName, LocalDate since) {
    String caf = String.valueOf(30_000_000 + new java.util.Random().nextInt(60_000_000));
    String body =
        Scenarios.person(caf, null)
            .replace("Dupont-Lefèvre", lastName)
            .replace(
                "\"rsaClaimDate\": \"" + LocalDate.now().minusMonths(2) + "\"",
                "\"rsaClaimDate\": \"" + since + "\"")
            .replace(
                "\"rightsAndDutiesStart\": \"" + LocalDate.now().minusMonths(1) + "\"",
                "\"rightsAndDutiesStart\": \"" + since + "\"");
    Http.Response created = post("/api/v1/beneficiaries", token("agent-08"), body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().asJsonObject().getString("id");
  }

  private static String structureNamed(String name) {
    return get("/api/v1/structures", token("agent-08"))
        .json()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(s -> s.getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  private static String sessionOfKind(String kind, LocalDate day) {
    Http.Response list =
        get("/api/v1/sessions?from=" + day + "&days=1&size=200", token("coord-08"));
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.json().asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  private static List<String> invitedIds(String session) {
    Http.Response s = get("/api/v1/sessions/" + session, token("coord-08"));
    assertThat(s.status()).as(s.toString()).isEqualTo(200);
    return s.json().asJsonObject().getJsonArray("people").getValuesAs(JsonObject.class).stream()
        .filter(p -> !p.getBoolean("declined"))
        .map(p -> p.getString("personId"))
        .toList();
  }

  private static String orientationOf(String session, String person) {
    return get("/api/v1/sessions/" + session, token("coord-08"))
        .json()
        .asJsonObject()
        .getJsonArray("people")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(p -> p.getString("personId").equals(person))
        .findFirst()
        .orElseThrow()
        .getString("orientationId");
  }

  /** The person answers on their phone through their personal link: a medium mobility barrier. */
  private static void answerThroughTheLink(String person) {
    String diagnostic =
        get("/api/v1/diagnostics?beneficiaryId=" + person, token("agent-08"))
            .json()
            .asJsonArray()
            .getJsonObject(0)
            .getString("id");
    Http.Response issued =
        post("/api/v1/diagnostics/" + diagnostic + "/personal-link", token("agent-08"), "{}");
    assertThat(issued.status()).as(issued.toString()).isIn(200, 201);
    String link =
        issued.json().asJsonObject().getString("url").replaceFirst("https?://[^/]+", Http.app());
    try (BrowserContext phone =
        browser.newContext(
            new Browser.NewContextOptions()
                .setLocale("fr-FR")
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true))) {
      Page page = phone.newPage();
      page.navigate(link);
      page.locator("#activity_now-non").check();
      page.locator("#activity_last_24_months-oui").check();
      page.locator("#can_picture_job-oui").check();
      page.locator("#qualified-oui").check();
      for (String b :
          new String[] {
            "health", "housing", "childcare", "carer", "digital", "language", "finances", "other"
          }) {
        page.locator("#barrier_" + b + "-none").check();
      }
      page.locator("#barrier_mobility-medium").check();
      page.locator("#expectations").fill("Trouver un travail près de chez moi.");
      page.locator("#envoyer").click();
      page.getByText("Merci, vos réponses sont envoyées").waitFor();
    }
  }

  private static BrowserContext context(int width, int height) {
    return browser.newContext(
        new Browser.NewContextOptions()
            .setLocale("fr-FR")
            .setViewportSize(width, height)
            .setAcceptDownloads(true));
  }

  private static void screenshot(Page page, String name, boolean full) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve(name)).setFullPage(full));
  }

  private static String letters(int n) {
    java.util.Random random = new java.util.Random();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('a' + random.nextInt(26)));
    }
    return b.toString();
  }
}
