package fr.aiguillage.e2e.api;

import static fr.aiguillage.e2e.support.Http.get;
import static fr.aiguillage.e2e.support.Http.post;
import static fr.aiguillage.e2e.support.Http.token;
import static fr.aiguillage.e2e.support.Scenarios.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguillage.e2e.support.Http;
import fr.aiguillage.e2e.support.Mailbox;
import fr.aiguillage.e2e.support.Scenarios;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A decision tells the person: the e-mail reaches a real SMTP server (GreenMail) with the decision
 * letter attached as a PDF, the SMS goes through the SMS port; a person without an e-mail gets a
 * letter to print, marked as posted by the agent. Another département sees none of it.
 */
class NotificationApiIT {
  static final String ORIENTATIONS = "/api/v1/orientations";

  @Test
  void aDecisionSendsTheLetterByEmailAndAnSms() throws Exception {
    JsonObject item = Scenarios.proposed("agent-08").get(0);
    String id = item.getString("orientationId");
    String email = "personne-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
    contact(item.getString("beneficiaryId"), email, "06 12 34 56 78");

    decide(id);

    MimeMessage message = Mailbox.awaitMessage(m -> Mailbox.sentTo(m, email));
    assertThat(message.getSubject()).startsWith("Votre orientation RSA");
    Multipart parts = (Multipart) message.getContent();
    assertThat(parts.getBodyPart(0).getContent().toString())
        .contains("vous contactera", "Référence");
    Part attachment = parts.getBodyPart(1);
    assertThat(attachment.getFileName()).startsWith("decision-orientation-").endsWith(".pdf");
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    attachment.getInputStream().transferTo(pdf);
    assertThat(text(pdf.toByteArray())).contains("Décision d'orientation", "recours administratif");

    Map<String, JsonObject> byChannel =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> notifications(id, "agent-08"),
                n -> n.containsKey("SMS") && n.get("SMS").getString("status").equals("SENT"));
    assertThat(byChannel.get("EMAIL").getString("status")).isEqualTo("SENT");
    assertThat(byChannel.get("EMAIL").getString("recipient")).isEqualTo(email);
    assertThat(byChannel.get("LETTER").getString("status")).isEqualTo("ATTACHED");
    assertThat(byChannel.get("SMS").getString("recipient")).isEqualTo("0612345678");
    for (String channel : List.of("EMAIL", "SMS")) {
      JsonObject sent = sentEvent(byChannel.get(channel).getString("id"));
      assertThat(sent.getString("kind")).isEqualTo("DECISION");
      assertThat(sent.getString("channel")).isEqualTo(channel);
      assertThat(sent.getString("orientationId")).isEqualTo(id);
      assertThat(sent.getString("beneficiaryId")).isEqualTo(item.getString("beneficiaryId"));
      assertThat(sent.getString("tenant")).isEqualTo("08");
      assertThat(java.time.Instant.parse(sent.getString("sentAt")))
          .as("the time the notice is recorded sent")
          .isCloseTo(
              java.time.Instant.parse(byChannel.get(channel).getString("sentAt")),
              org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));
      assertThat(sent.toString()).doesNotContain(email, "0612345678");
    }
    assertThat(ContractApiIT.outbox(byChannel.get("LETTER").getString("id"), "notification.sent"))
        .as("the letter travels with the e-mail: not a notice of its own")
        .isNull();

    HttpResponse<byte[]> letter = letter(id, "agent-08");
    assertThat(letter.statusCode()).isEqualTo(200);
    assertThat(letter.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(text(letter.body())).contains("Décision d'orientation");

    assertThat(letter(id, "agent-59").statusCode()).as("another département").isEqualTo(404);
    assertThat(get(ORIENTATIONS + "/" + id + "/notifications", token("agent-59")).status())
        .isEqualTo(404);
    assertThat(get(ORIENTATIONS + "/" + id + "/notifications", token("plie-08")).status())
        .isEqualTo(403);
  }

  @Test
  void withoutAnEmailTheLetterIsToPrintThenMarkedAsPosted() throws Exception {
    JsonObject item = Scenarios.proposed("agent-08").get(1);
    String id = item.getString("orientationId");
    contact(item.getString("beneficiaryId"), null, "03 24 00 00 00");

    decide(id);

    Map<String, JsonObject> byChannel =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> notifications(id, "agent-08"),
                n ->
                    n.containsKey("LETTER")
                        && n.get("LETTER").getString("status").equals("TO_PRINT"));
    assertThat(byChannel).doesNotContainKeys("EMAIL", "SMS");
    String printed =
        "/api/v1/notifications/" + byChannel.get("LETTER").getString("id") + "/printed";
    assertThat(post(printed, token("agent-59"), "{}").status()).isEqualTo(404);
    String letterId = byChannel.get("LETTER").getString("id");
    assertThat(ContractApiIT.outbox(letterId, "notification.sent"))
        .as("not sent before it is posted")
        .isNull();
    Http.Response posted = post(printed, token("agent-08"), "{}");
    assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
    JsonObject sent = sentEvent(letterId);
    assertThat(sent.getString("kind")).isEqualTo("DECISION");
    assertThat(sent.getString("channel")).isEqualTo("LETTER");
    assertThat(sent.getString("orientationId")).isEqualTo(id);
    assertThat(posted.json().asJsonObject().getString("statusLabel")).isEqualTo("Posté");
    Http.Response twice = post(printed, token("agent-08"), "{}");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.body()).contains("n'est pas à imprimer");
  }

  /** The payload of the notice's {@code notification.sent}, written with its sending. */
  private static JsonObject sentEvent(String notificationId) throws Exception {
    String payload = ContractApiIT.outbox(notificationId, "notification.sent");
    assertThat(payload).as("notification.sent of " + notificationId).isNotNull();
    return jakarta.json.Json.createReader(new java.io.StringReader(payload)).readObject();
  }

  private static void decide(String id) {
    JsonObject file = get(ORIENTATIONS + "/" + id, token("agent-08")).json().asJsonObject();
    String pathway = file.getJsonObject("proposal").getString("pathway");
    Http.Response decided =
        post(
            ORIENTATIONS + "/" + id + "/decision",
            token("agent-08"),
            "{\"version\": %d, \"pathway\": \"%s\", \"structureId\": \"%s\"}"
                .formatted(
                    file.getJsonNumber("version").longValue(),
                    pathway,
                    Scenarios.structureFor("agent-08", pathway)));
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
  }

  private static Map<String, JsonObject> notifications(String id, String user) {
    Http.Response r = get(ORIENTATIONS + "/" + id + "/notifications", token(user));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    List<JsonObject> all = r.json().asJsonArray().getValuesAs(JsonObject.class);
    return all.stream()
        .collect(Collectors.toMap(n -> n.getString("channel"), Function.identity(), (a, b) -> a));
  }

  private static HttpResponse<byte[]> letter(String id, String user) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(Http.app() + ORIENTATIONS + "/" + id + "/letter"))
                .header("Authorization", "Bearer " + token(user))
                .header("Accept", "application/pdf, application/problem+json")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
