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

class DecisionLetterTest {
  static final LetterData DATA =
      new LetterData(
          "Ardennes",
          "3F2A9C1B",
          "2026-11-23",
          "Madame",
          "Élodie L'HÔTE",
          List.of("12 rue de l'Église", "08000 Charleville-Mézières"),
          "Parcours social (remobilisation)",
          "Vous êtes d'abord accompagné(e) pour résoudre les difficultés.",
          "Centre social « Les Forges »",
          List.of("3 place Ducale", "08000 Charleville-Mézières"),
          "03 24 00 00 00",
          null,
          "Jeanne Martin",
          "Santé à stabiliser avant une recherche d'emploi.");

  @Test
  void theLetterSaysWhatWasDecidedInAnAccessiblePdf() throws Exception {
    byte[] pdf = DecisionLetter.pdf(DATA);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
      assertThat(text)
          .contains(
              "Décision d'orientation",
              "Madame Élodie L'HÔTE",
              "12 rue de l'Église",
              "23 novembre 2026",
              "Parcours social (remobilisation)",
              "Centre social « Les Forges »",
              "Votre référent(e) : Jeanne Martin",
              "Santé à stabiliser avant une recherche d'emploi.",
              "un mois",
              "recours administratif")
          .doesNotContain("&#39;", "&amp;", "Courriel :");
      // PDF/UA: tagged, in French, titled, fonts embedded
      assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("fr");
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Décision d'orientation — Élodie L'HÔTE");
    }
  }

  @Test
  void theTextsOfTheEmailAndSmsAreNotHtmlEscaped() {
    Map<String, Object> scope = Templates.scope(DATA);
    String email = Templates.text("decision-email.txt", scope);
    assertThat(email)
        .startsWith("Bonjour Madame Élodie L'HÔTE,")
        .contains("Centre social « Les Forges » vous contactera", "Référence : 3F2A9C1B")
        .doesNotContain("&#39;", "{{");
    String sms = Templates.text("decision-sms.txt", scope);
    assertThat(sms)
        .isEqualTo(
            "Département Ardennes : votre orientation RSA est décidée (Parcours social"
                + " (remobilisation)). Centre social « Les Forges » vous contactera. Tél. 03 24 00"
                + " 00 00. Courrier de décision envoyé.");
  }

  @Test
  void aFailedNoticeIsTriedAgainLaterThenGivenUp() {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");
    Notification n =
        new Notification(
            Notification.Kind.DECISION,
            Notification.Channel.EMAIL,
            UUID.randomUUID(),
            UUID.randomUUID(),
            "a@b.fr",
            "s",
            "b",
            null,
            "agent-08",
            now);
    n.failed("connexion refusée", now);
    assertThat(n.status()).isEqualTo(Notification.Status.PENDING);
    assertThat(NotificationDetails.of(n).statusLabel()).isEqualTo("Nouvel essai prévu");
    for (int i = 1; i < Notification.MAX_ATTEMPTS; i++) {
      n.failed("connexion refusée", now);
    }
    assertThat(n.status()).isEqualTo(Notification.Status.FAILED);
    assertThat(n.attempts()).isEqualTo(Notification.MAX_ATTEMPTS);
    n.retry(now);
    assertThat(n.status()).isEqualTo(Notification.Status.PENDING);
    n.sent(now);
    assertThat(n.status()).isEqualTo(Notification.Status.SENT);
    assertThat(n.lastError()).isNull();
  }

  @Test
  void smsNumbersAreMaskedInTheLog() {
    assertThat(LoggingSmsSender.masked("06 12 34 56 78")).isEqualTo("••••••••78");
    assertThat(LoggingSmsSender.masked(null)).isEqualTo("••");
  }
}
