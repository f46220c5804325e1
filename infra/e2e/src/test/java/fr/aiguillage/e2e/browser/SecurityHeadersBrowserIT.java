package fr.aiguillage.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import fr.aiguillage.e2e.support.BrowserTest;
import fr.aiguillage.e2e.support.Chromium;
import fr.aiguillage.e2e.support.Http;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Every face carries its protective headers, works under its Content-Security-Policy in Chromium
 * (no violation reported, the page renders), cannot be framed by another site, and its cookies are
 * SameSite. Error pages are our own, in French, on every face.
 */
class SecurityHeadersBrowserIT extends BrowserTest {
  @Test
  void theStaffUiWorksUnderItsPolicyCannotBeFramedAndKeepsItsCookiesToItself() {
    try (BrowserContext ctx = browser.newContext()) {
      List<String> violations = cspViolations(ctx);
      Page page = Chromium.login(ctx, "/", "agent-08");
      page.locator("#beneficiaries vaadin-grid-cell-content").first().waitFor();
      Response doc = page.navigate(Http.app() + "/");
      page.locator("#beneficiaries vaadin-grid-cell-content").first().waitFor();
      assertProtected(doc.allHeaders(), "'unsafe-eval'");
      assertThat(violations).as("CSP violations on the staff UI").isEmpty();
      List<Cookie> cookies =
          ctx.cookies(Http.app()).stream()
              .filter(c -> c.name.equals("JSESSIONID") || c.name.startsWith("WAS"))
              .toList();
      assertThat(cookies).as("cookies set by Liberty for the application").isNotEmpty();
      assertThat(cookies)
          .allSatisfy(
              c -> {
                assertThat(c.sameSite).as(c.name).isEqualTo(SameSiteAttribute.LAX);
                assertThat(c.httpOnly).as(c.name).isTrue();
              });

      Page attacker = ctx.newPage();
      attacker.setContent(
          "<h1>Site tiers</h1><iframe id='f' src='"
              + Http.app()
              + "/' width=800 height=600></iframe>");
      attacker.waitForLoadState();
      Frame framed =
          attacker.frames().stream()
              .filter(f -> f != attacker.mainFrame())
              .findFirst()
              .orElseThrow();
      assertThat(framed.url())
          .as("the browser refused to show the staff UI inside another site's frame")
          .startsWith("chrome-error:");

      Response missing = page.navigate(Http.app() + "/VAADIN/nothing-here.js");
      assertThat(missing.status()).isEqualTo(404);
      assertThat(page.content()).doesNotContain("Exception").doesNotContain("Error 404");
    }
  }

  @Test
  void thePartnerPortalWorksUnderItsPolicy() {
    try (BrowserContext ctx = browser.newContext()) {
      List<String> violations = cspViolations(ctx);
      Page page = Chromium.login(ctx, "/partenaires", "plie-08");
      page.locator("vaadin-grid").first().waitFor();
      Response doc = page.navigate(Http.app() + "/partenaires");
      page.locator("vaadin-grid").first().waitFor();
      assertProtected(doc.allHeaders(), "'unsafe-eval'");
      assertThat(violations).as("CSP violations on the portal").isEmpty();
      page.navigate(Http.app() + "/partenaires/nulle-part");
      assertThat(page.locator("#page-title").innerText()).isEqualTo("Page introuvable");
    }
  }

  @Test
  void thePersonsPagesRunNoScriptAndCannotBeFramed() {
    try (BrowserContext ctx = browser.newContext()) {
      Page page = ctx.newPage();
      Response r = page.navigate(Http.app() + "/mon-parcours/lien-inconnu");
      assertThat(r.status()).isEqualTo(404);
      Map<String, String> h = r.allHeaders();
      assertProtected(h, "default-src 'none'");
      assertThat(h.get("content-security-policy")).doesNotContain("script-src");
      assertThat(h.get("cache-control")).contains("no-store");
      assertThat(page.locator("h1").innerText()).isEqualTo("Lien inutilisable");
    }
  }

  private static void assertProtected(Map<String, String> headers, String policyPart) {
    assertThat(headers.get("x-frame-options")).isEqualTo("DENY");
    assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
    assertThat(headers.get("content-security-policy"))
        .contains("frame-ancestors 'none'")
        .contains(policyPart);
  }

  /** Chromium reports each blocked script, style or connection on the console. */
  private static List<String> cspViolations(BrowserContext ctx) {
    List<String> seen = new CopyOnWriteArrayList<>();
    ctx.onPage(
        p ->
            p.onConsoleMessage(
                m -> {
                  if (m.text().contains("Content Security Policy")) {
                    seen.add(m.text());
                  }
                }));
    return seen;
  }
}
