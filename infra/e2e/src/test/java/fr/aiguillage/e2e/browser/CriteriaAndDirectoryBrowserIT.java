package fr.aiguillage.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.aiguillage.e2e.support.BrowserTest;
import fr.aiguillage.e2e.support.Chromium;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The criteria editor in Chromium: a wrong condition is refused on its field with its position, the
 * replay shows its counts; the directory screen lists the département's structures.
 */
class CriteriaAndDirectoryBrowserIT extends BrowserTest {
  @Test
  void aWrongConditionIsRefusedOnItsFieldAndTheReplayShowsItsCounts() {
    try (BrowserContext ctx =
        browser.newContext(
            new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 1000))) {
      Page page = Chromium.login(ctx, "/criteres", "admin-08");
      page.locator("#criteria-view").waitFor();
      assertThat(Chromium.violations(page)).as("criteria editor accessibility").isEmpty();
      page.locator("#copy-to-draft").click();
      // the copy is made on the server: wait for its answer before typing into the rules
      page.locator("#editor-status:has-text('Nouveau brouillon')").waitFor();
      Locator condition = page.locator("#rule-0-condition textarea");
      String original = condition.inputValue();
      condition.fill("activity_now && revenu > 2");
      condition.press("Tab"); // the value reaches the server on change, before the save
      page.locator("#save-draft").click();
      try {
        page.locator("#rule-0-condition[invalid]").waitFor();
      } catch (RuntimeException e) {
        page.screenshot(
            new Page.ScreenshotOptions()
                .setPath(Chromium.SCREENSHOTS.resolve("echec-criteres.png"))
                .setFullPage(true));
        throw new AssertionError(
            "condition not refused; status: "
                + page.locator("#editor-status").textContent()
                + "; notices: "
                + page.locator("vaadin-notification-card").allTextContents()
                + "; condition: "
                + condition.inputValue()
                + "; save visible: "
                + page.locator("#save-draft").isVisible(),
            e);
      }
      assertThat(page.locator("#rule-0-condition [slot=error-message]").textContent())
          .contains("Ligne 1, colonne 17", "revenu");
      page.locator("#rule-0-condition").scrollIntoViewIfNeeded();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("20-criteres-condition-refusee.png")));

      condition.fill(original);
      page.locator("#replay").click();
      page.locator("#replay-summary").waitFor();
      assertThat(page.locator("#replay-summary").textContent()).contains("diagnostics rejoués");
      assertThat(page.locator("#replay-table").textContent())
          .contains("Parcours emploi", "Parcours social");
      page.locator("#replay-chart").scrollIntoViewIfNeeded();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("21-criteres-rejeu.png")));
    }
  }

  @Test
  void theDirectoryListsTheDepartementsStructures() {
    try (BrowserContext ctx =
        browser.newContext(
            new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 1000))) {
      Page page = Chromium.login(ctx, "/annuaire", "agent-08");
      page.locator("#structures-grid vaadin-grid-cell-content").first().waitFor();
      List<String> cells =
          page.locator("#structures-grid vaadin-grid-cell-content").allTextContents();
      assertThat(cells).contains("PLIE des Ardennes").doesNotContain("France Travail Lille Centre");
      assertThat(Chromium.violations(page)).as("directory accessibility").isEmpty();
      page.screenshot(
          new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("22-annuaire.png")));
    }
  }
}
