package fr.aiguillage.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.aiguillage.testing.PayloadJson;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The payload of {@code appointment.*}: the person it is about, without the orientation's events.
 */
class AppointmentChangedTest {
  static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

  @Test
  void anAppointmentEventNamesThePerson() {
    Instant start = NOW.plus(Duration.ofDays(3));
    Slot slot =
        Slot.open(
            UUID.randomUUID(),
            null,
            "plie-ardennes",
            null,
            start,
            start.plus(Duration.ofMinutes(45)),
            Modality.PHYSIQUE,
            "Charleville-Mézières",
            "plie-08",
            NOW);
    UUID person = UUID.randomUUID();
    Appointment a =
        Appointment.book(
            slot,
            UUID.randomUUID(),
            UUID.randomUUID(),
            person,
            UUID.randomUUID(),
            Appointment.Motif.ACC,
            Appointment.Initiator.PARTENAIRE,
            null,
            "plie-08",
            NOW);

    JsonNode booked = PayloadJson.of(AppointmentChanged.of(a, "08", NOW));

    assertThat(booked.path("beneficiaryId").asText()).isEqualTo(person.toString());
    assertThat(booked.path("status").asText()).isEqualTo("BOOKED");
    assertThat(booked.path("partnerOrganisation").asText()).isEqualTo("plie-ardennes");
  }
}
