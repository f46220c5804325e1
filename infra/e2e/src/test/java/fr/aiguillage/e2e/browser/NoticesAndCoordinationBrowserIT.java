package fr.aiguillage.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import fr.aiguillage.e2e.support.BrowserTest;
import fr.aiguillage.e2e.support.Chromium;
import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.Scenarios;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * In Chromium: after a decision, the person's page lists what they were told and the decision
 * letter downloads as a PDF; the coordinator's "Suivi des délais" shows the waiting people per
 * territory and the referents' caseloads.
 */
class NoticesAndCoordinationBrowserIT extends BrowserTest {
  @Test
  void theNoticesOfADecisionAreListedAndTheLetterDownloads() throws Exception {
    JsonObject item = Scenarios.proposed("agent-08").get(0);
    String id = item.getString("orientationId");
    JsonObject file =
        Http.get("/api/v1/orientations/" + id, Http.token("agent-08")).json().asJsonObject();
    String pathway = file.getJsonObject("proposal").getString("pathway");
    Http.Response decided =
        Http.post(
            "/api/v1/orientations/" + id + "/decision",
            Http.token("agent-08"),
            "{\"version\": %d, \"pathway\": \"%s\", \"structureId\": \"%s\"}"
                .formatted(
                    file.getJsonNumber("version").longValue(),
                    pathway,
                    Scenarios.structureFor("agent-08", pathway)));
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

    try (BrowserContext ctx =
        browser.newContext(
            new Browser.NewContextOptions()
                .setLocale("fr-FR")
                .setViewportSize(1400, 1000)
                .setAcceptDownloads(true))) {
      Page page = Chromium.login(ctx, "/personnes/" + item.getString("beneficiaryId"), "agent-08");
      page.locator("#notifications-grid").waitFor();
      assertThat(page.locator("#notifications-grid").textContent()).contains("Courrier");
      assertThat(Chromium.violations(page)).as("person page with notices").isEmpty();
      Download download = page.waitForDownload(() -> page.locator("#decision-letter").click());
      byte[] pdf = Files.readAllBytes(download.path());
      assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
          .isEqualTo("%PDF-");
      assertThat(download.suggestedFilename()).startsWith("decision-orientation-");
      page.locator("#orientation-notifications").scrollIntoViewIfNeeded();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("44-personne-courriers.png")));
    }
  }

  @Test
  void theCoordinatorSeesTheBacklogPerTerritoryAndTheCaseloads() {
    try (BrowserContext ctx =
        browser.newContext(
            new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 1000))) {
      Page page = Chromium.login(ctx, "/coordination", "coord-08");
      page.locator("#backlog-chart").waitFor();
      assertThat(page.locator("#backlog-grid").textContent()).contains("Nord Ardennes");
      assertThat(page.locator("#backlog-grid").textContent()).doesNotContain("Lille");
      assertThat(page.locator("#caseloads").textContent()).contains("places");
      page.locator("#response-grid").waitFor();
      assertThat(page.locator("#response-times").textContent())
          .as("how each structure answers")
          .contains("Réponse des structures");
      assertThat(Chromium.violations(page)).as("coordination accessibility").isEmpty();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("45-suivi-des-delais.png"))
              .setFullPage(true));
      page.locator("#response-times").scrollIntoViewIfNeeded();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("55-reponse-des-structures.png")));
    }
  }

  @Test
  void theAdministratorIsToldWhichSettingIsWrongAndNothingIsSaved() {
    try (BrowserContext ctx =
        browser.newContext(
            new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 1000))) {
      Page page = Chromium.login(ctx, "/parametres", "admin-08");
      page.locator("#settings-view").waitFor();
      assertThat(page.locator("#settings-target input").inputValue()).isEqualTo("42");
      assertThat(Chromium.violations(page)).as("settings accessibility").isEmpty();
      page.locator("#settings-reminder input").fill("15");
      page.locator("#settings-reminder input").press("Tab");
      page.locator("#settings-save").click();
      page.locator("#settings-reminder[invalid]").waitFor();
      assertThat(page.locator("#settings-reminder").textContent()).contains("avant l'échéance");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("46-parametres-refuses.png")));
      assertThat(
              Http.get("/api/v1/settings", Http.token("agent-08"))
                  .json()
                  .asJsonObject()
                  .getInt("referralReminderDays"))
          .as("nothing saved")
          .isEqualTo(3);
    }
  }
}
