package fr.aiguillage.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import fr.aiguillage.e2e.support.BrowserTest;
import fr.aiguillage.e2e.support.Chromium;
import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.Scenarios;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * In Chromium: {@code referent-08} drafts a contract from the person's page (the diagnostic's
 * strong mobility barrier proposes its actions), sets the hours, submits it, signs it and the
 * person signs on the same screen; the contract reads "Signé" and its PDF downloads. {@code
 * plie-08} writes and signs one in the portal for the person whose referral the PLIE accepted. Axe
 * checks each screen; screenshots go to target/screenshots.
 */
class ContractBrowserIT extends BrowserTest {
  static final String DEPARTEMENT_SERVICE = "Service insertion – DT Nord Ardennes";

  @BeforeAll
  static void contratDEngagementPublished() {
    Scenarios.contractTemplatePublished("CONTRAT_ENGAGEMENT");
  }

  @Test
  void theReferentDraftsFromTheDiagnosticAndBothSignInPerson() throws Exception {
    Scenarios.Decided d =
        Scenarios.freshDecision(
            DEPARTEMENT_SERVICE,
            Scenarios.closeToWork()
                .add("barrier_mobility", "STRONG")
                .add("expectations", "Passer le permis pour aller travailler"));
    String personName = name(d.person());

    try (BrowserContext ctx = context()) {
      Page page = Chromium.login(ctx, "/personnes/" + d.person(), "referent-08");
      page.locator("#person-contracts").waitFor();
      assertThat(page.locator("#person-contracts-none").isVisible()).isTrue();
      page.locator("#draft-contract").click();

      page.locator("#contract-panel").waitFor();
      assertThat(page.locator("#contract-state").getAttribute("data-status")).isEqualTo("DRAFT");
      assertThat(page.locator("#contract-author").textContent()).contains("Thomas Girard");
      assertThat(page.locator("#proposal-expectations").textContent())
          .contains("Passer le permis pour aller travailler");
      assertThat(page.locator("#objective-0-title input").inputValue())
          .as("the strong mobility barrier makes an objective")
          .contains("déplacements");
      assertThat(page.locator("#contract-proposals").textContent())
          .as("and proposes its theme's actions")
          .contains("permis de conduire");
      // one click puts back a proposed action taken out
      String firstAction = page.locator("#action-0-0-label input").inputValue();
      int proposed = rows(page);
      page.locator("#action-0-0-remove").click();
      waitForRows(page, proposed - 1);
      page.locator(".proposal-add[aria-label=\"Ajouter au plan : " + firstAction + "\"]").click();
      waitForRows(page, proposed);

      int each = (int) Math.ceil(15.0 / proposed);
      for (int j = 0; j < proposed; j++) {
        page.locator("#action-0-" + j + "-hours input").fill(String.valueOf(each));
      }
      page.locator("#contract-duration input").fill("6");
      page.locator("#plan-total").click(); // leaves the last field: its value is sent
      assertThat(page.locator("#plan-total").textContent()).contains("le compte y est");
      assertThat(Chromium.violations(page)).as("draft screen accessibility").isEmpty();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("60-contrat-brouillon.png"))
              .setFullPage(true));

      page.locator("#contract-submit").click();
      page.locator("#contract-state[data-status='TO_SIGN']").waitFor();
      assertThat(page.locator("#contract-document").textContent()).contains("Plan d'action");
      assertThat(page.locator("#contract-sha").textContent()).contains("SHA-256");

      page.locator("#referent-signature-consent input").check();
      page.locator("#referent-signature-name input").fill("Thomas Girard");
      page.locator("#referent-signature-sign").click();
      page.locator("#contract-signatures").waitFor();
      assertThat(page.locator("#contract-signatures").textContent()).contains("Thomas Girard");

      // the person types their name but forgets to tick: told, nothing signed
      page.locator("#person-signature-name input").fill(personName);
      page.locator("#person-signature-sign").click();
      page.locator("#person-signature-alert").waitFor();
      assertThat(page.locator("#person-signature-alert").textContent()).contains("Cochez");
      assertThat(Chromium.violations(page)).as("signing screen accessibility").isEmpty();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("61-contrat-signature-sur-place.png"))
              .setFullPage(true));
      page.locator("#person-signature-consent input").check();
      page.locator("#person-signature-sign").click();
      page.locator("#contract-state[data-status='SIGNED']").waitFor();
      assertThat(page.locator("#contract-state").textContent()).contains("Signé");
      assertThat(page.locator("#contract-signatures li").count()).isEqualTo(2);

      Download download = page.waitForDownload(() -> page.locator("#contract-pdf").click());
      byte[] pdf = Files.readAllBytes(download.path());
      assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
      assertThat(download.suggestedFilename()).startsWith("contrat-");
      assertThat(Chromium.violations(page)).as("signed contract accessibility").isEmpty();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("62-contrat-signe.png"))
              .setFullPage(true));

      page.locator("#back").click();
      page.locator("#person-contracts-list").waitFor();
      assertThat(page.locator("#person-contracts-list").textContent()).contains("Signé");

      // the next person to write for, once their decision is notified, is in "Mes contrats"
      Scenarios.Decided next = Scenarios.freshDecision(DEPARTEMENT_SERVICE, null);
      await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () ->
                  Http.get("/api/v1/contracts/queues/TO_WRITE?size=200", Http.token("referent-08"))
                      .body()
                      .contains(next.person()));
      page.navigate(Http.app() + "/contrats");
      page.locator("#contract-queues").waitFor();
      page.locator("#contract-queue-to-write a.queue-person").first().waitFor();
      assertThat(Chromium.violations(page)).as("'Mes contrats' accessibility").isEmpty();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("63-mes-contrats.png")));
    }
  }

  @Test
  void thePlieWritesAndSignsOneInThePortal() {
    String orientation = Scenarios.freshReferralToThePlie();
    String referral = Scenarios.referralOf(orientation);
    JsonObject file =
        Http.get("/api/v1/orientations/" + orientation, Http.token("agent-08"))
            .json()
            .asJsonObject();
    String personName = name(file.getString("beneficiaryId"));
    String referent =
        Http.get("/api/v1/partner/referrals/" + referral, Http.token("plie-08"))
            .json()
            .asJsonObject()
            .getJsonArray("referents")
            .getJsonObject(0)
            .getString("id");
    Http.Response accepted =
        Http.post(
            "/api/v1/partner/referrals/" + referral + "/answer",
            Http.token("plie-08"),
            "{\"answer\": \"ACCEPT\", \"referentId\": \"" + referent + "\"}");
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);

    try (BrowserContext ctx = context()) {
      Page page = Chromium.login(ctx, "/partenaires/orientations/" + referral, "plie-08");
      page.locator("#referral-contract").waitFor();
      page.locator("#draft-contract").click();
      page.locator("#contract-panel").waitFor();
      assertThat(page.locator("#contract-author").textContent()).contains("Sandrine Petit");

      if (rows(page) == 0) {
        page.locator("#plan-add-objective").click();
        page.locator("#objective-0-title input").fill("Construire le projet professionnel");
        page.locator("#objective-0-add-action").click();
        page.locator("#action-0-0-label input").fill("Ateliers du PLIE");
        page.locator("#action-0-0-category vaadin-select-value-button").click();
        page.locator("vaadin-select-item[role=option]:has-text('Parcours de recherche')").click();
      }
      page.locator("#action-0-0-hours input").fill("15");
      page.locator("#plan-total").click();
      assertThat(page.locator("#plan-total").textContent()).contains("le compte y est");
      assertThat(Chromium.violations(page)).as("portal draft accessibility").isEmpty();
      page.locator("#contract-submit").click();
      page.locator("#contract-state[data-status='TO_SIGN']").waitFor();

      page.locator("#referent-signature-consent input").check();
      page.locator("#referent-signature-name input").fill("Sandrine Petit");
      page.locator("#referent-signature-sign").click();
      page.locator("#contract-signatures").waitFor();
      page.locator("#person-signature-consent input").check();
      page.locator("#person-signature-name input").fill(personName);
      page.locator("#person-signature-sign").click();
      page.locator("#contract-state[data-status='SIGNED']").waitFor();
      assertThat(Chromium.violations(page)).as("portal signed contract accessibility").isEmpty();
      page.locator("#contract-signing").scrollIntoViewIfNeeded();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("64-partenaire-contrat-signe.png"))
              .setFullPage(true));

      page.navigate(Http.app() + "/partenaires/contrats");
      page.locator("#contract-queues").waitFor();
      page.locator("#contract-queue-to-write").waitFor();
      assertThat(Chromium.violations(page)).as("portal contracts accessibility").isEmpty();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("65-partenaire-contrats.png")));
    }
  }

  private static BrowserContext context() {
    return browser.newContext(
        new Browser.NewContextOptions()
            .setLocale("fr-FR")
            .setViewportSize(1400, 1000)
            .setAcceptDownloads(true));
  }

  /** The person's first names and last name, as the contract holds them. */
  private static String name(String beneficiaryId) {
    JsonObject b =
        Http.get("/api/v1/beneficiaries/" + beneficiaryId, Http.token("agent-08"))
            .json()
            .asJsonObject();
    return b.getString("firstNames") + " " + b.getString("lastName");
  }

  private static int rows(Page page) {
    return page.locator("#plan-objectives .contract-action-row").count();
  }

  private static void waitForRows(Page page, int n) {
    page.waitForCondition(() -> rows(page) == n);
  }
}
