package fr.aiguillage.orientation;

import static fr.aiguillage.persistence.SqlValues.instant;

import fr.aiguillage.diagnostic.Diagnostic;
import fr.aiguillage.directory.Referent;
import fr.aiguillage.orientation.PartnerReferrals.InboxItem;
import fr.aiguillage.orientation.PartnerReferrals.PartnerReferral;
import fr.aiguillage.orientation.PartnerReferrals.ReferentChoice;
import fr.aiguillage.orientation.PartnerReferrals.SharedDiagnostic;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.vocabulary.Pathway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The partner's inbox as PostgreSQL's partner policies let it read: the referrals addressed to the
 * caller's organisation's structures, in every département it works with, and one referral with
 * what the partner needs of the person.
 */
@ApplicationScoped
public class PartnerInbox {
  /** Beyond this many referrals the inbox says "more than" rather than counting them all. */
  static final int COUNT_CAP = 1000;

  private static final String ONE =
      """
      SELECT r.id, r.tenant_id, t.name, r.structure_id, s.name, b.last_name, b.first_names,
             r.pathway, r.status, r.sent_at, r.due_at, r.reviewing_since
        FROM referral r
        JOIN structure s ON s.id = r.structure_id
        JOIN beneficiary b ON b.id = r.beneficiary_id
        JOIN tenant t ON t.code = r.tenant_id
       WHERE r.partner_org_id = current_setting('app.partner_org', true) AND r.id = ?1
      """;

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject RefusalReasonRepository reasons;

  /**
   * One page, the nearest deadline first: the page's referrals first (the organisation's index),
   * then only their people; and how many there are, up to {@link #COUNT_CAP} + 1, in the same
   * statement. With no referral on the page, one row of nulls carries the count.
   *
   * @param status a referral status, or null for all
   */
  public Page<InboxItem> page(PageRequest page, String status, UUID structureId, Instant now) {
    String filters =
        (status == null ? "" : " AND r.status = ?1")
            + (structureId == null ? "" : " AND r.structure_id = ?2");
    Query q = em.createNativeQuery(pageSql(filters));
    if (status != null) {
      q.setParameter(1, status);
    }
    if (structureId != null) {
      q.setParameter(2, structureId);
    }
    q.setParameter(3, page.size()).setParameter(4, page.offset());
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[12]).longValue();
    List<InboxItem> items = rows.stream().filter(r -> r[0] != null).map(r -> item(r, now)).toList();
    return new Page<>(
        items, page.page(), page.size(), Math.min(total, COUNT_CAP), total > COUNT_CAP);
  }

  /** {@code %1$s}: the filters on the referral {@code r}; {@code %2$d}: the count's cap. */
  private static final String PAGE =
      """
      WITH page AS (
        SELECT r.id, r.tenant_id, r.structure_id, r.beneficiary_id, r.pathway, r.status,
               r.sent_at, r.due_at, r.reviewing_since
          FROM referral r
         WHERE r.partner_org_id = current_setting('app.partner_org', true) %1$s
         ORDER BY r.due_at, r.id LIMIT ?3 OFFSET ?4),
      counted AS (
        SELECT count(*) AS n FROM (
          SELECT 1 FROM referral r
           WHERE r.partner_org_id = current_setting('app.partner_org', true) %1$s
           LIMIT %2$d) x)
      SELECT p.id, p.tenant_id, t.name, p.structure_id, s.name, b.last_name, b.first_names,
             p.pathway, p.status, p.sent_at, p.due_at, p.reviewing_since, c.n
        FROM counted c
        LEFT JOIN (page p
          JOIN structure s ON s.id = p.structure_id
          JOIN beneficiary b ON b.id = p.beneficiary_id
          JOIN tenant t ON t.code = p.tenant_id) ON true
       ORDER BY p.due_at, p.id
      """;

  private static String pageSql(String filters) {
    return PAGE.formatted(filters, COUNT_CAP + 1);
  }

  /** The referral as its partner sees it: the person's identity and contact, the pathway. */
  public PartnerReferral details(Referral r, Instant now) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(ONE).setParameter(1, r.id()).getResultList();
    InboxItem item = item(rows.get(0), now);
    @SuppressWarnings("unchecked")
    List<Object[]> person =
        em.createNativeQuery(
                "SELECT birth_date, email, phone, address_line, address_complement, postal_code,"
                    + " commune_name FROM beneficiary WHERE id = ?1")
            .setParameter(1, r.beneficiaryId())
            .getResultList();
    Object[] p = person.get(0);
    return new PartnerReferral(
        item,
        p[0] == null ? null : ((java.sql.Date) p[0]).toLocalDate(),
        (String) p[1],
        (String) p[2],
        address(p),
        r.answeredBy(),
        r.answeredAt().orElse(null),
        r.refusalCode() == null ? null : reasons.label(r.refusalCode()),
        r.answerReason(),
        r.referentId().orElse(null),
        referents(r.structureId()),
        reasons.inUse(),
        sharedDiagnostic(r.beneficiaryId()));
  }

  private static List<String> address(Object[] p) {
    List<String> address = new ArrayList<>();
    for (Object line : new Object[] {p[3], p[4]}) {
      if (line != null && !line.toString().isBlank()) {
        address.add(line.toString());
      }
    }
    String town = ((p[5] == null ? "" : p[5] + " ") + (p[6] == null ? "" : p[6])).strip();
    if (!town.isEmpty()) {
      address.add(town);
    }
    return address;
  }

  private List<ReferentChoice> referents(UUID structureId) {
    return em
        .createQuery(
            "SELECT x FROM Referent x WHERE x.structureId = :s ORDER BY x.lastName", Referent.class)
        .setParameter("s", structureId)
        .getResultList()
        .stream()
        .map(x -> new ReferentChoice(x.id(), x.name(), x.currentCaseload(), x.maxCaseload()))
        .toList();
  }

  /** The latest completed diagnostic of the person, if they agreed to share it. */
  private SharedDiagnostic sharedDiagnostic(UUID beneficiaryId) {
    return em.createQuery(
            "SELECT d FROM Diagnostic d WHERE d.beneficiaryId = :b AND d.sharedAt IS NOT NULL"
                + " AND d.completedAt IS NOT NULL ORDER BY d.completedAt DESC",
            Diagnostic.class)
        .setParameter("b", beneficiaryId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(d -> new SharedDiagnostic(d.synthesis(), d.nextSteps(), d.actions(), d.completedAt()))
        .orElse(null);
  }

  private static InboxItem item(Object[] r, Instant now) {
    Instant due = instant(r[10]);
    Pathway pathway = Pathway.valueOf((String) r[7]);
    return new InboxItem(
        (UUID) r[0],
        (String) r[1],
        (String) r[2],
        (UUID) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        pathway.name(),
        pathway.label(),
        (String) r[8],
        instant(r[9]),
        due,
        "PENDING".equals(r[8]) && due.isBefore(now),
        instant(r[11]));
  }
}
