package fr.aiguillage.e2e.browser;

import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.put;
import static fr.aiguillage.e2e.support.Http.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import fr.aiguillage.e2e.support.BrowserTest;
import fr.aiguillage.e2e.support.Chromium;
import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.Mailbox;
import fr.aiguillage.e2e.support.Scenarios;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The person signs their contract remotely on a phone-sized Chromium: the link received by e-mail,
 * the contract read, the one-time code asked for by e-mail and typed, the consent ticked, the name
 * typed; then the signed state and the signed PDF. Axe finds nothing serious, and every control is
 * reached with the Tab key. The referent's side is set up through the API, as in ContractApiIT.
 */
class PersonContractBrowserIT extends BrowserTest {
  static final String CONTRACTS = "/api/v1/contracts";

  @BeforeAll
  static void contratDEngagementPublished() {
    Scenarios.contractTemplatePublished("CONTRAT_ENGAGEMENT");
  }

  @Test
  void thePersonReadsAndSignsTheirContractOnAPhone() throws Exception {
    Scenarios.Decided d =
        Scenarios.freshDecision(
            "Service insertion – DT Nord Ardennes",
            Scenarios.closeToWork()
                .add("barrier_mobility", "STRONG")
                .add("expectations", "Passer le permis pour aller travailler"));
    String email = "telephone." + d.person().substring(0, 8) + "@exemple.fr";
    Scenarios.contact(d.person(), email, "06 12 34 56 78");
    Http.Response drafted =
        post(CONTRACTS, token("referent-08"), "{\"beneficiaryId\": \"" + d.person() + "\"}");
    assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
    JsonObject contract = drafted.json().asJsonObject();
    String id = contract.getString("id");
    Http.Response edited = put(CONTRACTS + "/" + id, token("referent-08"), finished(contract));
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    String sha =
        post(CONTRACTS + "/" + id + "/submit", token("referent-08"), "")
            .json()
            .asJsonObject()
            .getString("documentSha256");
    Http.Response referentSigned =
        post(
            CONTRACTS + "/" + id + "/signatures",
            token("referent-08"),
            Json.createObjectBuilder()
                .add("signer", "REFERENT")
                .add("consent", true)
                .add("typedName", "Thomas Girard")
                .add("documentSha256", sha)
                .build()
                .toString());
    assertThat(referentSigned.status()).as(referentSigned.toString()).isEqualTo(200);
    Http.Response sent =
        post(
            CONTRACTS + "/" + id + "/remote-signature",
            token("referent-08"),
            "{\"channel\": \"EMAIL\"}");
    assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
    String link =
        find(
            "https?://[^/\\s]+(/mon-parcours/[A-Za-z0-9_-]+)",
            Mailbox.text(
                Mailbox.awaitMessage(
                    m -> Mailbox.sentTo(m, email) && Mailbox.subject(m).contains("à signer"))));

    try (BrowserContext phone =
        browser.newContext(
            new Browser.NewContextOptions()
                .setLocale("fr-FR")
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true))) {
      Page page = phone.newPage();
      page.navigate(Http.app() + link);
      assertThat(page.locator("main > h1").textContent()).isEqualTo("Votre contrat");
      assertThat(page.locator("dl").textContent()).contains("Thomas Girard");
      assertThat(page.locator(".document").textContent()).isNotBlank();
      assertThat(page.locator(".help code").textContent()).isEqualTo(sha);
      assertThat(horizontalOverflow(page)).as("nothing wider than the phone").isFalse();
      assertThat(seriousViolations(page)).as("contract page to sign").isEmpty();
      assertThat(tabStops(page))
          .as("every control reached with the Tab key")
          .contains(
              "canal-sms", "recevoir-code", "code-recu", "nom", "consentement", "signer-contrat");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("75-personne-contrat-a-signer.png"))
              .setFullPage(true));

      page.locator("#canal-email").check();
      page.locator("#recevoir-code").click();
      page.locator("[role=status]").waitFor();
      String code =
          find(
              "\\b(\\d{6})\\b",
              Mailbox.text(
                  Mailbox.awaitMessage(
                      m ->
                          Mailbox.sentTo(m, email)
                              && Mailbox.subject(m).contains("code de signature"))));
      page.locator("#code-recu").fill(code);
      page.locator("#nom").fill(contract.getString("personName"));
      page.locator("#consentement").check();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("76-personne-contrat-code-saisi.png")));
      page.locator("#signer-contrat").click();

      page.locator("#signe").waitFor();
      assertThat(page.locator("#signe").textContent()).isEqualTo("Votre contrat est signé");
      assertThat(page.locator("main").textContent()).contains("Vous, le", "Thomas Girard");
      assertThat(seriousViolations(page)).as("signed contract page").isEmpty();
      assertThat(horizontalOverflow(page)).as("signed page on the phone").isFalse();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("77-personne-contrat-signe.png"))
              .setFullPage(true));

      String pdf = page.locator("a[href$='contrat.pdf']").getAttribute("href");
      APIResponse download = phone.request().get(Http.app() + pdf);
      assertThat(download.status()).isEqualTo(200);
      assertThat(download.headers().get("content-type")).startsWith("application/pdf");
      assertThat(new String(download.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("%PDF-");
    }
    assertThat(
            Http.get(CONTRACTS + "/" + id, token("referent-08"))
                .json()
                .asJsonObject()
                .getString("state"))
        .isEqualTo("SIGNED");
  }

  /** The ids of the elements the Tab key goes through, from the top of the page. */
  static List<String> tabStops(Page page) {
    List<String> ids = new ArrayList<>();
    page.evaluate("() => document.activeElement && document.activeElement.blur()");
    for (int i = 0; i < 25; i++) {
      page.keyboard().press("Tab");
      Object id = page.evaluate("() => document.activeElement ? document.activeElement.id : ''");
      ids.add(id == null ? "" : id.toString());
    }
    return ids;
  }

  static boolean horizontalOverflow(Page page) {
    return (Boolean)
        page.evaluate(
            "() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
  }

  /** Axe's serious and critical WCAG 2 A/AA findings, with where. */
  static List<String> seriousViolations(Page page) {
    return new AxeBuilder(page)
        .withTags(List.of("wcag2a", "wcag2aa")).analyze().getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .map(PersonContractBrowserIT::describe)
            .toList();
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " "
        + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList();
  }

  static String find(String regex, String text) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return m.group(1);
  }

  /** The draft's plan with 15 hours a week spread over the proposed actions, for six months. */
  static String finished(JsonObject contract) {
    JsonObject plan = contract.getJsonObject("plan");
    List<JsonObject> objectives = plan.getJsonArray("objectives").getValuesAs(JsonObject.class);
    int actions = objectives.stream().mapToInt(o -> o.getJsonArray("actions").size()).sum();
    int each = (int) Math.ceil(15.0 / Math.max(1, actions));
    JsonArrayBuilder edited = Json.createArrayBuilder();
    for (JsonObject o : objectives) {
      JsonArrayBuilder list = Json.createArrayBuilder();
      o.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
          .map(a -> Json.createObjectBuilder(a).add("hoursPerWeek", each))
          .forEach(list::add);
      edited.add(Json.createObjectBuilder(o).add("actions", list));
    }
    return Json.createObjectBuilder()
        .add("startDate", contract.getJsonObject("term").getString("start"))
        .add("durationMonths", 6)
        .add("reviewOn", contract.getJsonObject("term").getString("reviewOn"))
        .add(
            "plan",
            Json.createObjectBuilder()
                .add("objectives", edited)
                .add("requiredWeeklyHours", 15)
                .addNull("exemptionReason"))
        .add("rowVersion", contract.getJsonNumber("rowVersion").longValue())
        .build()
        .toString();
  }
}
