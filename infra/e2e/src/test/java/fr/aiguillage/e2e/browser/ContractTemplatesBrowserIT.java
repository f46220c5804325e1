package fr.aiguillage.e2e.browser;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.aiguillage.e2e.support.BrowserTest;
import fr.aiguillage.e2e.support.Chromium;
import fr.aiguillage.e2e.support.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The département's administrator edits the simplified contract template in Chromium: a new draft
 * (the national default adopted, or a new version after the latest), a misspelt merge field refused
 * on its section with its line and column, corrected with the list of fields, saved, previewed on a
 * person, published. Independent of the other tests' order: it works on whatever the Ardennes
 * already have of that kind.
 */
class ContractTemplatesBrowserIT extends BrowserTest {
  static final String KIND = "#kind-SIMPLIFIE";

  @Test
  void anAdministratorDraftsCorrectsPreviewsAndPublishesTheSimplifiedTemplate() {
    Scenarios.Decided d =
        Scenarios.freshDecision("Service insertion – DT Nord Ardennes", Scenarios.closeToWork());
    String lastName =
        get("/api/v1/beneficiaries/" + d.person(), token("agent-08"))
            .json()
            .asJsonObject()
            .getString("lastName");

    try (BrowserContext ctx =
        browser.newContext(
            new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 1000))) {
      Page page = Chromium.login(ctx, "/modeles-contrat", "admin-08");
      page.locator("#contract-templates-view").waitFor();
      page.locator(KIND).waitFor();
      assertThat(Chromium.violations(page)).as("templates page accessibility").isEmpty();

      startADraft(page);
      page.locator("#template-kinds").scrollIntoViewIfNeeded();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("69-modeles-contrat-versions.png")));
      String version = page.locator("#editor-title").textContent().replaceAll(".*version ", "");

      int n = page.locator(".template-section").count();
      page.locator("#add-section").click();
      page.locator("#section-" + n + "-heading").waitFor();
      Locator heading = page.locator("#section-" + n + "-heading input");
      Locator body = page.locator("#section-" + n + "-body textarea");
      heading.fill("Pour vous");
      body.fill("Bonjour,\nMadame {{personne.nomm}}.");
      page.locator("#template-save").click();
      page.locator("#section-" + n + "-body[invalid]").waitFor();
      assertThat(page.locator("#section-" + n + "-body [slot=error-message]").textContent())
          .contains("ligne 2, colonne 8")
          .contains("personne.nomm")
          .contains("personne.nom");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("70-modeles-contrat-champ-inconnu.png")));
      assertThat(Chromium.violations(page)).as("editor with a refusal").isEmpty();

      // corrected with the list of fields: the name goes where the cursor is
      body.fill("Bonjour,\nMadame ");
      page.locator("#merge-personne-nom").click();
      page.waitForCondition(() -> body.inputValue().contains("{{personne.nom}}"));
      page.keyboard().type(".");
      assertThat(body.inputValue()).isEqualTo("Bonjour,\nMadame {{personne.nom}}.");
      page.locator("#template-save").click();
      page.locator("vaadin-notification-card:has-text('Brouillon enregistré')").waitFor();
      assertThat(page.locator("#section-" + n + "-body").getAttribute("invalid")).isNull();
      assertThat(page.locator("#section-" + n + "-body textarea").inputValue())
          .isEqualTo("Bonjour,\nMadame {{personne.nom}}.");

      page.locator("#preview-person input").fill(lastName);
      page.locator("vaadin-combo-box-item:has-text('" + lastName + "')").first().click();
      page.locator("#preview-show").click();
      page.locator("#preview-html:has-text('Madame " + lastName + ".')").waitFor();
      assertThat(page.locator("#preview-about").textContent()).contains(lastName);
      assertThat(page.locator("#preview-missing-title").textContent()).contains("renseigné");
      page.locator("#template-preview").scrollIntoViewIfNeeded();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("71-modeles-contrat-apercu.png"))
              .setFullPage(true));
      assertThat(Chromium.violations(page)).as("preview accessibility").isEmpty();

      page.locator("#template-publish").click();
      page.locator("#publish-date").waitFor();
      page.locator("#publish-confirm").click();
      page.locator("vaadin-notification-card:has-text('publiée')").waitFor();
      page.locator("#editor-state:has-text('en vigueur depuis')").waitFor();
      assertThat(page.locator(KIND + "-in-force").textContent())
          .contains("En vigueur : version " + version);
      assertThat(page.locator("#template-new-draft").isVisible())
          .as("a published version is copied, not edited")
          .isTrue();
      assertThat(page.locator("#template-title input").getAttribute("readonly")).isNotNull();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("72-modeles-contrat-publie.png")));
    }
  }

  @Test
  void anAgentReadsTheTemplatesWithoutEditing() {
    try (BrowserContext ctx =
        browser.newContext(
            new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 1000))) {
      Page page = Chromium.login(ctx, "/modeles-contrat", "agent-08");
      page.locator("#contract-templates-view").waitFor();
      page.locator("#menu vaadin-side-nav-item:has-text('Modèles de contrat')").waitFor();
      assertThat(page.locator("[id^=adopt-]").count()).as("no adoption for an agent").isZero();
      assertThat(page.locator("#template-save").isVisible()).isFalse();
      assertThat(page.locator("#template-new-draft").isVisible()).isFalse();
    }
  }

  /**
   * Adopts the national default, or opens the draft already there, or starts a new version from the
   * newest one, and waits until the editor shows that draft.
   */
  private static void startADraft(Page page) {
    if (page.locator("#adopt-SIMPLIFIE").count() > 0) {
      page.locator("#adopt-SIMPLIFIE").click();
    } else {
      Locator drafts = page.locator(KIND + " .template-version[data-status=DRAFT]");
      if (drafts.count() > 0) {
        drafts.first().click();
      } else {
        page.locator(KIND + " .template-version").first().click();
        page.locator("#editor-title:has-text('simplifié')").waitFor();
        page.locator("#template-new-draft").click();
      }
    }
    page.locator("#editor-title:has-text('simplifié')").waitFor();
    page.locator("#editor-state:has-text('brouillon')").waitFor();
    page.locator("#template-save").waitFor();
  }
}
