package fr.aiguillage.webhook;

import static fr.aiguillage.persistence.SqlValues.instant;

import fr.aiguillage.webhook.PartnerWebhooks.Claimed;
import fr.aiguillage.webhook.PartnerWebhooks.Delivery;
import fr.aiguillage.webhook.PartnerWebhooks.Endpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The partner organisation's endpoint ({@code partner_webhook}) and its deliveries ({@code
 * partner_delivery}), as the organisation's policy (app.partner_org) on the transaction shows them.
 */
@ApplicationScoped
public class WebhookRepository {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  /** The endpoint's signing secret; empty when the organisation has no endpoint yet. */
  public Optional<String> secret() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT secret, url FROM partner_webhook").getResultList();
    return rows.stream().findFirst().map(r -> (String) r[0]);
  }

  /** Sets the organisation's endpoint, made or replaced. */
  public void save(
      String partnerOrg, String url, String secret, boolean active, String by, Instant at) {
    em.createNativeQuery(
            "INSERT INTO partner_webhook (partner_org_id, url, secret, active, updated_by,"
                + " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (partner_org_id) DO"
                + " UPDATE SET url = EXCLUDED.url, secret = EXCLUDED.secret,"
                + " active = EXCLUDED.active, updated_by = EXCLUDED.updated_by,"
                + " updated_at = EXCLUDED.updated_at")
        .setParameter(1, partnerOrg)
        .setParameter(2, url)
        .setParameter(3, secret)
        .setParameter(4, active)
        .setParameter(5, by)
        .setParameter(6, Timestamp.from(at))
        .executeUpdate();
  }

  /** The endpoint, without its secret. */
  public Optional<Endpoint> endpoint() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT url, active, updated_at FROM partner_webhook").getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> new Endpoint((String) r[0], (Boolean) r[1], null, instant(r[2])));
  }

  /** The deliveries given up after the last attempt, the latest first. */
  public List<Delivery> deadLetters(int max) {
    return deliveries("status = 'DEAD'", max);
  }

  /** The latest deliveries, whatever their state. */
  public List<Delivery> recent(int max) {
    return deliveries("TRUE", max);
  }

  /**
   * Puts one dead letter (or, with {@code id} null, all of them) back in the queue, due at {@code
   * at}; returns how many.
   */
  public int replay(UUID id, Instant at) {
    Query q =
        em.createNativeQuery(
            "UPDATE partner_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ?1"
                + " WHERE status = 'DEAD'"
                + (id == null ? "" : " AND id = ?2"));
    q.setParameter(1, Timestamp.from(at));
    if (id != null) {
      q.setParameter(2, id);
    }
    return q.executeUpdate();
  }

  /**
   * The oldest delivery due at {@code now}, locked for this transaction (those another replica
   * holds are skipped) and leased until {@code leaseEnd}; empty when none is due or the
   * organisation has no active endpoint.
   */
  public Optional<Claimed> claimNext(Instant now, Instant leaseEnd) {
    @SuppressWarnings("unchecked")
    List<Object[]> hook =
        em.createNativeQuery("SELECT url, secret FROM partner_webhook WHERE active")
            .getResultList();
    if (hook.isEmpty()) {
      return Optional.empty();
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
      return Optional.empty();
    }
    UUID id = (UUID) due.get(0)[0];
    em.createNativeQuery("UPDATE partner_delivery SET next_attempt_at = ?2 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, Timestamp.from(leaseEnd))
        .executeUpdate();
    return Optional.of(
        new Claimed(
            id,
            (String) due.get(0)[1],
            ((Number) due.get(0)[2]).intValue(),
            (String) hook.get(0)[0],
            (String) hook.get(0)[1]));
  }

  /** The receiver took the delivery at its {@code attempts}-th attempt. */
  public void delivered(UUID id, int attempts, Integer status, Instant at) {
    em.createNativeQuery(
            "UPDATE partner_delivery SET status = 'DELIVERED', attempts = ?2, last_status = ?3,"
                + " last_error = NULL, next_attempt_at = NULL, delivered_at = ?4 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, attempts)
        .setParameter(3, status)
        .setParameter(4, Timestamp.from(at))
        .executeUpdate();
  }

  /**
   * The attempt failed: the delivery is tried again at {@code nextAttempt}, or, when that is null,
   * kept as a dead letter.
   */
  public void failed(UUID id, int attempts, Integer status, String error, Instant nextAttempt) {
    em.createNativeQuery(
            "UPDATE partner_delivery SET status = ?2, attempts = ?3, last_status = ?4,"
                + " last_error = ?5, next_attempt_at = ?6 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, nextAttempt == null ? "DEAD" : "PENDING")
        .setParameter(3, attempts)
        .setParameter(4, status)
        .setParameter(5, error)
        .setParameter(6, nextAttempt == null ? null : Timestamp.from(nextAttempt))
        .executeUpdate();
  }

  private List<Delivery> deliveries(String where, int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, event_id, event_type, aggregate_id, status, attempts, last_status,"
                    + " last_error, created_at, next_attempt_at, delivered_at FROM partner_delivery"
                    + " WHERE "
                    + where
                    + " ORDER BY created_at DESC LIMIT ?1")
            .setParameter(1, max)
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
}
