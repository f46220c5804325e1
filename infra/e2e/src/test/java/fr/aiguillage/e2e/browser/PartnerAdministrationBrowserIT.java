package fr.aiguillage.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import fr.aiguillage.e2e.support.BrowserTest;
import fr.aiguillage.e2e.support.Chromium;
import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.Scenarios;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * In Chromium, as {@code partner-admin-08}: the administration page of the PLIE opens an account
 * (the temporary password shown once; a wrong address refused on its field), adds a refusal reason
 * and sets the webhook's address with a new secret; {@code plie-08}, a partner user, has no such
 * page.
 */
class PartnerAdministrationBrowserIT extends BrowserTest {
  private static final String REASONS = "/api/v1/partner/referrals/refusal-reasons";

  @Test
  void theAdminOpensAnAccountAddsARefusalReasonAndSetsTheWebhook() {
    String username = "plie-" + UUID.randomUUID().toString().substring(0, 8);
    try (BrowserContext ctx = context()) {
      Page page = Chromium.login(ctx, "/partenaires", "partner-admin-08");
      page.locator("#menu-administration").click();
      page.locator("#accounts-grid vaadin-grid-cell-content:text-is('partner-admin-08')").waitFor();
      assertThat(Chromium.violations(page)).as("administration accessibility").isEmpty();

      // an account: a wrong address is refused on its field, then it is opened
      page.locator("#new-account").click();
      page.locator("#account-username input").fill(username);
      page.locator("#account-first-name input").fill("Léa");
      page.locator("#account-last-name input").fill("Martin");
      page.locator("#account-email input").fill("lea.martin");
      page.locator("#account-save").click();
      // the alert is the server's answer (the field may turn invalid in the browser first)
      page.locator("#account-alert").waitFor();
      page.locator("#account-email[invalid]").waitFor();
      assertThat(page.locator("#account-email [slot=error-message]").textContent())
          .contains("adresse électronique");
      assertThat(Chromium.violations(page)).as("account dialog accessibility").isEmpty();
      // cancelled, the dialog opens afresh: empty, no error
      page.locator("#account-cancel").click();
      page.locator("#account-save")
          .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
      page.locator("#new-account").click();
      page.locator("#account-save").waitFor();
      page.waitForCondition(
          () ->
              page.locator("#account-email input").inputValue().isEmpty()
                  && page.locator("#account-email").getAttribute("invalid") == null
                  && !page.locator("#account-alert").isVisible(),
          new Page.WaitForConditionOptions().setTimeout(10_000));
      page.locator("#account-username input").fill(username);
      page.locator("#account-first-name input").fill("Léa");
      page.locator("#account-last-name input").fill("Martin");
      page.locator("#account-email input").fill(username + "@plie-ardennes.test");
      page.locator("#account-save").click();
      try {
        page.locator("#temporary-password")
            .waitFor(new Locator.WaitForOptions().setTimeout(30_000));
      } catch (com.microsoft.playwright.TimeoutError e) {
        page.screenshot(
            new Page.ScreenshotOptions()
                .setPath(Chromium.SCREENSHOTS.resolve("echec-ouverture-compte.png")));
        throw new AssertionError(
            "no temporary password; alert: "
                + page.locator("#account-alert").textContent()
                + "; notices: "
                + page.locator("vaadin-notification-card").allTextContents()
                + "; fields: "
                + page.locator(
                        "#account-dialog vaadin-text-field, #account-dialog vaadin-email-field")
                    .evaluateAll(
                        "els => els.map(e => e.id + '=' + e.value + (e.invalid ? '!' : ''))"),
            e);
      }
      String password = page.locator("#temporary-password input").inputValue();
      assertThat(password).hasSizeGreaterThanOrEqualTo(16);
      assertThat(page.locator("#password-message").textContent()).contains("Léa Martin");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("56-partenaire-compte-ouvert.png")));
      page.locator("#password-close").click();
      page.locator("#accounts-grid vaadin-grid-cell-content:text-is('" + username + "')").waitFor();
      assertThat(
              Http.keycloakAdmin("/users?username=" + username + "&exact=true")
                  .getJsonObject(0)
                  .getJsonObject("attributes")
                  .getJsonArray("partner_org")
                  .getString(0))
          .isEqualTo("plie-ardennes");

      // a refusal reason of its own
      int rows = page.locator("[id^=reason-code-]").count();
      page.locator("#reason-add").click();
      page.locator("#reason-code-" + rows + " input").fill("ATELIER_COMPLET");
      page.locator("#reason-label-" + rows + " input").fill("Atelier collectif complet ce mois-ci");
      page.locator("#reasons-save").click();
      page.waitForCondition(
          () -> Http.get(REASONS, Http.token("plie-08")).body().contains("ATELIER_COMPLET"),
          new Page.WaitForConditionOptions().setTimeout(20_000));

      // the webhook: an address, not sending yet, with a new secret shown once
      page.locator("#webhook-url input").fill("https://recepteur.plie-ardennes.test/aiguillage");
      uncheck(page.locator("#webhook-active"));
      if (page.locator("#webhook-rotate").isVisible()) {
        page.locator("#webhook-rotate input").check();
      }
      page.locator("#webhook-save").click();
      page.locator("#webhook-secret").waitFor();
      assertThat(page.locator("#webhook-secret input").inputValue()).startsWith("whsec_");
      // (once the notices have faded: axe reads a card half-transparent while it fades in)
      page.waitForCondition(
          () -> page.locator("vaadin-notification-card").count() == 0,
          new Page.WaitForConditionOptions().setTimeout(20_000));
      assertThat(Chromium.violations(page)).as("after saving accessibility").isEmpty();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("57-partenaire-administration.png"))
              .setFullPage(true));
    } finally {
      Http.put(REASONS, Http.token("partner-admin-08"), Scenarios.NATIONAL_REASONS);
    }
    JsonObject endpoint =
        Http.get("/api/v1/partner/webhook", Http.token("partner-admin-08")).json().asJsonObject();
    assertThat(endpoint.getString("url"))
        .isEqualTo("https://recepteur.plie-ardennes.test/aiguillage");
    assertThat(endpoint.getBoolean("active")).isFalse();

    // a partner user has neither the menu item nor the page
    try (BrowserContext ctx = context()) {
      Page page = Chromium.login(ctx, "/partenaires", "plie-08");
      page.locator("#inbox-grid").waitFor();
      assertThat(page.locator("#menu-administration").count()).isZero();
      page.navigate(Http.app() + "/partenaires/administration");
      page.locator("#partner-administration")
          .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
      assertThat(page.content()).doesNotContain("Comptes de l'organisation");
    }
  }

  private static void uncheck(Locator checkbox) {
    if (checkbox.getAttribute("checked") != null) {
      checkbox.click();
    }
  }

  private static BrowserContext context() {
    return browser.newContext(
        new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 1000));
  }
}
