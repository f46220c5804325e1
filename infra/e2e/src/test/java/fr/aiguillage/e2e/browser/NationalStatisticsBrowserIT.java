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
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * In Chromium: « Statistiques nationales ». The national statistician (demo user {@code stats},
 * stats-reader) reads every département and their sum with the statistical secret — a cohort of
 * fewer than 5 people shows « s », as in the national API —, each chart with its definition and the
 * DREES figure, downloads the CSV and the workbook, and opens no département's screen. The
 * platform's administrator reads it too; a département's coordinator is refused.
 */
class NationalStatisticsBrowserIT extends BrowserTest {
  static final String ID = "monthly-orientation-delay-from-claim";
  static final String OWN = "/api/v1/statistics/indicators/" + ID;
  static final String NATIONAL = "/api/v1/statistics/national/indicators/" + ID;
  static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

  @Test
  void theNationalStatisticianReadsEveryDepartementWithTheSecretAndNothingElse() throws Exception {
    // a cohort nobody else has: claims 14 months ago (the seeded claims are within the last year)
    YearMonth cohort = YearMonth.now(ZoneId.of("Europe/Paris")).minusMonths(14);
    String period = "?from=" + cohort + "&to=" + cohort;
    long before = reached(period);
    Scenarios.freshDecision("PLIE des Ardennes", Scenarios.closeToWork(), cohort.atDay(10));
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> reached(period) > before);
    assertThat(reached(period)).as("a small cohort (fewer than 5)").isBetween(1L, 4L);
    // the national API masks it: the figure the dashboard must show as « s »
    Http.Response api = Http.get(NATIONAL + period, Http.token("stats"));
    assertThat(api.status()).as(api.toString()).isEqualTo(200);
    JsonObject ardennes =
        api
            .json()
            .asJsonObject()
            .getJsonArray("tables")
            .getJsonObject(0)
            .getJsonArray("rows")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getString("label").startsWith("08"))
            .findFirst()
            .orElseThrow();
    assertThat(ardennes.getJsonArray("cells").getJsonObject(0).getBoolean("suppressed")).isTrue();

    try (BrowserContext ctx =
        browser.newContext(
            new Browser.NewContextOptions()
                .setLocale("fr-FR")
                .setViewportSize(1400, 1000)
                .setAcceptDownloads(true))) {
      Page page = Chromium.login(ctx, "/statistiques-nationales", "stats");
      page.locator("#national-statistics-view").waitFor();
      page.locator("#national-statistics-scope:has-text('De ')").waitFor();
      // the menu: home and the national figures, no département screen
      assertThat(page.locator("#menu-national-statistics").count()).isEqualTo(1);
      assertThat(page.locator("#menu-statistics").count()).isZero();
      assertThat(page.locator("#menu").innerText()).doesNotContain("Personnes", "À orienter");
      for (String chart : new String[] {"delay-claim", "delay-rights", "oriented", "new-subject"}) {
        page.locator("#" + chart + "-chart[data-drawn] svg").first().waitFor();
        assertThat(page.locator("#" + chart + "-definition").innerText())
            .as(chart + " definition")
            .startsWith("Définition :")
            .contains("Source");
        assertThat(page.locator("#" + chart + "-table table").count()).isEqualTo(1);
        assertThat(page.locator("#" + chart + "-table tbody").innerText())
            .as(chart + ": every département and their sum")
            .contains("08 — Ardennes", "59 — Nord", "Ensemble des départements");
      }
      // the thresholds side by side, for the nation (each département's in the downloads)
      assertThat(page.locator("#delay-claim-within-table tbody th").allInnerTexts())
          .containsExactly("Sous 15 jours", "Sous 30 jours", "Sous 42 jours", "Sous 45 jours");
      assertThat(page.locator("#delay-claim-within-table tbody").innerText())
          .containsPattern("%|s");
      assertThat(page.locator("#delay-claim-national").innerText())
          .startsWith("Repère national :")
          .contains("79 jours (2023, DREES, OARSA");
      assertThat(page.locator("#delay-claim-chart svg").first().innerHTML())
          .contains("Repère national 2023 : 79 j");
      assertThat(page.locator("#national-scope-note").innerText()).contains("territoire");
      assertThat(Chromium.violations(page)).as("national statistics accessibility").isEmpty();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("97-statistiques-nationales.png")));

      // the small cohort's month: masked for the Ardennes and for the sum that would give it back
      String month = MONTH.format(cohort);
      page.locator("#statistics-from").click();
      page.locator("vaadin-select-item:visible:has-text('" + month + "')").click();
      page.locator("#national-statistics-scope:has-text('De " + month + "')").waitFor();
      for (String table : new String[] {"delay-claim-people-table", "delay-claim-table"}) {
        assertThat(page.locator("#" + table + " thead th").nth(1).innerText()).isEqualTo(month);
        assertThat(
                page.locator("#" + table + " tr:has(th:text-is('08 — Ardennes')) td")
                    .first()
                    .innerText())
            .as(table + ": the Ardennes' small cohort")
            .isEqualTo("s");
        assertThat(
                page.locator("#" + table + " tr:has(th:text-is('Ensemble des départements')) td")
                    .first()
                    .innerText())
            .as(table + ": the sum would give it back")
            .isEqualTo("s");
      }
      assertThat(page.locator("#national-statistics-signs").innerText())
          .contains("s : secret statistique");
      // one département: its row and the nation's
      page.locator("#statistics-departement").click();
      page.locator("vaadin-select-item:has-text('59 — Nord')").click();
      page.locator("#national-statistics-scope:has-text('59 — Nord')").waitFor();
      assertThat(page.locator("#oriented-table tbody").innerText())
          .contains("59 — Nord", "Ensemble des départements")
          .doesNotContain("08 — Ardennes");
      assertThat(Chromium.violations(page)).as("national statistics filtered").isEmpty();
      page.locator("#delay-claim-section").scrollIntoViewIfNeeded();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("98-statistiques-nationales-secret.png")));

      Download csv = page.waitForDownload(() -> page.locator("#national-statistics-csv").click());
      String text = new String(Files.readAllBytes(csv.path()), StandardCharsets.UTF_8);
      assertThat(csv.suggestedFilename()).startsWith("statistiques-nationales-").endsWith(".csv");
      assertThat(text).contains("Définition", "08 — Ardennes", "59 — Nord", ID, "monthly-oriented");
      Download xlsx = page.waitForDownload(() -> page.locator("#national-statistics-xlsx").click());
      assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
      byte[] workbook = Files.readAllBytes(xlsx.path());
      assertThat(new String(workbook, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");

      // nothing of a département: neither its people nor its own figures
      for (String path : new String[] {"/personnes", "/statistiques", "/orientations"}) {
        assertThat(Chromium.titleOn(page, path)).as(path).isEqualTo("Accès refusé");
      }
    }
  }

  @Test
  void thePlatformAdministratorReadsItAndADepartementsCoordinatorIsRefused() {
    try (BrowserContext ctx =
        browser.newContext(
            new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 1000))) {
      Page page = Chromium.login(ctx, "/accueil", "admin");
      page.locator("#home-national-statistics").click();
      page.locator("#national-statistics-view").waitFor();
      page.locator("#delay-claim-chart[data-drawn] svg").first().waitFor();
      assertThat(page.locator("#menu-national-statistics").count()).isEqualTo(1);
      assertThat(page.locator("#oriented-table tbody").innerText())
          .contains("Ensemble des départements");
    }
    try (BrowserContext ctx =
        browser.newContext(
            new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 1000))) {
      Page page = Chromium.login(ctx, "/statistiques", "coord-08");
      page.locator("#statistics-view").waitFor();
      assertThat(page.locator("#menu-national-statistics").count()).as("no menu entry").isZero();
      assertThat(Chromium.titleOn(page, "/statistiques-nationales")).isEqualTo("Accès refusé");
      assertThat(page.locator("#national-statistics-view").count()).isZero();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("99-statistiques-nationales-refusees.png")));
    }
  }

  private static long reached(String period) {
    Http.Response r = Http.get(OWN + period, Http.token("coord-08"));
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
