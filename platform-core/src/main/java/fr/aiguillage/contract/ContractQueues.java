package fr.aiguillage.contract;

import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The contract queues, read in SQL (a queue never loads contracts, nor their PDFs): the people
 * whose contract is to write (decision notified, no contract signed nor to sign under their
 * orientation), the contracts to sign, the reviews coming, and the coordinator's overdue contracts
 * (past the deadline, not signed). The département's own, or a partner organisation's.
 */
@ApplicationScoped
public class ContractQueues {
  /** A queue's name in the API and the screens. */
  public enum Queue {
    TO_WRITE("À rédiger"),
    TO_SIGN("À signer"),
    TO_REVIEW("Bilans à faire"),
    OVERDUE("En retard");

    private final String label;

    Queue(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public static Queue parse(String name) {
      return Arrays.stream(values())
          .filter(q -> q.name().equals(name))
          .findFirst()
          .orElseThrow(
              () ->
                  new InvalidInputException(
                      "queue", "File inconnue : TO_WRITE, TO_SIGN, TO_REVIEW ou OVERDUE."));
    }
  }

  /**
   * A line of a queue: the person, their contract if one is under way (null to write from scratch),
   * the deadline (due one month after the latest notification, or the département's target), and
   * the review date of a signed one, and for a partner's person to write for, the accepted referral
   * a draft starts from.
   */
  public record Line(
      UUID beneficiaryId,
      String personName,
      UUID contractId,
      String state,
      String stateLabel,
      String referentName,
      LocalDate notifiedOn,
      LocalDate dueOn,
      long daysLate,
      LocalDate reviewOn,
      LocalDate reexaminationOn,
      UUID referralId) {}

  /** Days ahead a review shows in the queue. */
  static final int REVIEW_HORIZON_DAYS = 14;

  /**
   * The deadline of an orientation {@code o} (tenant {@code t}), from its latest decision notice
   * {@code n} ({@link #NOTIFIED}): the month, or the département's shorter target.
   */
  static final String DUE =
      "LEAST((n.notified + interval '1 month')::date,"
          + " n.notified + COALESCE(t.contract_target_days, 31))";

  /** The day the decision of orientation {@code o} was last notified, as {@code n.notified}. */
  static final String NOTIFIED =
      """
      JOIN LATERAL (SELECT (max(x.sent_at) AT TIME ZONE 'Europe/Paris')::date AS notified
                      FROM notification x
                     WHERE x.tenant_id = o.tenant_id AND x.orientation_id = o.id
                       AND x.kind = 'DECISION' AND x.sent_at IS NOT NULL) n ON n.notified IS NOT NULL
      """;

  /** The orientation states under which a contract is written. */
  static final String ORIENTED =
      "o.state IN ('DECIDED', 'REFERRED', 'ACCEPTED', 'APPOINTMENT_BOOKED', 'ACCOMPANIED')";

  /** No contract signed nor waiting for signatures under orientation {@code o}. */
  static final String NONE_SIGNED =
      """
      NOT EXISTS (SELECT 1 FROM contract c
                   WHERE c.tenant_id = o.tenant_id AND c.orientation_id = o.id
                     AND (c.signed_at IS NOT NULL OR c.state = 'TO_SIGN'))
      """;

  /** The département's people oriented to its own services, or every one for the overdue. */
  private static final String DEPARTEMENT_PEOPLE =
      """
      FROM orientation o
      JOIN beneficiary b ON b.tenant_id = o.tenant_id AND b.id = o.beneficiary_id
      JOIN tenant t ON t.code = o.tenant_id
      LEFT JOIN structure s ON s.tenant_id = o.tenant_id AND s.id = o.structure_id
      """
          + NOTIFIED
          + """
      LEFT JOIN LATERAL (SELECT c.id, c.state, c.referent_name FROM contract c
                          WHERE c.tenant_id = o.tenant_id AND c.orientation_id = o.id
                            AND c.state = 'DRAFT' ORDER BY c.created_at DESC LIMIT 1) d ON true
      WHERE o.tenant_id = ?1"""
          + " AND "
          + ORIENTED
          + " AND "
          + NONE_SIGNED;

  /**
   * The social pathway's re-examination, six months after the signature (null otherwise, and for a
   * partner, who does not read orientations).
   */
  private static final String REEXAMINATION =
      "(CASE WHEN EXISTS (SELECT 1 FROM orientation o WHERE o.id = c.orientation_id"
          + " AND o.pathway = 'SOCIAL') THEN ((c.signed_at AT TIME ZONE 'Europe/Paris')"
          + " + interval '6 months')::date END)";

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  /** A département's queue (RLS and the tenant parameter both hold it to the département). */
  Page<Line> departement(String tenant, Queue queue, PageRequest page, LocalDate today) {
    return switch (queue) {
      case TO_WRITE ->
          people(DEPARTEMENT_PEOPLE + " AND s.partner_org_id IS NULL", tenant, page, today);
      case OVERDUE ->
          people(DEPARTEMENT_PEOPLE + " AND " + DUE + " < CAST(?2 AS date)", tenant, page, today);
      case TO_SIGN, TO_REVIEW ->
          contracts(
              "c.tenant_id = ?1 AND c.author_body = 'DEPARTEMENT'", queue, tenant, page, today);
    };
  }

  /** A partner organisation's queue, across the départements it works with. */
  Page<Line> partner(String org, Queue queue, PageRequest page, LocalDate today) {
    return switch (queue) {
      case TO_WRITE -> partnerToWrite(org, page, today);
      case TO_SIGN, TO_REVIEW -> contracts("c.partner_org_id = ?1", queue, org, page, today);
      case OVERDUE ->
          throw new InvalidInputException(
              "queue", "Les contrats en retard se suivent au département.");
    };
  }

  private Page<Line> people(String from, String tenant, PageRequest page, LocalDate today) {
    String select =
        "SELECT b.id, b.first_names || ' ' || b.last_name, d.id, d.state, d.referent_name,"
            + " n.notified, "
            + DUE
            + " "
            + from
            + " ORDER BY "
            + DUE
            + ", b.last_name, b.id";
    return page(select, "SELECT count(*) " + from, tenant, page, today);
  }

  private Page<Line> contracts(
      String where, Queue queue, String key, PageRequest page, LocalDate today) {
    String from =
        " FROM contract c WHERE "
            + where
            + (queue == Queue.TO_SIGN
                ? " AND c.state = 'TO_SIGN'"
                : " AND c.state = 'SIGNED' AND (c.review_on <= CAST(?2 AS date) + "
                    + REVIEW_HORIZON_DAYS
                    + " OR "
                    + REEXAMINATION
                    + " <= CAST(?2 AS date) + "
                    + REVIEW_HORIZON_DAYS
                    + ")");
    String select =
        "SELECT c.beneficiary_id, c.person_name, c.id, c.state, c.referent_name, NULL, NULL,"
            + " c.review_on, "
            + REEXAMINATION
            + from
            + (queue == Queue.TO_SIGN
                ? " ORDER BY c.state_since, c.id"
                : " ORDER BY LEAST(c.review_on, " + REEXAMINATION + "), c.id");
    return page(select, "SELECT count(*)" + from, key, page, today);
  }

  private Page<Line> partnerToWrite(String org, PageRequest page, LocalDate today) {
    String from =
        """
         FROM referral r
         JOIN beneficiary b ON b.id = r.beneficiary_id
         LEFT JOIN LATERAL (SELECT c.id, c.state, c.referent_name FROM contract c
                             WHERE c.orientation_id = r.orientation_id AND c.partner_org_id = ?1
                               AND c.state = 'DRAFT' ORDER BY c.created_at DESC LIMIT 1) d ON true
        WHERE r.partner_org_id = ?1 AND r.status = 'ACCEPTED'
          AND NOT EXISTS (SELECT 1 FROM contract c
                           WHERE c.orientation_id = r.orientation_id AND c.partner_org_id = ?1
                             AND (c.signed_at IS NOT NULL OR c.state = 'TO_SIGN'))
        """;
    String select =
        "SELECT b.id, b.first_names || ' ' || b.last_name, d.id, d.state, d.referent_name,"
            + " NULL, NULL, NULL, NULL, r.id"
            + from
            + " ORDER BY r.answered_at, r.id";
    return page(select, "SELECT count(*)" + from, org, page, today);
  }

  private Page<Line> page(
      String select, String count, String key, PageRequest page, LocalDate today) {
    Query rows =
        em.createNativeQuery(select + " LIMIT " + page.size() + " OFFSET " + page.offset());
    Query total = em.createNativeQuery(count);
    rows.setParameter(1, key);
    total.setParameter(1, key);
    if (select.contains("?2")) {
      rows.setParameter(2, Date.valueOf(today));
    }
    if (count.contains("?2")) {
      total.setParameter(2, Date.valueOf(today));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> found = rows.getResultList();
    List<Line> lines = found.stream().map(r -> line(r, today)).toList();
    return new Page<>(
        lines, page.page(), page.size(), ((Number) total.getSingleResult()).longValue(), false);
  }

  private static Line line(Object[] r, LocalDate today) {
    LocalDate notified = date(r[5]);
    LocalDate due = date(r[6]);
    String state = r[3] == null ? null : r[3].toString();
    long late =
        due == null ? 0 : Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(due, today));
    return new Line(
        UUID.fromString(r[0].toString()),
        r[1] == null ? null : r[1].toString(),
        r[2] == null ? null : UUID.fromString(r[2].toString()),
        state,
        state == null ? "À rédiger" : ContractState.valueOf(state).label(),
        r[4] == null ? null : r[4].toString(),
        notified,
        due,
        late,
        r.length > 7 ? date(r[7]) : null,
        r.length > 8 ? date(r[8]) : null,
        r.length > 9 && r[9] != null ? UUID.fromString(r[9].toString()) : null);
  }

  private static LocalDate date(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Date d) {
      return d.toLocalDate();
    }
    if (o instanceof Timestamp t) {
      return t.toLocalDateTime().toLocalDate();
    }
    if (o instanceof LocalDate d) {
      return d;
    }
    if (o instanceof Instant i) {
      return LocalDate.ofInstant(i, ContractWork.PARIS);
    }
    return LocalDate.parse(o.toString().substring(0, 10));
  }
}
