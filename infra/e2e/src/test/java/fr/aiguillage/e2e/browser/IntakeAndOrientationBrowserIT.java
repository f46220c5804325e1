package fr.aiguillage.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import fr.aiguillage.e2e.support.BrowserTest;
import fr.aiguillage.e2e.support.Chromium;
import fr.aiguillage.e2e.support.Http;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * agent-08 in Chromium: imports a CAF list (Windows-1252, one bad row), watches it finish and reads
 * the report; decides a batch of proposals from the queue; opens a person and sees the delays and
 * the dated history.
 */
class IntakeAndOrientationBrowserIT extends BrowserTest {
  @Test
  void anAgentImportsAListThenDecidesABatchAndSeesTheDelays() {
    DateTimeFormatter fr = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    String csv =
        "Civilité;Nom;Prénom;Date de naissance;N° allocataire;Rôle;Code postal;Code INSEE;"
            + "Date d'ouverture de droit;Date SDD\r\n"
            + "Mme;Navigateur;Alice;12/03/1988;8400001;DEM;08200;08409;"
            + today.minusDays(70).format(fr)
            + ";"
            + today.minusDays(60).format(fr)
            + "\r\n"
            + "M.;Navigateur;Bruno;01/07/1986;8400002;DEM;08000;08105;"
            + today.minusDays(20).format(fr)
            + ";"
            + today.minusDays(15).format(fr)
            + "\r\n"
            + "Mme;Navigateur;Chloé;31/02/1990;8400003;DEM;08000;08105;"
            + today.minusDays(20).format(fr)
            + ";\r\n";
    try (BrowserContext ctx =
        browser.newContext(
            new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 1000))) {
      Page page = Chromium.login(ctx, "/imports", "agent-08");
      page.locator("#import-upload").waitFor();
      assertThat(Chromium.violations(page)).as("import screen accessibility").isEmpty();
      page.locator("#import-upload input[type=file]")
          .setInputFiles(
              new FilePayload(
                  "liste-caf.csv", "text/csv", csv.getBytes(Charset.forName("windows-1252"))));
      page.locator("#import-preview").waitFor();
      assertThat(page.locator("#preview-verdict").textContent()).contains("1 ligne", "refusée");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("40-import-apercu.png"))
              .setFullPage(true));
      page.locator("#import-start").click();
      page.locator("#import-summary").waitFor();
      assertThat(page.locator("#import-counts").textContent().replaceAll("\\s+", ""))
          .contains("Créées2", "Refusées1");
      assertThat(page.locator("#import-problems").textContent())
          .contains("Date de naissance", "31/02/1990");
      Locator history = page.locator("#import-history vaadin-grid-cell-content");
      page.waitForCondition(() -> history.allTextContents().contains("Écran"));
      assertThat(history.allTextContents()).as("the run's origin").contains("Origine", "Écran");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("41-import-compte-rendu.png"))
              .setFullPage(true));

      page.navigate(Http.app() + "/orientations");
      Locator cells = page.locator("#queue-grid vaadin-grid-cell-content");
      cells.first().waitFor();
      assertThat(Chromium.violations(page)).as("queue accessibility").isEmpty();
      List<String> texts = cells.allTextContents();
      int ticked = 0;
      for (int i = 0; i < texts.size() && ticked < 2; i++) {
        if (texts.get(i).equals("Orientation proposée")) {
          cells.nth(i - 4).locator("vaadin-checkbox").click();
          ticked++;
        }
      }
      assertThat(ticked).as("proposals in the queue").isEqualTo(2);
      page.locator("#batch-decide").click();
      page.locator("#batch-result").waitFor();
      assertThat(page.locator("#batch-result").textContent()).contains("décidée");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("42-file-decision-groupee.png")));

      String alice =
          Http.get("/api/v1/beneficiaries?q=Navigateur%20Alice", Http.token("agent-08"))
              .json()
              .asJsonObject()
              .getJsonArray("items")
              .getJsonObject(0)
              .getString("id");
      page.navigate(Http.app() + "/personnes/" + alice);
      page.locator("#orientation-panel").waitFor();
      assertThat(page.locator("#orientation-state").textContent()).contains("À orienter");
      assertThat(page.locator("#delay-from-rights").textContent()).contains("60 jours");
      assertThat(page.locator("#orientation-delays").textContent()).contains("En retard");
      assertThat(page.locator("#orientation-history").textContent()).contains("agent-08");
      page.locator("#orientation-panel").scrollIntoViewIfNeeded();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("43-personne-delais-historique.png"))
              .setFullPage(true));
    }
  }

  /**
   * Issue 15: the CAF's contact file (no birth date) previewed with every column explained and
   * imported without choosing anything; the CNAF's flow recognised, read with the département's
   * rule and reported per household (the Nord's, so that its date never competes with the other
   * tests' flows of the Ardennes).
   */
  @Test
  void theCafContactFileAndTheCnafFlowAreImportedAsTheyCome() throws Exception {
    byte[] contacts =
        java.nio.file.Files.readAllBytes(
            java.nio.file.Path.of("../../docs/samples/fichier-contacts-caf-exemple.csv"));
    String flow =
        new String(
                java.nio.file.Files.readAllBytes(
                    java.nio.file.Path.of("../../docs/samples/flux-cnaf-exemple.xml")),
                java.nio.charset.StandardCharsets.ISO_8859_1)
            .replace("2026-12-01", LocalDate.now(ZoneId.of("Europe/Paris")).toString())
            .replace("<CODEPOS>08000", "<CODEPOS>59000")
            .replace("<CODEPOS>08200", "<CODEPOS>59000")
            .replace("<CODEPOS>08300", "<CODEPOS>59000")
            .replace("<NUMCOM>08105", "<NUMCOM>59350")
            .replace("<NUMCOM>08409", "<NUMCOM>59350")
            .replace("<NUMCOM>08362", "<NUMCOM>59350")
            .replace("7120", "5920");
    try (BrowserContext ctx =
        browser.newContext(
            new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 1000))) {
      Page page = Chromium.login(ctx, "/imports", "coord-08");
      page.locator("#import-upload").waitFor();
      assertThat(page.locator("#flow-rule-form").isVisible())
          .as("a coordinator sets how the flow is read")
          .isTrue();
      page.locator("#import-upload input[type=file]")
          .setInputFiles(new FilePayload("fichier-contacts-caf.csv", "text/csv", contacts));
      page.locator("#import-columns").waitFor();
      page.waitForCondition(
          () ->
              page.locator("#import-columns vaadin-grid-cell-content")
                  .allTextContents()
                  .contains("En-tête reconnu (« nom responsable dossier »)."));
      assertThat(page.locator("#preview-verdict").textContent())
          .isEqualTo("Toutes les lignes de l'aperçu sont valides.");
      assertThat(Chromium.violations(page)).as("preview accessibility").isEmpty();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("90-import-colonnes-expliquees.png"))
              .setFullPage(true));
    }
    try (BrowserContext ctx =
        browser.newContext(
            new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 1000))) {
      Page page = Chromium.login(ctx, "/imports", "agent-59");
      page.locator("#import-upload").waitFor();
      page.locator("#import-upload input[type=file]")
          .setInputFiles(
              new FilePayload(
                  "RSABEM-59.xml",
                  "application/xml",
                  flow.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
      page.locator("#import-flow-section").waitFor();
      assertThat(page.locator("#flow-rule").textContent()).contains("état 2, 3, 4");
      assertThat(Chromium.violations(page)).as("flow section accessibility").isEmpty();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("91-import-flux-cnaf.png"))
              .setFullPage(true));
      page.locator("#flow-start").click();
      page.locator("#import-summary").waitFor();
      page.waitForCondition(
          () -> page.locator("#import-problems").textContent().contains("Droit au RSA clos"));
      assertThat(page.locator("#import-problems").textContent())
          .contains("Hors champ", "N'est plus soumis(e) aux droits et devoirs.");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("92-import-flux-compte-rendu.png"))
              .setFullPage(true));
    }
  }
}
