package fr.aiguillage.e2e.browser;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import fr.aiguillage.e2e.support.BrowserTest;
import fr.aiguillage.e2e.support.Chromium;
import fr.aiguillage.e2e.support.Http;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The person fills the questionnaire on a phone through their link (save, come back, send), then
 * agent-08 sees their answers and the proposal with its reasons. Screenshots in target/screenshots.
 */
class PersonJourneyBrowserIT extends BrowserTest {
  static final Path SHOTS = Chromium.SCREENSHOTS;

  @Test
  void thePersonAnswersOnAPhoneAndTheAgentSeesTheProposalAndItsReasons() {
    String personId =
        get("/api/v1/beneficiaries?size=20&status=TO_ORIENT", token("agent-08"))
            .json()
            .asJsonObject()
            .getJsonArray("items")
            .getJsonObject(8)
            .getString("id");
    String diagnosticId =
        post("/api/v1/diagnostics", token("agent-08"), "{\"beneficiaryId\": \"" + personId + "\"}")
            .json()
            .asJsonObject()
            .getString("id");
    String link =
        post("/api/v1/diagnostics/" + diagnosticId + "/personal-link", token("agent-08"), "{}")
            .json()
            .asJsonObject()
            .getString("url")
            .replaceFirst("https?://[^/]+", Http.app());

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
      page.locator("#expectations")
          .fill("Trouver un travail près de chez moi, j'ai besoin du permis.");
      page.locator("#enregistrer").click();
      assertThat(page.locator("[role=status]").textContent())
          .contains("Vos réponses sont enregistrées");
      assertThat(
              new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa")).analyze().getViolations())
          .as("person page accessibility")
          .isEmpty();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(SHOTS.resolve("10-personne-enregistre.png"))
              .setFullPage(false));

      page.navigate(link);
      assertThat(page.locator("#barrier_mobility-medium").isChecked()).as("resumed").isTrue();
      page.locator("#envoyer").click();
      page.getByText("Merci, vos réponses sont envoyées").waitFor();
      page.screenshot(
          new Page.ScreenshotOptions().setPath(SHOTS.resolve("11-personne-envoye.png")));
    }

    try (BrowserContext desk =
        browser.newContext(
            new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 1000))) {
      Page page = Chromium.login(desk, "/personnes/" + personId + "/diagnostic", "agent-08");
      page.locator("#diagnostic-view").waitFor();
      assertThat(page.locator("#person-answer-barrier_mobility").textContent()).contains("Moyen");
      page.locator("#propose").click();
      page.locator("#proposal-pathway").waitFor();
      assertThat(page.locator("#proposal-pathway").textContent()).contains("Parcours global");
      assertThat(page.locator("#proposal-rule").textContent()).contains("global-frein-moyen");
      assertThat(page.locator("#proposal-explanation").textContent()).contains("frein moyen");
      page.locator("#proposal-pathway").scrollIntoViewIfNeeded();
      page.screenshot(
          new Page.ScreenshotOptions().setPath(SHOTS.resolve("12-agent-proposition.png")));

      // the person agrees that the structure sees the diagnostic's synthesis
      page.locator("#share-diagnostic input").check();
      page.locator("#share-diagnostic-status:has-text('Accord enregistré')").waitFor();
      assertThat(page.locator("#share-diagnostic-status").textContent()).contains("agent-08");
      assertThat(Chromium.violations(page)).as("diagnostic screen with sharing").isEmpty();
    }
    assertThat(
            get("/api/v1/diagnostics/" + diagnosticId, token("agent-08"))
                .json()
                .asJsonObject()
                .getString("sharedBy"))
        .isEqualTo("agent-08");
  }
}
