package fr.aiguillage.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import fr.aiguillage.e2e.support.BrowserTest;
import fr.aiguillage.e2e.support.Chromium;
import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.Scenarios;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * In Chromium, as {@code plie-08}: the portal's inbox lists the referral addressed to the PLIE, its
 * page shows the person; the PLIE accepts it with a referent, books the first appointment on a free
 * slot, sees it in its calendar, and once its time has come records that the person came; {@code
 * agent-08} then sees the accompaniment started on the person's page.
 */
class PartnerPortalBrowserIT extends BrowserTest {
  @Test
  void thePlieAcceptsBooksAndRecordsAttendanceAndTheAgentSeesTheAccompaniment() {
    String orientation = Scenarios.freshReferralToThePlie();
    JsonObject file =
        Http.get("/api/v1/orientations/" + orientation, Http.token("agent-08"))
            .json()
            .asJsonObject();
    String person =
        Http.get("/api/v1/beneficiaries/" + file.getString("beneficiaryId"), Http.token("agent-08"))
            .json()
            .asJsonObject()
            .getString("lastName");

    String referral = Scenarios.referralOf(orientation);
    // the person agreed to share their diagnostic with the structure
    String diagnostic =
        Http.get(
                "/api/v1/diagnostics?beneficiaryId=" + file.getString("beneficiaryId"),
                Http.token("agent-08"))
            .json()
            .asJsonArray()
            .getJsonObject(0)
            .getString("id");
    assertThat(
            Http.put(
                    "/api/v1/diagnostics/" + diagnostic + "/sharing",
                    Http.token("agent-08"),
                    "{\"shared\": true}")
                .status())
        .isEqualTo(200);
    String structure =
        Http.get("/api/v1/partner/referrals/" + referral, Http.token("plie-08"))
            .json()
            .asJsonObject()
            .getJsonObject("summary")
            .getString("structureId");
    ZoneId paris = ZoneId.of("Europe/Paris");
    ZonedDateTime soon = ZonedDateTime.now(paris).plusSeconds(90).truncatedTo(ChronoUnit.SECONDS);
    Scenarios.onlySlot(
        Scenarios.publish("plie-08", structure, soon.toLocalDateTime(), 30, "PHYSIQUE"));
    Scenarios.onlySlot(
        Scenarios.publish(
            "plie-08", structure, LocalDate.now(paris).plusDays(2).atTime(10, 0), 30, "PHYSIQUE"));

    try (BrowserContext ctx =
        browser.newContext(
            new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 1000))) {
      Page page = Chromium.login(ctx, "/partenaires", "plie-08");
      page.locator("#inbox-grid vaadin-grid-cell-content").first().waitFor();
      assertThat(Chromium.violations(page)).as("inbox accessibility").isEmpty();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("50-partenaire-orientations-recues.png")));
      page.locator("#inbox-grid a:has-text('" + person.toUpperCase(java.util.Locale.FRENCH) + "')")
          .first()
          .click();
      page.locator("#partner-referral").waitFor();
      assertThat(page.locator("#partner-referral").textContent()).contains("PLIE des Ardennes");
      assertThat(page.locator("#shared-diagnostic-synthesis").textContent())
          .contains("Projet à construire avec le PLIE.");
      assertThat(Chromium.violations(page)).as("referral page accessibility").isEmpty();
      page.locator("#accept").click();
      page.locator("#accept-referent").waitFor(); // the dialog opens in an overlay
      page.locator("#accept-referent vaadin-select-value-button").click();
      page.locator("vaadin-select-item[role=option]:has-text('Camille')").click();
      page.locator("#accept-confirm").click();
      // once answered, the referral page offers no answer any more
      page.locator("#accept")
          .waitFor(
              new com.microsoft.playwright.Locator.WaitForOptions()
                  .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
      page.locator("#accept-referent")
          .waitFor(
              new com.microsoft.playwright.Locator.WaitForOptions()
                  .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
      assertThat(page.locator("#answer-referent").textContent()).contains("Camille");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("51-partenaire-orientation-acceptee.png"))
              .setFullPage(true));
      assertThat(Scenarios.state(orientation)).isEqualTo("ACCEPTED");

      // the first appointment: on the slot that begins in a minute and a half
      page.locator("#book-appointment").click();
      page.locator("#book-slot").waitFor();
      assertThat(Chromium.violations(page)).as("booking dialog accessibility").isEmpty();
      page.locator("#book-slot vaadin-radio-button:has-text('" + hour(soon) + "')").click();
      page.locator("#book-confirm").click();
      page.locator("#appointment-when").waitFor();
      page.locator("#book-confirm")
          .waitFor(
              new com.microsoft.playwright.Locator.WaitForOptions()
                  .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
      assertThat(page.locator("#appointment-when").textContent()).contains(hour(soon));
      assertThat(Scenarios.state(orientation)).isEqualTo("APPOINTMENT_BOOKED");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("52-partenaire-rendez-vous-fixe.png"))
              .setFullPage(true));

      page.navigate(Http.app() + "/partenaires/agenda");
      page.locator("#calendar").waitFor();
      assertThat(page.locator("#calendar").textContent()).contains(person);
      assertThat(Chromium.violations(page)).as("calendar accessibility").isEmpty();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("53-partenaire-agenda.png"))
              .setFullPage(true));

      // after the appointment's time, the PLIE records that the person came
      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> Instant.now().isAfter(soon.toInstant()));
      page.navigate(Http.app() + "/partenaires/orientations/" + referral);
      page.locator("#record-attendance").click();
      page.locator("#attendance-outcome").waitFor();
      page.locator("#attendance-outcome vaadin-radio-button:has-text('Venue au rendez-vous')")
          .click();
      page.locator("#attendance-confirm").click();
      page.locator("#appointment-held").waitFor();
    }
    assertThat(Scenarios.state(orientation)).isEqualTo("ACCOMPANIED");

    // the département sees the accompaniment started
    try (BrowserContext ctx =
        browser.newContext(
            new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 1000))) {
      Page page = Chromium.login(ctx, "/personnes/" + file.getString("beneficiaryId"), "agent-08");
      page.locator("#orientation-state").waitFor();
      assertThat(page.locator("#orientation-state").textContent())
          .contains("Accompagnement commencé");
      page.locator("#appointments-block").scrollIntoViewIfNeeded();
      assertThat(page.locator("#appointments-block").textContent())
          .as("the first appointment, held")
          .contains("Venu");
      assertThat(Chromium.violations(page)).as("person page accessibility").isEmpty();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("54-agent-accompagnement-commence.png")));
    }
  }

  /** "à 10h05", as the portal writes an appointment's time. */
  private static String hour(ZonedDateTime t) {
    return String.format("à %02dh%02d", t.getHour(), t.getMinute());
  }
}
