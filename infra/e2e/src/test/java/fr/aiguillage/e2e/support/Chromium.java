package fr.aiguillage.e2e.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** Debian's Chromium driven by Playwright, which must never download a browser of its own. */
public final class Chromium implements AutoCloseable {
  public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private final Playwright playwright;
  public final Browser browser;

  public Chromium() {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium"))
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }

  /** A new page that logs in through Keycloak's form on the way to {@code path}. */
  public static Page login(BrowserContext ctx, String path, String user) {
    Page page = ctx.newPage();
    page.setDefaultTimeout(60_000);
    page.navigate(Http.app() + path);
    page.locator("#username").fill(user);
    page.locator("#password").fill("demo");
    page.locator("#kc-login").click();
    return page;
  }

  /**
   * The title the page shows on {@code path}: « Accès refusé » for a route the user may not open.
   */
  public static String titleOn(Page page, String path) {
    page.navigate(Http.app() + path);
    page.locator("#page-title").waitFor();
    return page.locator("#page-title").innerText();
  }

  /**
   * WCAG 2 A and AA violations found by axe-core. Ignored: aria-allowed-attr inside vaadin-select's
   * own value button, markup of the Vaadin component itself; a notice that began to fade while axe
   * was looking (its contrast is then misread; stable notices are checked).
   */
  public static List<String> violations(Page page) {
    // an overlay fading in or out (dialog, notice) is half-transparent: axe would misread its
    // contrast; a notice may also be added between two looks, so its card's computed opacity is
    // awaited too, not only the attributes
    page.waitForCondition(
        () ->
            page.locator("[opening], [closing]").count() == 0
                && Boolean.TRUE.equals(
                    page.evaluate(
                        "() => [...document.querySelectorAll('vaadin-notification-card')]"
                            + ".every(c => getComputedStyle(c).opacity === '1'"
                            + " && !c.hasAttribute('opening') && !c.hasAttribute('closing'))")),
        new Page.WaitForConditionOptions().setTimeout(10_000));
    return new AxeBuilder(page)
        .withTags(List.of("wcag2a", "wcag2aa")).analyze().getViolations().stream()
            .filter(
                rule ->
                    !rule.getNodes().stream()
                        .allMatch(
                            n -> n.getTarget().toString().contains("vaadin-select-value-button")))
            // a notice whose time ran out while axe looked: it was fading, its contrast misread
            .filter(
                rule ->
                    !rule.getNodes().stream()
                        .allMatch(
                            n ->
                                n.getTarget()
                                    .toString()
                                    .contains("vaadin-notification-card[closing")))
            // a node removed from the page while axe looked (a notice whose time ran out) is named
            // from the root alone: nobody sees it any more
            .filter(
                rule ->
                    !rule.getNodes().stream()
                        .allMatch(n -> n.getTarget().toString().startsWith("[[:root,")))
            .map(
                rule ->
                    rule.getId()
                        + " "
                        + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList())
            .toList();
  }
}
