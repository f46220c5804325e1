package fr.aiguillage.appointment;

import static fr.aiguillage.persistence.SqlValues.instant;

import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Slots as a calendar reads them, with their structure's and referent's names and the live
 * appointment each carries. The statements are fixed: the optional filters are constant fragments
 * with parameters of their own, added when asked.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class SlotCalendar {
  static final int MAX_DAYS_SHOWN = 62;

  private static final String SELECT =
      """
      SELECT s.id, s.tenant_id, s.structure_id, st.name, s.referent_id,
             rf.first_name || ' ' || rf.last_name, s.starts_at, s.ends_at, s.modality,
             s.location, s.status, a.id, a.referral_id, b.first_names || ' ' || b.last_name,
             a.status
        FROM slot s
        JOIN structure st ON st.id = s.structure_id
        LEFT JOIN referent rf ON rf.id = s.referent_id
        LEFT JOIN appointment a ON a.slot_id = s.id
             AND a.status IN ('BOOKED', 'SEEN', 'EXCUSED', 'NO_SHOW')
        LEFT JOIN beneficiary b ON b.id = a.beneficiary_id
      """;

  /** ?1, ?2: the period's first instant and the first one after it. */
  private static final String IN_PERIOD =
      " WHERE s.starts_at >= ?1 AND s.starts_at < ?2 AND s.status <> 'WITHDRAWN'";

  private static final String OF_PARTNER =
      " AND s.partner_org_id = current_setting('app.partner_org', true)";
  private static final String OF_DEPARTEMENT =
      " AND s.tenant_id = current_setting('app.tenant_id', true)";

  /** ?3: the structure. */
  private static final String OF_STRUCTURE = " AND s.structure_id = ?3";

  /** ?4: now. */
  private static final String OPEN_TO_COME = " AND s.status = 'OPEN' AND s.starts_at > ?4";

  private static final String PERIOD_ORDER = " ORDER BY s.starts_at, st.name LIMIT 2000";

  /** ?1: the ids, as a PostgreSQL array literal. */
  private static final String BY_IDS =
      SELECT
          + " WHERE s.id = ANY(CAST(?1 AS uuid[])) AND s.status <> 'WITHDRAWN'"
          + " ORDER BY s.starts_at";

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /**
   * The calendar from {@code from} to {@code to} (excluded, Paris days): a partner sees its
   * organisation's structures in every département, a département its own; {@code openOnly} keeps
   * the free slots still to come.
   */
  public List<SlotDetails> calendar(
      LocalDate from, LocalDate to, UUID structureId, boolean openOnly) {
    Caller c = caller.get();
    boolean partner = Appointments.isPartner(c);
    if (!partner) {
      c.requireDepartementStaff("Les agendas sont réservés au partenaire et au département.");
    }
    if (from == null || to == null || !to.isAfter(from)) {
      throw new InvalidInputException("to", "La période se termine après son premier jour.");
    }
    if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS_SHOWN) {
      throw new InvalidInputException("to", "Une période de " + MAX_DAYS_SHOWN + " jours au plus.");
    }
    String sql =
        SELECT
            + IN_PERIOD
            + (partner ? OF_PARTNER : OF_DEPARTEMENT)
            + (structureId == null ? "" : OF_STRUCTURE)
            + (openOnly ? OPEN_TO_COME : "")
            + PERIOD_ORDER;
    Query q =
        em.createNativeQuery(sql)
            .setParameter(1, Timestamp.from(from.atStartOfDay(SlotRequest.PARIS).toInstant()))
            .setParameter(2, Timestamp.from(to.atStartOfDay(SlotRequest.PARIS).toInstant()));
    if (structureId != null) {
      q.setParameter(3, structureId);
    }
    if (openOnly) {
      q.setParameter(4, Timestamp.from(clock.instant()));
    }
    return details(q);
  }

  /** The slots of {@code ids} still offered, the soonest first. */
  public List<SlotDetails> byIds(List<UUID> ids) {
    String array = ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    return details(em.createNativeQuery(BY_IDS).setParameter(1, array));
  }

  private static List<SlotDetails> details(Query q) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    return rows.stream().map(SlotCalendar::details).toList();
  }

  private static SlotDetails details(Object[] r) {
    Modality m = Modality.valueOf((String) r[8]);
    SlotDetails.Booked booked =
        r[11] == null
            ? null
            : new SlotDetails.Booked(
                (UUID) r[11],
                (UUID) r[12],
                (String) r[13],
                (String) r[14],
                Appointment.Status.valueOf((String) r[14]).label());
    return new SlotDetails(
        (UUID) r[0],
        (String) r[1],
        (UUID) r[2],
        (String) r[3],
        (UUID) r[4],
        (String) r[5],
        instant(r[6]),
        instant(r[7]),
        m.name(),
        m.label(),
        (String) r[9],
        (String) r[10],
        booked);
  }
}
