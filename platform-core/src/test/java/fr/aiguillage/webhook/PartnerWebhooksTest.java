package fr.aiguillage.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.webhook.PartnerWebhooks.Claimed;
import fr.aiguillage.webhook.PartnerWebhooks.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PartnerWebhooksTest {
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  final Deliveries repository = new Deliveries();
  final PartnerWebhooks webhooks = new PartnerWebhooks();

  PartnerWebhooksTest() {
    webhooks.webhooks = repository;
    webhooks.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    webhooks.caller = as(Set.of(Roles.PARTNER_ADMIN));
  }

  @Test
  void aFailedDeliveryIsTriedAgainAfterEachBackOffThenKeptAsADeadLetter() {
    Outcome down = new Outcome(503, "Réponse HTTP 503");
    List<Instant> next = new ArrayList<>();
    for (int attempts = 0; attempts <= PartnerWebhooks.BACKOFF_MINUTES.length; attempts++) {
      assertThat(webhooks.record(claimed(attempts), down, NOW)).isFalse();
      next.add(repository.nextAttempt);
      assertThat(repository.attempts).isEqualTo(attempts + 1);
      assertThat(repository.error).isEqualTo("Réponse HTTP 503");
    }
    assertThat(next)
        .containsExactly(
            NOW.plus(Duration.ofMinutes(1)),
            NOW.plus(Duration.ofMinutes(5)),
            NOW.plus(Duration.ofMinutes(30)),
            NOW.plus(Duration.ofHours(2)),
            NOW.plus(Duration.ofHours(6)),
            NOW.plus(Duration.ofHours(12)),
            null);
  }

  @Test
  void anAnswerIn2xxDeliversIt() {
    assertThat(webhooks.record(claimed(2), new Outcome(204, null), NOW)).isTrue();
    assertThat(repository.delivered).isEqualTo(3);
  }

  @Test
  void theSecretIsShownTheFirstTimeAndWhenRotatedOnly() {
    PartnerWebhooks.Endpoint first = webhooks.configure("https://plie.example/hooks", true, false);
    assertThat(first.secret()).isNotBlank();
    assertThat(repository.secret).isEqualTo(first.secret());
    assertThat(repository.partnerOrg).isEqualTo("plie-ardennes");

    assertThat(webhooks.configure("https://plie.example/hooks", false, false).secret()).isNull();
    assertThat(repository.secret).as("kept").isEqualTo(first.secret());

    String rotated = webhooks.configure("https://plie.example/hooks", true, true).secret();
    assertThat(rotated).isNotBlank().isNotEqualTo(first.secret());
  }

  @Test
  void theEndpointIsHttpsHttpOnlyToThisMachineAndCarriesNoCredentials() {
    assertThatThrownBy(() -> webhooks.configure("http://exemple.fr/hooks", true, false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("doit être en https");
    assertThatThrownBy(() -> webhooks.configure("https://moi:secret@exemple.fr/", true, false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Pas d'identifiant");
    assertThatThrownBy(() -> webhooks.configure(" ", true, false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Indiquez l'adresse");
    assertThat(webhooks.configure("http://127.0.0.1:8089/hooks", true, false).url())
        .isEqualTo("http://127.0.0.1:8089/hooks");
  }

  @Test
  void onlyThePartnerAdminSetsTheEndpoint() {
    webhooks.caller = as(Set.of(Roles.PARTNER_USER));

    assertThatThrownBy(() -> webhooks.configure("https://plie.example/hooks", true, false))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(repository.secret).isNull();
  }

  static Claimed claimed(int attempts) {
    return new Claimed(UUID.randomUUID(), "{}", attempts, "https://plie.example/hooks", "s");
  }

  static CurrentCaller as(Set<String> roles) {
    CurrentCaller caller = new CurrentCaller();
    caller.actAs(new Caller("admin-plie", Optional.empty(), Optional.of("plie-ardennes"), roles));
    return caller;
  }

  /** Keeps what the service wrote, in memory. */
  static final class Deliveries extends WebhookRepository {
    String partnerOrg;
    String secret;
    int attempts;
    String error;
    Instant nextAttempt;
    int delivered;

    @Override
    public Optional<String> secret() {
      return Optional.ofNullable(secret);
    }

    @Override
    public void save(
        String partnerOrg, String url, String secret, boolean active, String by, Instant at) {
      this.partnerOrg = partnerOrg;
      this.secret = secret;
    }

    @Override
    public void delivered(UUID id, int attempts, Integer status, Instant at) {
      delivered = attempts;
    }

    @Override
    public void failed(UUID id, int attempts, Integer status, String error, Instant nextAttempt) {
      this.attempts = attempts;
      this.error = error;
      this.nextAttempt = nextAttempt;
    }
  }
}
