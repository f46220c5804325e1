package fr.aiguillage.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.aiguillage.events.DomainEvent;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantCode;
import fr.aiguillage.testing.PayloadJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code notification.sent}: published when a notice leaves (an e-mail or SMS accepted, a letter
 * posted), keyed by the notice, with its kind, channel and time — never its recipient or text.
 */
class NotificationSentTest {
  static final Instant CREATED = Instant.parse("2026-03-02T09:30:00Z");
  static final Instant SENT = Instant.parse("2026-03-02T09:31:05Z");

  final List<DomainEvent> published = new ArrayList<>();
  final NotificationEvents events = new NotificationEvents();

  NotificationSentTest() {
    CurrentCaller caller = new CurrentCaller();
    caller.actAs(
        new Caller(
            NotificationDispatcher.SYSTEM,
            Optional.of(new TenantCode("08")),
            Optional.empty(),
            Set.of(Roles.COORDINATOR)));
    events.caller = caller;
    events.events = published::add;
  }

  @Test
  void aDecisionsEmailSentIsPublishedUnderItsOwnKey() {
    UUID orientation = UUID.randomUUID();
    Notification n = notice(Notification.Kind.DECISION, Notification.Channel.EMAIL, orientation);
    n.sent(SENT);

    events.sent(n);

    assertThat(published)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo("notification.sent");
              assertThat(e.aggregateType()).isEqualTo("notification");
              assertThat(e.aggregateId()).as("key = the notice's id").isEqualTo(n.id().toString());
              assertThat(e.tenant()).isEqualTo("08");
              assertThat(e.occurredAt()).isEqualTo(SENT);
            });
    JsonNode json = PayloadJson.of(published.get(0).payload());
    assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.path("notificationId").asText()).isEqualTo(n.id().toString());
    assertThat(json.path("beneficiaryId").asText()).isEqualTo(n.beneficiaryId().toString());
    assertThat(json.path("orientationId").asText()).isEqualTo(orientation.toString());
    assertThat(json.path("tenant").asText()).isEqualTo("08");
    assertThat(json.path("kind").asText()).isEqualTo("DECISION");
    assertThat(json.path("channel").asText()).isEqualTo("EMAIL");
    assertThat(json.path("sentAt").asText()).isEqualTo("2026-03-02T09:31:05Z");
    assertThat(json.toString())
        .as("no recipient, subject or text")
        .doesNotContain("lea.martin", "Votre orientation", "Madame");
  }

  @Test
  void aLetterIsSentWhenItIsPosted() {
    Notification n = notice(Notification.Kind.DECISION, Notification.Channel.LETTER, null);
    n.written(new byte[] {1}, false);
    assertThat(n.sentAt()).as("written, waiting to be printed").isEmpty();

    n.printed(SENT);
    events.sent(n);

    assertThat(n.status()).isEqualTo(Notification.Status.PRINTED);
    assertThat(n.sentAt()).contains(SENT);
    JsonNode json = PayloadJson.of(published.get(0).payload());
    assertThat(json.path("channel").asText()).isEqualTo("LETTER");
    assertThat(json.has("orientationId")).as("a notice about no orientation").isFalse();
  }

  private static Notification notice(
      Notification.Kind kind, Notification.Channel channel, UUID orientation) {
    return new Notification(
        kind,
        channel,
        orientation,
        UUID.randomUUID(),
        channel == Notification.Channel.LETTER ? null : "lea.martin@exemple.fr",
        "Votre orientation",
        "Madame, votre orientation est décidée.",
        null,
        "agent-08",
        CREATED);
  }
}
