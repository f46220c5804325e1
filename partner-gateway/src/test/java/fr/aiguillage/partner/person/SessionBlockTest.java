package fr.aiguillage.partner.person;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.session.PersonSessions.PlaceDetails;
import fr.aiguillage.session.PersonSessions.SessionItem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionBlockTest {
  static final SessionItem HERE =
      new SessionItem(
          UUID.fromString("00000000-0000-4000-8000-000000000001"),
          "Information collective <droits & devoirs>",
          Instant.parse("2026-12-08T08:30:00Z"),
          Instant.parse("2026-12-08T10:30:00Z"),
          "12 place Ducale, Charleville-Mézières",
          "Salle 2",
          null,
          3);
  static final SessionItem LATER =
      new SessionItem(
          UUID.fromString("00000000-0000-4000-8000-000000000002"),
          HERE.kind(),
          Instant.parse("2026-12-22T13:00:00Z"),
          Instant.parse("2026-12-22T15:00:00Z"),
          null,
          null,
          "https://visio.example/s/1",
          1);

  @Test
  void showsWhenWhereAndTheOtherDatesToChoose() {
    String html = SessionBlock.render(new PlaceDetails(HERE, true, List.of(LATER)), null);
    assertThat(html)
        .contains(
            "Information collective &lt;droits &amp; devoirs&gt;",
            "mardi 8 décembre 2026 à 09h30",
            "(120 minutes)",
            "Adresse : 12 place Ducale, Charleville-Mézières, salle Salle 2",
            "<legend>Je ne pourrai pas venir</legend>",
            "name=\"session\" value=\"" + HERE.sessionId() + "\"",
            "name=\"instead\" value=\"" + LATER.sessionId() + "\"",
            "mardi 22 décembre 2026 à 14h00, en visioconférence (1 place)",
            "value=\"\" checked> Aucune de ces dates")
        .doesNotContain("<script", "<droits");
  }

  @Test
  void withoutOtherDatesOrOnceUnderWayTheFormSaysSoOrIsGone() {
    assertThat(SessionBlock.render(new PlaceDetails(HERE, true, List.of()), "Refusé."))
        .contains("Aucune autre date n'a de place", "role=\"alert\" id=\"session-erreur\">Refusé.");
    assertThat(SessionBlock.render(new PlaceDetails(HERE, false, List.of()), null))
        .contains("mardi 8 décembre 2026 à 09h30")
        .doesNotContain("<form", "Je ne pourrai pas venir");
  }
}
