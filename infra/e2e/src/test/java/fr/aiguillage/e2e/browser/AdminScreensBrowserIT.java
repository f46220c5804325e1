package fr.aiguillage.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import fr.aiguillage.e2e.support.BrowserTest;
import fr.aiguillage.e2e.support.Chromium;
import fr.aiguillage.e2e.support.Scenarios;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A département administrator's screens in Chromium: adding a question to the questionnaire, and
 * importing a directory file (refused with its report, then accepted) and entrusting a structure to
 * a partner organisation.
 */
class AdminScreensBrowserIT extends BrowserTest {
  static BrowserContext context() {
    return browser.newContext(
        new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 1000));
  }

  @Test
  void anAdministratorAddsAQuestionAndSavesANewVersion() {
    try (BrowserContext ctx = context()) {
      Page page = Chromium.login(ctx, "/questionnaire", "admin-08");
      page.locator("#questionnaire-view").waitFor();
      String before = page.locator("#questionnaire-version").textContent();
      assertThat(Chromium.violations(page)).as("questionnaire accessibility").isEmpty();

      page.locator("#add-section").click();
      page.locator("#section-title input").fill("Suivi médical");
      page.locator("#section-title input").press("Tab");
      page.locator("#section-code input").fill("suivi_medical_ui");
      page.locator("#section-valid").click();
      page.locator("[id^=departement-section-][id$=-add-question]").last().click();
      page.locator("#question-code input").fill("medecin_traitant_ui");
      page.locator("#question-label input").fill("Avez-vous un médecin traitant ?");
      page.locator("#question-type").click();
      page.locator("vaadin-select-item[role=option]:has-text('Oui ou non')").click();
      page.locator("#question-valid").click();
      page.locator("#question-medecin_traitant_ui").waitFor();
      page.locator("#save-questionnaire").click();
      page.waitForCondition(
          () -> !page.locator("#questionnaire-version").textContent().equals(before));
      assertThat(page.locator("#questionnaire-version").textContent())
          .contains("Ajouts du département");
      assertThat(page.locator("#question-medecin_traitant_ui").textContent())
          .contains("Avez-vous un médecin traitant ?");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("30-questionnaire-nouvelle-version.png"))
              .setFullPage(true));
    }
  }

  @Test
  void aRefusedFileShowsItsReportThenAGoodOneIsImportedAndEntrusted() {
    try (BrowserContext ctx = context()) {
      Page page = Chromium.login(ctx, "/annuaire", "admin-08");
      page.locator("#directory-import").waitFor();
      assertThat(Chromium.violations(page)).as("directory (administrator) accessibility").isEmpty();

      String header = "nom;typologie;code_postal;code_insee;parcours;territoire\n";
      page.locator("#directory-upload input[type=file]")
          .setInputFiles(
              new FilePayload(
                  "annuaire.csv",
                  "text/csv",
                  (header + "Atelier vélo de Givet;ASSO;08600;08999;social;NORD\n")
                      .getBytes(StandardCharsets.UTF_8)));
      page.locator("#import-alert:has-text('Fichier refusé')").waitFor();
      assertThat(page.locator("#import-errors").textContent())
          .contains("code_insee", "08999", "inconnu du code officiel géographique");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("31-annuaire-import-refuse.png"))
              .setFullPage(true));

      page.locator("#directory-upload input[type=file]")
          .setInputFiles(
              new FilePayload(
                  "annuaire.csv",
                  "text/csv",
                  (header + "Atelier vélo de Givet;ASSO;08600;08190;social;NORD\n")
                      .getBytes(StandardCharsets.UTF_8)));
      page.locator("#import-status:has-text('1 structure créée')").waitFor();

      page.locator("#structures-grid vaadin-grid-cell-content:has-text('Atelier vélo de Givet')")
          .click();
      page.locator("#structure-title:has-text('Atelier vélo de Givet')").waitFor();
      page.locator("#owner-organisation vaadin-select-value-button").click();
      page.locator("vaadin-select-item[role=option]:has-text('PLIE des Ardennes')").click();
      page.locator("#owner-save").click();
      page.locator("#structure-owner:has-text('PLIE des Ardennes')").waitFor();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("32-annuaire-structure-confiee.png"))
              .setFullPage(true));
    }
    assertThat(Scenarios.partnerStructures("plie-08")).contains("Atelier vélo de Givet");
  }
}
