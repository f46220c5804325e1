package fr.aiguillage.webhook;

import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A partner organisation's endpoint for the events about its referrals and appointments: set by its
 * partner admin (who gets the signing secret), fed by {@link WebhookDispatcher}, with the dead
 * letters it can replay. Everything here runs with the organisation's policy (app.partner_org).
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class PartnerWebhooks {
  /** Minutes before each new attempt; after the last one the delivery is a dead letter. */
  static final long[] BACKOFF_MINUTES = {1, 5, 30, 120, 360, 720};

  static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Logger LOG = Logger.getLogger(PartnerWebhooks.class.getName());
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public record Endpoint(String url, boolean active, String secret, Instant updatedAt) {}

  public record Delivery(
      UUID id,
      UUID eventId,
      String eventType,
      String aggregateId,
      String status,
      int attempts,
      Integer lastStatus,
      String lastError,
      Instant createdAt,
      Instant nextAttemptAt,
      Instant deliveredAt) {}

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /**
   * Sets the organisation's endpoint (https; http only to this machine, for tests and the demo).
   * The first time, or with {@code rotate}, a new secret is made and returned — the only time it is
   * shown.
   */
  public Endpoint configure(String url, boolean active, boolean rotate) {
    String org = admin();
    URI uri = url(url);
    @SuppressWarnings("unchecked")
    List<Object[]> existing =
        em.createNativeQuery("SELECT secret, url FROM partner_webhook").getResultList();
    String secret =
        existing.isEmpty() || rotate ? WebhookSignature.newSecret() : (String) existing.get(0)[0];
    Instant now = clock.instant();
    em.createNativeQuery(
            "INSERT INTO partner_webhook (partner_org_id, url, secret, active, updated_by,"
                + " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (partner_org_id) DO"
                + " UPDATE SET url = EXCLUDED.url, secret = EXCLUDED.secret,"
                + " active = EXCLUDED.active, updated_by = EXCLUDED.updated_by,"
                + " updated_at = EXCLUDED.updated_at")
        .setParameter(1, org)
        .setParameter(2, uri.toString())
        .setParameter(3, secret)
        .setParameter(4, active)
        .setParameter(5, caller.get().username())
        .setParameter(6, Timestamp.from(now))
        .executeUpdate();
    boolean shown = existing.isEmpty() || rotate;
    return new Endpoint(uri.toString(), active, shown ? secret : null, now);
  }

  /** The endpoint, without its secret; 404 when none is set. */
  public Endpoint endpoint() {
    admin();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT url, active, updated_at FROM partner_webhook").getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundException("Point de réception");
    }
    Object[] r = rows.get(0);
    return new Endpoint((String) r[0], (Boolean) r[1], null, instant(r[2]));
  }

  /** The deliveries given up after the last attempt, the latest first. */
  public List<Delivery> deadLetters(int max) {
    admin();
    return deliveries("status = 'DEAD' ORDER BY created_at DESC LIMIT " + Math.min(max, 500));
  }

  /** The latest deliveries, whatever their state. */
  public List<Delivery> recent(int max) {
    admin();
    return deliveries("TRUE ORDER BY created_at DESC LIMIT " + Math.min(max, 500));
  }

  /** Puts one dead letter (or, with {@code id} null, all of them) back in the queue, now. */
  public int replay(UUID id) {
    admin();
    var q =
        em.createNativeQuery(
            "UPDATE partner_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ?1"
                + " WHERE status = 'DEAD'"
                + (id == null ? "" : " AND id = ?2"));
    q.setParameter(1, Timestamp.from(clock.instant()));
    if (id != null) {
      q.setParameter(2, id);
    }
    int n = q.executeUpdate();
    if (id != null && n == 0) {
      throw new ConflictException(
          "id", "Cet envoi n'est pas en échec définitif (ou n'existe pas).");
    }
    return n;
  }

  // ---- sending (called by WebhookDispatcher, as the organisation) ----

  /**
   * Posts the organisation's due deliveries, oldest first, each locked for this transaction. The
   * first failure stops the batch (the endpoint is likely down): the rest wait for the next run, in
   * order. Without an active endpoint, deliveries wait.
   */
  public int deliverDue(Instant now, int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> hook =
        em.createNativeQuery("SELECT url, secret FROM partner_webhook WHERE active")
            .getResultList();
    if (hook.isEmpty()) {
      return 0;
    }
    String url = (String) hook.get(0)[0];
    String secret = (String) hook.get(0)[1];
    @SuppressWarnings("unchecked")
    List<Object[]> due =
        em.createNativeQuery(
                "SELECT id, body, attempts FROM partner_delivery WHERE status = 'PENDING'"
                    + " AND next_attempt_at <= ?1 ORDER BY created_at, id LIMIT ?2"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, max)
            .getResultList();
    int handled = 0;
    for (Object[] d : due) {
      UUID id = (UUID) d[0];
      String body = (String) d[1];
      int attempts = ((Number) d[2]).intValue() + 1;
      Integer status = null;
      String error;
      try {
        long ts = now.getEpochSecond();
        HttpResponse<Void> r =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/cloudevents+json")
                    .header("webhook-id", id.toString())
                    .header("webhook-timestamp", Long.toString(ts))
                    .header(
                        "webhook-signature", WebhookSignature.sign(secret, id.toString(), ts, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        status = r.statusCode();
        error = status / 100 == 2 ? null : "Réponse HTTP " + status;
      } catch (java.net.http.HttpTimeoutException e) {
        error = "Pas de réponse en " + TIMEOUT.toSeconds() + " s";
      } catch (java.io.IOException e) {
        error = "Injoignable : " + e.getClass().getSimpleName();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return handled;
      }
      handled++;
      if (error == null) {
        em.createNativeQuery(
                "UPDATE partner_delivery SET status = 'DELIVERED', attempts = ?2, last_status = ?3,"
                    + " last_error = NULL, next_attempt_at = NULL, delivered_at = ?4 WHERE id = ?1")
            .setParameter(1, id)
            .setParameter(2, attempts)
            .setParameter(3, status)
            .setParameter(4, Timestamp.from(now))
            .executeUpdate();
        continue;
      }
      boolean dead = attempts > BACKOFF_MINUTES.length;
      em.createNativeQuery(
              "UPDATE partner_delivery SET status = ?2, attempts = ?3, last_status = ?4,"
                  + " last_error = ?5, next_attempt_at = ?6 WHERE id = ?1")
          .setParameter(1, id)
          .setParameter(2, dead ? "DEAD" : "PENDING")
          .setParameter(3, attempts)
          .setParameter(4, status)
          .setParameter(5, error)
          .setParameter(
              6,
              dead
                  ? null
                  : Timestamp.from(now.plus(Duration.ofMinutes(BACKOFF_MINUTES[attempts - 1]))))
          .executeUpdate();
      LOG.log(
          Level.INFO,
          "Webhook delivery {0} failed ({1}), attempt {2}",
          new Object[] {id, error, attempts});
      break;
    }
    return handled;
  }

  // ---- inside ----

  private List<Delivery> deliveries(String where) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, event_id, event_type, aggregate_id, status, attempts, last_status,"
                    + " last_error, created_at, next_attempt_at, delivered_at FROM partner_delivery"
                    + " WHERE "
                    + where)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Delivery(
                    (UUID) r[0],
                    (UUID) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    ((Number) r[5]).intValue(),
                    r[6] == null ? null : ((Number) r[6]).intValue(),
                    (String) r[7],
                    instant(r[8]),
                    instant(r[9]),
                    instant(r[10])))
        .toList();
  }

  private static URI url(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidInputException("url", "Indiquez l'adresse de réception (https://…).");
    }
    try {
      URI u = new URI(raw.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
      if (host.isEmpty()
          || !(scheme.equals("https") || (scheme.equals("http") && LOOPBACK.contains(host)))) {
        throw new InvalidInputException(
            "url",
            "L'adresse de réception doit être en https (http n'est admis que vers cette machine).");
      }
      if (u.getUserInfo() != null) {
        throw new InvalidInputException(
            "url", "Pas d'identifiant dans l'adresse : la signature suffit.");
      }
      return u;
    } catch (java.net.URISyntaxException e) {
      throw new InvalidInputException("url", "« " + raw + " » n'est pas une adresse.");
    }
  }

  private String admin() {
    Caller c = caller.get();
    if (!c.hasRole(Roles.PARTNER_ADMIN) || c.partnerOrg().isEmpty()) {
      throw new AccessDeniedException(
          "Le point de réception est réglé par l'administrateur de l'organisation partenaire.");
    }
    return c.partnerOrg().get();
  }

  private static Instant instant(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof java.time.OffsetDateTime odt) {
      return odt.toInstant();
    }
    return (Instant) o;
  }
}
