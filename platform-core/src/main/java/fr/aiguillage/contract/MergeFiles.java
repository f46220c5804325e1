package fr.aiguillage.contract;

import fr.aiguillage.tenancy.TenantCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads what a person's file offers the merge fields, in one query over the tables of the file's
 * contexts (a read model: the contract context calls none of their services). Filtered by tenant
 * here as well as by Row-Level Security.
 */
@ApplicationScoped
public class MergeFiles {
  private static final String QUERY =
      """
      SELECT b.civility, b.last_name, b.first_names, b.birth_date, b.address_line,
             b.address_complement, b.postal_code, b.commune_name, b.caf_number,
             o.pathway, (o.decided_at AT TIME ZONE 'Europe/Paris')::date,
             (SELECT (min(n.sent_at) AT TIME ZONE 'Europe/Paris')::date FROM notification n
               WHERE n.tenant_id = b.tenant_id AND n.orientation_id = o.id
                 AND n.kind = 'DECISION' AND n.sent_at IS NOT NULL),
             r.first_name, r.last_name, r.email, s.name, s.address_line, s.postal_code,
             (SELECT d.synthesis FROM diagnostic d
               WHERE d.tenant_id = b.tenant_id AND d.beneficiary_id = b.id
                 AND d.status = 'COMPLETED' AND d.synthesis IS NOT NULL
               ORDER BY d.completed_at DESC LIMIT 1),
             t.name
        FROM beneficiary b
        JOIN tenant t ON t.code = b.tenant_id
        LEFT JOIN LATERAL (
             SELECT o.* FROM orientation o
              WHERE o.tenant_id = b.tenant_id AND o.beneficiary_id = b.id
              ORDER BY (o.state <> 'CLOSED') DESC, o.opened_at DESC LIMIT 1) o ON true
        LEFT JOIN referent r ON r.tenant_id = b.tenant_id AND r.id = o.referent_id
        LEFT JOIN structure s ON s.tenant_id = b.tenant_id AND s.id = o.structure_id
       WHERE b.tenant_id = ?1 AND b.id = CAST(?2 AS uuid)
      """;

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  /** The file of this tenant's person, or empty when there is no such person in this tenant. */
  public Optional<MergeFile> find(TenantCode tenant, UUID person) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(QUERY)
            .setParameter(1, tenant.value())
            .setParameter(2, person.toString())
            .getResultList();
    return rows.stream().findFirst().map(MergeFiles::file);
  }

  private static MergeFile file(Object[] r) {
    return new MergeFile(
        text(r[0]),
        text(r[1]),
        text(r[2]),
        date(r[3]),
        text(r[4]),
        text(r[5]),
        text(r[6]),
        text(r[7]),
        text(r[8]),
        text(r[9]),
        date(r[10]),
        date(r[11]),
        text(r[12]),
        text(r[13]),
        text(r[14]),
        text(r[15]),
        text(r[16]),
        text(r[17]),
        text(r[18]),
        text(r[19]));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }
}
