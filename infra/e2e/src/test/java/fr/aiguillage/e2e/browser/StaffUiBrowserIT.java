package fr.aiguillage.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.aiguillage.e2e.support.BrowserTest;
import fr.aiguillage.e2e.support.Chromium;
import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.Scenarios;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The staff UI in Debian's Chromium: agent-08 logs in through Keycloak, sees only Ardennes people,
 * opens one and corrects the file; agent-59 cannot open it. Screenshots go to target/screenshots.
 */
class StaffUiBrowserIT extends BrowserTest {
  static final Path SHOTS = Chromium.SCREENSHOTS;

  @Test
  void agent08SeesOnlyArdennesPeopleOpensOneAndCorrectsIt() {
    String personUrl;
    try (BrowserContext ctx = newContext()) {
      Page page = login(ctx, "agent-08");
      Locator grid = page.locator("#beneficiaries");
      grid.locator("vaadin-grid-cell-content").first().waitFor();
      page.waitForFunction(
          "() => document.querySelector('#total') && /\\d/.test(document.querySelector('#total').textContent)");
      assertThat(page.locator("#tenant").textContent()).contains("08");
      List<String> cells = grid.locator("vaadin-grid-cell-content").allTextContents();
      assertThat(cells).as("Ardennes communes are listed").contains("Nord Ardennes");
      assertThat(cells)
          .as("no Nord commune appears")
          .doesNotContainAnyElementsOf(Scenarios.NORD_COMMUNES);
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(SHOTS.resolve("01-liste-agent-08.png"))
              .setFullPage(true));

      jakarta.json.JsonObject first =
          Http.get("/api/v1/beneficiaries?size=1", Http.token("agent-08"))
              .json()
              .asJsonObject()
              .getJsonArray("items")
              .getJsonObject(0);
      grid.locator(
              "vaadin-grid-cell-content",
              new Locator.LocatorOptions()
                  .setHasText(
                      java.util.regex.Pattern.compile("^" + first.getString("lastName") + "$")))
          .first()
          .click();
      page.waitForURL("**/personnes/" + first.getString("id"));
      page.locator("#person-name").waitFor();
      personUrl = page.url();

      assertThat(Chromium.violations(page)).as("accessibility of a person's page").isEmpty();
      page.locator("#edit").click();
      page.locator("#phone input").fill("07 12 34 56 78");
      page.locator("#communeName input").fill("Charleville-Mézières");
      page.locator("#save").click();
      Locator saved = page.getByText("Dossier enregistré");
      saved.waitFor();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(SHOTS.resolve("02-dossier-corrige.png"))
              .setFullPage(true));
      assertThat(page.locator("#phone input").inputValue()).isEqualTo("0712345678");

      page.reload();
      page.locator("#person-name").waitFor();
      assertThat(page.locator("#phone input").inputValue())
          .as("kept after reload")
          .isEqualTo("0712345678");
    }
    try (BrowserContext ctx = newContext()) {
      Page page = login(ctx, "agent-59");
      page.locator("#beneficiaries vaadin-grid-cell-content").first().waitFor();
      page.navigate(personUrl);
      page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page introuvable"))
          .waitFor();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(SHOTS.resolve("03-agent-59-introuvable.png"))
              .setFullPage(true));
    }
  }

  private static BrowserContext newContext() {
    return browser.newContext(
        new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 900));
  }

  private static Page login(BrowserContext ctx, String user) {
    Page page = Chromium.login(ctx, "/", user);
    page.locator("#username").filter(new Locator.FilterOptions().setHasText(user)).waitFor();
    return page;
  }
}
