package fr.aiguillage.orientation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.aiguillage.testing.PayloadJson;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The payload of {@code referral.*}: the person it is about, without waiting for the orientation.
 */
class ReferralChangedTest {
  static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

  @Test
  void everyReferralEventNamesThePerson() {
    UUID person = UUID.randomUUID();
    UUID orientation = UUID.randomUUID();
    Referral r =
        Referral.send(
            orientation,
            person,
            "SOCIAL",
            UUID.randomUUID(),
            "plie-ardennes",
            "agent-08",
            NOW,
            NOW.plus(Duration.ofDays(10)),
            NOW.plus(Duration.ofDays(7)));

    JsonNode sent = PayloadJson.of(ReferralChanged.of(r, "08", NOW));
    r.accept(UUID.randomUUID(), "plie-08", NOW.plusSeconds(60));
    JsonNode accepted = PayloadJson.of(ReferralChanged.of(r, "08", NOW.plusSeconds(60)));

    assertThat(sent.path("beneficiaryId").asText()).isEqualTo(person.toString());
    assertThat(sent.path("orientationId").asText()).isEqualTo(orientation.toString());
    assertThat(accepted.path("beneficiaryId").asText()).isEqualTo(person.toString());
    assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
  }
}
