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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * In Chromium: the coordinator's "Statistiques" draws its ECharts charts, each with its definition
 * and the table of the same figures, and the figures download as CSV; a decision just taken shows
 * in its claim month. An orientation agent has neither the menu entry nor the page.
 */
class StatisticsDashboardBrowserIT extends BrowserTest {
  static final String API = "/api/v1/statistics/indicators/monthly-orientation-delay-from-claim";

  @Test
  void theCoordinatorReadsTheChartsTheirTablesAndDownloadsTheFigures() throws Exception {
    // Scenarios.person: the claim two months ago, rights and duties a month ago; decided today
    String cohort = YearMonth.now(ZoneId.of("Europe/Paris")).minusMonths(2).toString();
    String path = API + "?from=" + cohort + "&to=" + cohort;
    long before = reached(path);
    Scenarios.freshDecision("PLIE des Ardennes", Scenarios.closeToWork());
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> reached(path) > before);
    long after = reached(path);
    String cohortMonth =
        DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH).format(YearMonth.parse(cohort));

    try (BrowserContext ctx =
        browser.newContext(
            new Browser.NewContextOptions()
                .setLocale("fr-FR")
                .setViewportSize(1400, 1000)
                .setAcceptDownloads(true))) {
      Page page = Chromium.login(ctx, "/statistiques", "coord-08");
      page.locator("#statistics-view").waitFor();
      assertThat(page.locator("#menu-statistics").count()).as("menu entry").isEqualTo(1);
      for (String chart : new String[] {"delay-claim", "delay-rights", "oriented", "new-subject"}) {
        page.locator("#" + chart + "-chart[data-drawn] svg").first().waitFor();
        assertThat(page.locator("#" + chart + "-definition").innerText())
            .as(chart + " definition")
            .startsWith("Définition :")
            .contains("Source");
        assertThat(page.locator("#" + chart + "-table table").count())
            .as(chart + " table")
            .isEqualTo(1);
      }
      // the latest national figure beside the département's, with its year and source
      assertThat(page.locator("#delay-claim-national").innerText())
          .startsWith("Repère national :")
          .contains("79 jours (2023, DREES, OARSA", "Le département sur la période :");
      assertThat(page.locator("#delay-claim-chart svg").first().innerHTML())
          .contains("Repère national 2023 : 79 j");
      assertThat(page.locator("#delay-rights-national").isVisible())
          .as("no national figure")
          .isFalse();
      String claimRow =
          page.locator("#delay-claim-table tr:has(th:text-is('" + cohortMonth + "'))").innerText();
      assertThat(claimRow).as("the cohort's month").contains(Long.toString(after));
      assertThat(page.locator("#delay-claim-table thead").innerText())
          .contains("Médiane (jours)", "Part sous 45 jours", "En attente");
      assertThat(page.locator("#delay-claim-apart").innerText()).contains("en attente de décision");
      assertThat(page.locator("#oriented-table thead").innerText()).contains("Parcours emploi");
      assertThat(page.locator("#delay-claim-table").getAttribute("tabindex")).isEqualTo("0");
      assertThat(Chromium.violations(page)).as("statistics accessibility").isEmpty();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("93-statistiques.png")));
      page.locator("#oriented-section").scrollIntoViewIfNeeded();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("94-statistiques-orientes.png")));

      Download download = page.waitForDownload(() -> page.locator("#statistics-csv").click());
      String csv = new String(Files.readAllBytes(download.path()), StandardCharsets.UTF_8);
      assertThat(download.suggestedFilename()).startsWith("statistiques-").endsWith(".csv");
      assertThat(csv)
          .contains("Définition", "Délai d'orientation depuis la demande de RSA", cohort)
          .contains("monthly-oriented", "monthly-new-subject");

      // one pathway: the delays are those of the people oriented to it
      page.locator("#statistics-pathway").click();
      page.locator("vaadin-select-item:has-text('Parcours emploi')").click();
      page.locator("#statistics-scope:has-text('parcours emploi')").waitFor();
      page.locator("#delay-claim-chart[data-drawn] svg").first().waitFor();
      assertThat(Chromium.violations(page)).as("statistics filtered").isEmpty();
      page.locator("#delay-claim-section").scrollIntoViewIfNeeded();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("95-statistiques-parcours-emploi.png")));

      // every other indicator, drawn by its shape: a delay (the first appointment held, by
      // default), a rate, a stock on the month's last day
      page.locator("#explorer-section").scrollIntoViewIfNeeded();
      page.locator("#explorer-chart[data-drawn] svg").first().waitFor();
      assertThat(page.locator("#explorer-table thead").innerText())
          .contains("Arrivés au terme", "Médiane (jours)");
      page.locator("#statistics-explored").click();
      page.locator("vaadin-select-item:text-is('Taux de présence au premier rendez-vous')").click();
      page.locator("#explorer-table thead:has-text('Dénominateur')").waitFor();
      assertThat(page.locator("#explorer-definition").innerText()).contains("Numérateur");
      page.locator("#statistics-explored").click();
      page.locator("vaadin-select-item:text-is('Personnes soumises aux droits et devoirs')")
          .click();
      page.locator("#explorer-title").scrollIntoViewIfNeeded();
      page.locator("#explorer-definition:has-text('soumises aux droits et devoirs (demandeur')")
          .waitFor();
      page.locator("#explorer-chart[data-drawn] svg").first().waitFor();
      assertThat(Chromium.violations(page)).as("every indicator").isEmpty();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("100-statistiques-tous-les-indicateurs.png")));
    }
  }

  @Test
  void anOrientationAgentHasNeitherTheMenuEntryNorThePage() {
    try (BrowserContext ctx =
        browser.newContext(
            new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 1000))) {
      Page page = Chromium.login(ctx, "/coordination", "agent-08");
      page.locator("#backlog-chart").waitFor();
      assertThat(page.locator("#menu-statistics").count()).as("no menu entry").isZero();
      assertThat(Chromium.titleOn(page, "/statistiques")).isEqualTo("Accès refusé");
      assertThat(page.locator("#statistics-view").count()).isZero();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("96-statistiques-refusees.png")));
    }
  }

  private static long reached(String path) {
    Http.Response r = Http.get(path, Http.token("coord-08"));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json()
        .asJsonObject()
        .getJsonArray("months")
        .getJsonObject(0)
        .getJsonObject("delay")
        .getJsonNumber("reached")
        .longValue();
  }
}
