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
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A partner organisation's endpoint for the events about its referrals and appointments: set by its
 * partner admin (who gets the signing secret), fed by {@link WebhookDispatcher}, with the dead
 * letters it can replay. Everything here runs with the organisation's policy (app.partner_org); the
 * SQL is in {@link WebhookRepository}, the posting in {@link WebhookPost}.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class PartnerWebhooks {
  /** Minutes before each new attempt; after the last one the delivery is a dead letter. */
  static final long[] BACKOFF_MINUTES = {1, 5, 30, 120, 360, 720};

  /** How long a claimed delivery is left to its replica before it is due again. */
  static final Duration LEASE = Duration.ofMinutes(2);

  private static final Logger LOG = Logger.getLogger(PartnerWebhooks.class.getName());
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

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

  @Inject WebhookRepository webhooks;
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
    Optional<String> existing = webhooks.secret();
    boolean shown = existing.isEmpty() || rotate;
    String secret = shown ? WebhookSignature.newSecret() : existing.get();
    Instant now = clock.instant();
    webhooks.save(org, uri.toString(), secret, active, caller.get().username(), now);
    return new Endpoint(uri.toString(), active, shown ? secret : null, now);
  }

  /** The endpoint, without its secret; 404 when none is set. */
  public Endpoint endpoint() {
    admin();
    return webhooks.endpoint().orElseThrow(() -> new NotFoundException("Point de réception"));
  }

  /** The deliveries given up after the last attempt, the latest first. */
  public List<Delivery> deadLetters(int max) {
    admin();
    return webhooks.deadLetters(Math.min(max, 500));
  }

  /** The latest deliveries, whatever their state. */
  public List<Delivery> recent(int max) {
    admin();
    return webhooks.recent(Math.min(max, 500));
  }

  /** Puts one dead letter (or, with {@code id} null, all of them) back in the queue, now. */
  public int replay(UUID id) {
    admin();
    int n = webhooks.replay(id, clock.instant());
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
  public Optional<Claimed> claimNext(Instant now) {
    return webhooks.claimNext(now, now.plus(LEASE));
  }

  /**
   * Records an attempt: delivered, or tried again after the next back-off, or — after the last —
   * kept as a dead letter. Returns whether it was delivered.
   */
  public boolean record(Claimed c, Outcome o, Instant now) {
    int attempts = c.attempts() + 1;
    if (o.error() == null) {
      webhooks.delivered(c.id(), attempts, o.status(), now);
      return true;
    }
    boolean dead = attempts > BACKOFF_MINUTES.length;
    Instant next = dead ? null : now.plus(Duration.ofMinutes(BACKOFF_MINUTES[attempts - 1]));
    webhooks.failed(c.id(), attempts, o.status(), o.error(), next);
    LOG.log(
        Level.INFO,
        "Webhook delivery {0} failed ({1}), attempt {2}",
        new Object[] {c.id(), o.error(), attempts});
    return false;
  }

  // ---- inside ----

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
