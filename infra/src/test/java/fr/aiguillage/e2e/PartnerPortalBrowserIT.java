package fr.aiguillage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Chromium, as {@code plie-08}: the portal's inbox lists the referral addressed to the PLIE, its
 * page shows the person, and accepting it with a referent moves the orientation on the
 * département's side.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerPortalBrowserIT extends BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void thePlieAcceptsAReferralFromItsPortal() {
    String orientation = PartnerReferralApiIT.referToThePlie(2);
    JsonObject file =
        Http.get("/api/v1/orientations/" + orientation, Http.token("agent-08"))
            .json()
            .asJsonObject();
    String person =
        Http.get("/api/v1/beneficiaries/" + file.getString("beneficiaryId"), Http.token("agent-08"))
            .json()
            .asJsonObject()
            .getString("lastName");

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
    }
    assertThat(
            Http.get("/api/v1/orientations/" + orientation, Http.token("agent-08"))
                .json()
                .asJsonObject()
                .getString("state"))
        .isEqualTo("ACCEPTED");
  }
}
