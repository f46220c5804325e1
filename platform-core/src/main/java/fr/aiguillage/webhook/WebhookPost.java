package fr.aiguillage.webhook;

import fr.aiguillage.webhook.PartnerWebhooks.Claimed;
import fr.aiguillage.webhook.PartnerWebhooks.Outcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Posts a claimed delivery to its receiver, outside any transaction: CloudEvents JSON, Standard
 * Webhooks headers; a 2xx answer delivers it.
 */
final class WebhookPost {
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private WebhookPost() {}

  static Outcome send(Claimed c, Instant now) {
    try {
      long ts = now.getEpochSecond();
      HttpResponse<Void> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(c.url()))
                  .timeout(TIMEOUT)
                  .header("Content-Type", "application/cloudevents+json")
                  .header("webhook-id", c.id().toString())
                  .header("webhook-timestamp", Long.toString(ts))
                  .header(
                      "webhook-signature",
                      WebhookSignature.sign(c.secret(), c.id().toString(), ts, c.body()))
                  .POST(HttpRequest.BodyPublishers.ofString(c.body()))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      int status = r.statusCode();
      return new Outcome(status, status / 100 == 2 ? null : "Réponse HTTP " + status);
    } catch (java.net.http.HttpTimeoutException e) {
      return new Outcome(null, "Pas de réponse en " + TIMEOUT.toSeconds() + " s");
    } catch (java.io.IOException e) {
      return new Outcome(null, "Injoignable : " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(null, "Interrompu");
    }
  }
}
