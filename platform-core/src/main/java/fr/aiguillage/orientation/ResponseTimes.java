package fr.aiguillage.orientation;

import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * How each structure the département addresses people to answers: referrals sent over a period,
 * their outcomes, the time to answer (median and 90th percentile), the refusal rate, and what
 * followed (first appointments held, no-shows, days from acceptance to the first appointment held).
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class ResponseTimes {
  public record StructureResponses(
      UUID structureId,
      String structureName,
      String partnerOrganisation,
      String partnerOrganisationName,
      long sent,
      long pending,
      long accepted,
      long refused,
      long expired,
      Double medianAnswerHours,
      Double p90AnswerHours,
      Double refusalRate,
      long appointmentsHeld,
      long noShows,
      Double noShowRate,
      Double medianDaysToFirstAppointment) {}

  private static final String SQL =
      """
      WITH r AS (
        SELECT r.structure_id, r.status, r.sent_at, r.answered_at,
               extract(epoch FROM r.answered_at - r.sent_at) / 3600.0 AS answer_hours,
               (SELECT min(a.starts_at) FROM appointment a
                 WHERE a.referral_id = r.id AND a.status = 'SEEN') AS held_at,
               (SELECT count(*) FROM appointment a
                 WHERE a.referral_id = r.id AND a.status = 'NO_SHOW') AS no_shows
          FROM referral r
         WHERE r.tenant_id = current_setting('app.tenant_id', true) AND r.sent_at >= ?1)
      SELECT s.id, s.name, s.partner_org_id, po.name, count(*),
             count(*) FILTER (WHERE r.status = 'PENDING'),
             count(*) FILTER (WHERE r.status = 'ACCEPTED'),
             count(*) FILTER (WHERE r.status = 'REFUSED'),
             count(*) FILTER (WHERE r.status = 'EXPIRED'),
             percentile_cont(0.5) WITHIN GROUP (ORDER BY r.answer_hours)
               FILTER (WHERE r.status IN ('ACCEPTED', 'REFUSED')),
             percentile_cont(0.9) WITHIN GROUP (ORDER BY r.answer_hours)
               FILTER (WHERE r.status IN ('ACCEPTED', 'REFUSED')),
             count(r.held_at), coalesce(sum(r.no_shows), 0),
             percentile_cont(0.5) WITHIN GROUP (
               ORDER BY extract(epoch FROM r.held_at - r.answered_at) / 86400.0)
               FILTER (WHERE r.held_at IS NOT NULL)
        FROM r JOIN structure s ON s.id = r.structure_id
        LEFT JOIN partner_organisation po ON po.id = s.partner_org_id
       GROUP BY s.id, s.name, s.partner_org_id, po.name
       ORDER BY s.name
      """;

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /** Over the referrals sent in the last {@code days} days (1–730). */
  public List<StructureResponses> ofLast(int days) {
    caller.get().requireDepartementStaff("Ce tableau est réservé au département.");
    if (days < 1 || days > 730) {
      throw new InvalidInputException("days", "La période va de 1 à 730 jours.");
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SQL)
            .setParameter(1, Timestamp.from(clock.instant().minus(Duration.ofDays(days))))
            .getResultList();
    return rows.stream().map(ResponseTimes::row).toList();
  }

  private static StructureResponses row(Object[] r) {
    long accepted = n(r[6]);
    long refused = n(r[7]);
    long held = n(r[11]);
    long noShows = n(r[12]);
    return new StructureResponses(
        (UUID) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        n(r[4]),
        n(r[5]),
        accepted,
        refused,
        n(r[8]),
        d(r[9]),
        d(r[10]),
        accepted + refused == 0 ? null : (double) refused / (accepted + refused),
        held,
        noShows,
        held + noShows == 0 ? null : (double) noShows / (held + noShows),
        d(r[13]));
  }

  private static long n(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  private static Double d(Object o) {
    return o == null ? null : Math.round(((Number) o).doubleValue() * 10) / 10.0;
  }
}
