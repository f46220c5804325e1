package fr.aiguillage.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.appointment.Modality;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SessionLettersTest {
  static SessionLetters.AppointmentFacts at(Modality modality, String location) {
    return new SessionLetters.AppointmentFacts(
        UUID.fromString("a0000000-0000-4000-8000-000000000001"),
        modality,
        Instant.parse("2026-12-10T13:00:00Z"),
        Instant.parse("2026-12-10T13:45:00Z"),
        location,
        "PLIE des Ardennes",
        "03 24 00 00 00",
        List.of("5 rue Forest", "08000 Charleville-Mézières"),
        "Jeanne Martin");
  }

  @Test
  void theDeskPrintsTheFirstAppointmentWithStructureReferentDateAndPlace() throws Exception {
    ConvocationData d =
        SessionLetters.appointment(
            "Ardennes",
            at(Modality.PHYSIQUE, null),
            SessionNoticesTest.TO,
            LocalDate.parse("2026-12-08"));
    try (PDDocument doc = Loader.loadPDF(ConvocationLetter.pdf(d))) {
      String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replace("\n", " ");
      assertThat(text)
          .contains(
              "Convocation à votre premier rendez-vous",
              "Premier rendez-vous d'accompagnement avec PLIE des Ardennes",
              "jeudi 10 décembre 2026 à 14h00",
              "45 minutes",
              "5 rue Forest",
              "Avec : Jeanne Martin",
              "03 24 00 00 00",
              "8 décembre 2026")
          .doesNotContain("questionnaire", "annulée");
      assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
    }
  }

  @Test
  void aVideoOrPhoneAppointmentSaysHow() {
    assertThat(
            SessionLetters.appointment(
                    "Ardennes",
                    at(Modality.VISIO, "https://visio.example/r/9"),
                    SessionNoticesTest.TO,
                    LocalDate.parse("2026-12-08"))
                .videoUrl())
        .isEqualTo("https://visio.example/r/9");
    assertThat(
            SessionLetters.appointment(
                    "Ardennes",
                    at(Modality.TELEPHONE, null),
                    SessionNoticesTest.TO,
                    LocalDate.parse("2026-12-08"))
                .place())
        .containsExactly("PLIE des Ardennes vous appellera.");
  }
}
