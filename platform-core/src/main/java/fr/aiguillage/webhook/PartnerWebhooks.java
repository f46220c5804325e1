package fr.aiguillage.webhook;

import static fr.aiguillage.persistence.SqlValues.instant;

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

  /** How long a claimed delivery is left to its replica before it is due again. */
  static final Duration LEASE = Duration.ofMinutes(2);

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

  /** A delivery taken for posting, with where and how to sign it. */
  public record Claimed(UUID id, String body, int attempts, String url, String secret) {}

  /** What the receiver answered: its status (null without an answer) and the error, if any. */
  public record Outcome(Integer status, String error) {}

  /**
   * The organisation's oldest due delivery, leased for a while (another replica does not take it;
   * if this one dies while posting, the delivery is due again when the lease ends); empty when none
   * is due or the organisation has no active endpoint. Its own short transaction: nothing is held
   * while the receiver answers.
   */
  public java.util.Optional<Claimed> claimNext(Instant now) {
    @SuppressWarnings("unchecked")
    List<Object[]> hook =
        em.createNativeQuery("SELECT url, secret FROM partner_webhook WHERE active")
            .getResultList();
    if (hook.isEmpty()) {
      return java.util.Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> due =
        em.createNativeQuery(
                "SELECT id, body, attempts FROM partner_delivery WHERE status = 'PENDING'"
                    + " AND next_attempt_at <= ?1 ORDER BY created_at, id LIMIT 1"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, Timestamp.from(now))
            .getResultList();
    if (due.isEmpty()) {
      return java.util.Optional.empty();
    }
    UUID id = (UUID) due.get(0)[0];
    em.createNativeQuery("UPDATE partner_delivery SET next_attempt_at = ?2 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, Timestamp.from(now.plus(LEASE)))
        .executeUpdate();
    return java.util.Optional.of(
        new Claimed(
            id,
            (String) due.get(0)[1],
            ((Number) due.get(0)[2]).intValue(),
            (String) hook.get(0)[0],
            (String) hook.get(0)[1]));
  }

  /**
   * Posts a claimed delivery, outside any transaction: CloudEvents JSON, Standard Webhooks headers;
   * a 2xx answer delivers it.
   */
  public static Outcome post(Claimed c, Instant now) {
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

  /**
   * Records an attempt: delivered, or tried again after the next back-off, or — after the last —
   * kept as a dead letter. Returns whether it was delivered.
   */
  public boolean record(Claimed c, Outcome o, Instant now) {
    int attempts = c.attempts() + 1;
    if (o.error() == null) {
      em.createNativeQuery(
              "UPDATE partner_delivery SET status = 'DELIVERED', attempts = ?2, last_status = ?3,"
                  + " last_error = NULL, next_attempt_at = NULL, delivered_at = ?4 WHERE id = ?1")
          .setParameter(1, c.id())
          .setParameter(2, attempts)
          .setParameter(3, o.status())
          .setParameter(4, Timestamp.from(now))
          .executeUpdate();
      return true;
    }
    boolean dead = attempts > BACKOFF_MINUTES.length;
    em.createNativeQuery(
            "UPDATE partner_delivery SET status = ?2, attempts = ?3, last_status = ?4,"
                + " last_error = ?5, next_attempt_at = ?6 WHERE id = ?1")
        .setParameter(1, c.id())
        .setParameter(2, dead ? "DEAD" : "PENDING")
        .setParameter(3, attempts)
        .setParameter(4, o.status())
        .setParameter(5, o.error())
        .setParameter(
            6,
            dead
                ? null
                : Timestamp.from(now.plus(Duration.ofMinutes(BACKOFF_MINUTES[attempts - 1]))))
        .executeUpdate();
    LOG.log(
        Level.INFO,
        "Webhook delivery {0} failed ({1}), attempt {2}",
        new Object[] {c.id(), o.error(), attempts});
    return false;
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
}
