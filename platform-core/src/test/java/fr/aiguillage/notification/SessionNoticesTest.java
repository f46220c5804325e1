package fr.aiguillage.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SessionNoticesTest {
  static final UUID SESSION = UUID.fromString("5e551011-0000-4000-8000-000000000001");
  static final UUID PERSON = UUID.fromString("9e2501a0-0000-4000-8000-000000000002");
  static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  // Tuesday 8 December 2026, 9:30 in Paris (UTC+1)
  static final SessionFacts ROOM =
      new SessionFacts(
          "Information collective droits et devoirs",
          Instant.parse("2026-12-08T08:30:00Z"),
          Instant.parse("2026-12-08T10:30:00Z"),
          "12 place Ducale, 08000 Charleville-Mézières",
          "Salle Rimbaud",
          null,
          null);
  static final SessionFacts NEXT =
      new SessionFacts(
          "Information collective droits et devoirs",
          Instant.parse("2026-12-22T08:30:00Z"),
          Instant.parse("2026-12-22T10:30:00Z"),
          "3 rue de l'Église, 08200 Sedan",
          null,
          null,
          null);
  static final SessionNotices.Addressee TO =
      new SessionNotices.Addressee(
          "Madame", "Élodie L'HÔTE", List.of("12 rue de l'Église", "08000 Charleville-Mézières"));
  static final String LINK = "https://aiguillage.example/mon-parcours/abcDEF123_-xyz0123456789";

  private static ConvocationData convocation(SessionNotice.Type type, SessionFacts s, String link) {
    return SessionNotices.data(
        new SessionNotice(type, SESSION, PERSON, UUID.randomUUID(), "t", null),
        s,
        null,
        TO,
        "Ardennes",
        link,
        NOW);
  }

  @Test
  void theConvocationLetterGivesTheDayThePlaceTheLinkInAnAccessiblePdf() throws Exception {
    ConvocationData d = convocation(SessionNotice.Type.CONVOCATION, ROOM, LINK);
    byte[] pdf = ConvocationLetter.pdf(d);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replace("\n", " ");
      assertThat(text)
          .contains(
              "Convocation à une séance d'information collective",
              "Madame Élodie L'HÔTE",
              "1 décembre 2026",
              "Information collective droits et devoirs",
              "mardi 8 décembre 2026 à 09h30",
              "120 minutes",
              "12 place Ducale, 08000 Charleville-Mézières",
              "Salle : Salle Rimbaud",
              "pièce d'identité",
              "L. 262-27",
              "L. 262-37")
          .doesNotContain("&#39;", "&amp;", "annulée");
      assertThat(text.replace(" ", "")).contains(LINK);
      assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("fr");
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Convocation à une séance d'information collective — Élodie L'HÔTE");
    }
  }

  @Test
  void aVideoSessionGivesItsLinkAndNoRoom() throws Exception {
    SessionFacts video =
        new SessionFacts(
            "Information collective",
            ROOM.startsAt(),
            ROOM.endsAt(),
            null,
            null,
            "https://visio.example/s/42",
            null);
    ConvocationData d = convocation(SessionNotice.Type.CONVOCATION, video, null);
    try (PDDocument doc = Loader.loadPDF(ConvocationLetter.pdf(d))) {
      String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
      assertThat(text)
          .contains("En visioconférence : https://visio.example/s/42")
          .doesNotContain("Salle :", "questionnaire");
    }
    String sms =
        Templates.text(
            "session-convocation-sms.txt", SessionNotices.scope(d, "Élodie L'Hôte", video, null));
    assertThat(sms).contains("en visio").doesNotContain("null", "Questionnaire");
  }

  @Test
  void theCancellationGivesTheReasonAndTheNextSession() throws Exception {
    SessionFacts cancelled =
        new SessionFacts(
            ROOM.kind(),
            ROOM.startsAt(),
            ROOM.endsAt(),
            ROOM.address(),
            ROOM.room(),
            null,
            "Salle indisponible (travaux)");
    ConvocationData d =
        SessionNotices.data(
            new SessionNotice(
                SessionNotice.Type.CANCELLATION, SESSION, PERSON, UUID.randomUUID(), null, null),
            cancelled,
            NEXT,
            TO,
            "Ardennes",
            null,
            NOW);
    try (PDDocument doc = Loader.loadPDF(ConvocationLetter.pdf(d))) {
      String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replace("\n", " ");
      assertThat(text)
          .contains(
              "Annulation de la séance d'information collective",
              "mardi 8 décembre 2026 à 09h30",
              "est annulée",
              "Motif : Salle indisponible (travaux)",
              "mardi 22 décembre 2026 à 09h30",
              "3 rue de l'Église, 08200 Sedan");
    }
    Map<String, Object> scope = SessionNotices.scope(d, "Élodie L'Hôte", cancelled, NEXT);
    assertThat(Templates.text("session-cancellation-email.txt", scope))
        .contains(
            "du mardi 8 décembre 2026 à 09h30",
            "est annulée",
            "Motif : Salle indisponible (travaux)",
            "le mardi 22 décembre 2026 à 09h30",
            "3 rue de l'Église, 08200 Sedan")
        .doesNotContain("&#39;");
    assertThat(Templates.text("session-cancellation-sms.txt", scope))
        .contains("est annulée", "le mardi 22 décembre 2026 à 09h30, 3 rue de l'Église");
  }

  @Test
  void theEmailAndSmsCarryTheLinkAndThePlaceUnescaped() {
    ConvocationData d = convocation(SessionNotice.Type.CONVOCATION, ROOM, LINK);
    Map<String, Object> scope = SessionNotices.scope(d, "Élodie L'Hôte", ROOM, null);
    assertThat(Templates.text("session-convocation-email.txt", scope))
        .contains(
            "Bonjour Élodie L'Hôte",
            "le mardi 8 décembre 2026 à 09h30 (120 minutes)",
            "12 place Ducale",
            "Salle : Salle Rimbaud",
            LINK,
            "session.ics",
            "Votre convocation (PDF) est jointe aussi")
        .doesNotContain("&#39;", "&amp;");
    scope.put("withLetter", false);
    assertThat(Templates.text("session-convocation-email.txt", scope))
        .doesNotContain("Votre convocation (PDF)");
    assertThat(Templates.text("session-convocation-sms.txt", scope))
        .contains("le mardi 8 décembre 2026 à 09h30, 12 place Ducale", "Salle Rimbaud", LINK);
    ConvocationData reminder = convocation(SessionNotice.Type.REMINDER, ROOM, LINK);
    Map<String, Object> later = SessionNotices.scope(reminder, "Élodie", ROOM, null);
    assertThat(Templates.text("session-reminder-email.txt", later))
        .contains("dans deux jours", LINK);
    assertThat(Templates.text("session-reminder-sms.txt", later))
        .startsWith("Rappel")
        .contains("dans deux jours", LINK);
  }

  @Test
  void theCalendarEventIsOnePerSessionAndPerson() {
    assertThat(SessionNotices.uid(SESSION, PERSON))
        .isEqualTo("session-" + SESSION + "-" + PERSON + "@aiguillage")
        .isNotEqualTo(SessionNotices.uid(SESSION, UUID.randomUUID()));
    assertThat(SessionNotices.personPage("http://localhost:9080/", "abc"))
        .isEqualTo("http://localhost:9080/mon-parcours/abc");
    assertThat(SessionNotices.personPage("http://localhost:9080", null)).isNull();
  }
}
