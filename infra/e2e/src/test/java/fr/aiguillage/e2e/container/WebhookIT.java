package fr.aiguillage.e2e.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import fr.aiguillage.beneficiary.Beneficiaries;
import fr.aiguillage.beneficiary.BeneficiaryDraft;
import fr.aiguillage.diagnostic.DiagnosticDetails;
import fr.aiguillage.diagnostic.Diagnostics;
import fr.aiguillage.directory.Directory;
import fr.aiguillage.directory.StructureSummary;
import fr.aiguillage.e2e.support.Deployments;
import fr.aiguillage.orientation.Decision;
import fr.aiguillage.orientation.OrientationDecisions;
import fr.aiguillage.orientation.OrientationFile;
import fr.aiguillage.orientation.OrientationQueries;
import fr.aiguillage.orientation.PartnerReferrals;
import fr.aiguillage.orientation.Referrals;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantCode;
import fr.aiguillage.vocabulary.Pathway;
import fr.aiguillage.webhook.PartnerWebhooks;
import fr.aiguillage.webhook.WebhookDispatcher;
import fr.aiguillage.webhook.WebhookSignature;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, against a real HTTP receiver on this machine: the PLIE's admin sets its
 * endpoint; the events about its referrals arrive signed (Standard Webhooks, checked here with the
 * secret), in CloudEvents JSON; a receiver that answers 503, or too slowly, gets the delivery again
 * later (explicit clock), and after the last attempt it is a dead letter the admin replays; France
 * Travail's admin sees none of it.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addClasses(WebhookIT.class);
  }

  @Inject Beneficiaries beneficiaries;
  @Inject Diagnostics diagnostics;
  @Inject OrientationQueries orientations;
  @Inject OrientationDecisions decisions;
  @Inject Referrals referrals;
  @Inject Directory directory;
  @Inject PartnerReferrals partnerReferrals;
  @Inject PartnerWebhooks webhooks;
  @Inject WebhookDispatcher dispatcher;
  @Inject CurrentCaller currentCaller;

  record Received(String id, String timestamp, String signature, String body) {}

  /** How the receiver answers the deliveries about the referral it watches; 200 to the others. */
  enum Answer {
    OK,
    UNAVAILABLE,
    SLOW
  }

  @Test
  void eventsArriveSignedAreRetriedThenKeptAsDeadLettersToReplay() throws Exception {
    ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    AtomicReference<Answer> answer = new AtomicReference<>(Answer.UNAVAILABLE);
    AtomicReference<String> watched = new AtomicReference<>("none");
    CountDownLatch never = new CountDownLatch(1);
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hooks",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          boolean mine = body.contains(watched.get());
          if (mine) {
            received.add(
                new Received(
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    body));
          }
          Answer a = mine ? answer.get() : Answer.OK;
          if (a == Answer.SLOW) {
            try {
              // a server slower than the platform's patience
              never.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          exchange.sendResponseHeaders(a == Answer.UNAVAILABLE ? 503 : 204, -1);
          exchange.close();
        });
    receiver.start();
    try {
      String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";

      actAsPartnerAdmin("france-travail");
      assertThrows(
          InvalidInputException.class,
          () -> webhooks.configure("http://exemple.fr/hooks", true, false),
          "http only to this machine");
      actAs("plie-08", Optional.empty(), Optional.of("plie-ardennes"), Roles.PARTNER_USER);
      assertThrows(
          AccessDeniedException.class,
          () -> webhooks.configure(url, true, false),
          "a partner user is not its organisation's admin");

      actAsPartnerAdmin("plie-ardennes");
      PartnerWebhooks.Endpoint endpoint = webhooks.configure(url, true, true);
      String secret = endpoint.secret();
      assertTrue(secret.startsWith("whsec_"), "a new secret is shown once");
      actAsPartnerAdmin("plie-ardennes");
      assertNull(webhooks.configure(url, true, false).secret(), "and not again");

      UUID referral = referToThePlie("7200003");
      watched.set(referral.toString());

      Instant t0 = Instant.now();
      dispatcher.runAll(t0);
      assertEquals(1, received.size(), "the first attempt");
      PartnerWebhooks.Delivery first = delivery(referral);
      assertEquals("PENDING", first.status());
      assertEquals(1, first.attempts());
      assertEquals(Integer.valueOf(503), first.lastStatus());
      dispatcher.runAll(t0.plusSeconds(30));
      assertEquals(1, received.size(), "not before its back-off");

      answer.set(Answer.SLOW);
      dispatcher.runAll(t0.plus(Duration.ofMinutes(2)));
      assertEquals(2, received.size());
      assertTrue(delivery(referral).lastError().contains("Pas de réponse"), "a slow receiver");

      answer.set(Answer.OK);
      dispatcher.runAll(t0.plus(Duration.ofMinutes(10)));
      assertEquals(3, received.size());
      PartnerWebhooks.Delivery delivered = delivery(referral);
      assertEquals("DELIVERED", delivered.status());
      assertEquals(3, delivered.attempts());

      Received r = received.peek();
      assertEquals(
          WebhookSignature.sign(secret, r.id(), Long.parseLong(r.timestamp()), r.body()),
          r.signature(),
          "signed with the organisation's secret");
      assertEquals(delivered.id().toString(), r.id(), "the same id on every attempt");
      JsonObject event = Json.createReader(new StringReader(r.body())).readObject();
      assertEquals("fr.aiguillage.referral.sent", event.getString("type"));
      assertEquals(referral.toString(), event.getJsonObject("data").getString("referralId"));
      assertEquals("plie-ardennes", event.getJsonObject("data").getString("partnerOrganisation"));
      assertTrue(!r.body().contains("Webhook"), "no name in the event");

      // a receiver down for good: every attempt fails, then the delivery is a dead letter
      answer.set(Answer.UNAVAILABLE);
      actAs("plie-08", Optional.empty(), Optional.of("plie-ardennes"), Roles.PARTNER_USER);
      partnerReferrals.answer(
          referral,
          new PartnerReferrals.AnswerInput(PartnerReferrals.Answer.REVIEWING, null, null, null));
      int before = received.size();
      for (int day = 1; day <= 8; day++) {
        dispatcher.runAll(t0.plus(Duration.ofDays(day)));
      }
      assertEquals(before + 7, received.size(), "seven attempts, then no more");
      actAsPartnerAdmin("plie-ardennes");
      PartnerWebhooks.Delivery dead =
          webhooks.deadLetters(500).stream()
              .filter(d -> d.aggregateId().equals(referral.toString()))
              .findFirst()
              .orElseThrow();
      assertEquals("fr.aiguillage.referral.reviewing", dead.eventType());

      actAsPartnerAdmin("france-travail");
      assertTrue(
          webhooks.deadLetters(500).stream().noneMatch(d -> d.id().equals(dead.id())),
          "another organisation's dead letters");
      assertTrue(
          webhooks.recent(500).stream()
              .noneMatch(d -> d.aggregateId().equals(referral.toString())));

      answer.set(Answer.OK);
      actAsPartnerAdmin("plie-ardennes");
      assertEquals(1, webhooks.replay(dead.id()));
      dispatcher.runAll(t0.plus(Duration.ofDays(9)));
      assertEquals(before + 8, received.size());
      actAsPartnerAdmin("plie-ardennes");
      assertEquals(
          "DELIVERED",
          webhooks.recent(500).stream()
              .filter(d -> d.id().equals(dead.id()))
              .findFirst()
              .orElseThrow()
              .status(),
          "replayed and delivered");
      dispatcher.runAll(t0.plus(Duration.ofDays(10)));
      assertEquals(before + 8, received.size(), "nothing twice");
    } finally {
      never.countDown();
      receiver.stop(0);
      actAsPartnerAdmin("plie-ardennes");
      webhooks.configure("http://127.0.0.1:9/closed", false, false);
    }
  }

  private PartnerWebhooks.Delivery delivery(UUID referral) {
    actAsPartnerAdmin("plie-ardennes");
    List<PartnerWebhooks.Delivery> mine =
        webhooks.recent(500).stream()
            .filter(d -> d.aggregateId().equals(referral.toString()))
            .toList();
    assertEquals(1, mine.size(), mine.toString());
    assertNotNull(mine.get(0).createdAt());
    return mine.get(0);
  }

  /** A new person of the Ardennes, decided and addressed to the PLIE; returns the referral. */
  private UUID referToThePlie(String caf) throws IOException {
    actAs(
        "agent-test", Optional.of(TenantCode.of("08")), Optional.empty(), Roles.ORIENTATION_AGENT);
    var person = beneficiaries.register(draft(caf));
    DiagnosticDetails d = diagnostics.open(person.id());
    diagnostics.complete(d.id(), "Synthèse de test", null, List.of());
    OrientationFile o = orientations.ofBeneficiary(person.id());
    StructureSummary plie =
        directory.directory().stream()
            .filter(s -> s.name().equals("PLIE des Ardennes"))
            .findFirst()
            .orElseThrow();
    o =
        decisions.decide(
            o.id(),
            o.version(),
            new Decision(Pathway.valueOf(plie.pathways().get(0)), plie.id(), null, "Vers le PLIE"));
    o = referrals.refer(o.id(), o.version());
    return o.referrals().get(0).id();
  }

  private void actAsPartnerAdmin(String org) {
    actAs("admin-" + org, Optional.empty(), Optional.of(org), Roles.PARTNER_ADMIN);
  }

  private void actAs(String user, Optional<TenantCode> tenant, Optional<String> org, String role) {
    currentCaller.actAs(new Caller(user, tenant, org, Set.of(role)));
  }

  private static BeneficiaryDraft draft(String caf) {
    return new BeneficiaryDraft(
        "MONSIEUR",
        "Webhook",
        null,
        "Test",
        LocalDate.of(1979, 6, 1),
        caf,
        "CLAIMANT",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(20),
        LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(10));
  }
}
