package fr.aiguillage.tenancy;

import fr.aiguillage.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A partner works for several départements: once it has found, through its own policies, the
 * département a referral or a structure belongs to, the rest of the transaction runs in that
 * département (RLS, EclipseLink's tenant filter, the audit log), still as the partner user.
 */
@ApplicationScoped
public class TenantEntry {
  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject CurrentCaller caller;

  /**
   * Finds, through the partner's own read policy, the département of a row of {@code table}
   * (another organisation's row is not there: 404 "{@code what}"), then continues there.
   */
  public void enterTenantOf(String table, UUID id, String what) {
    @SuppressWarnings("unchecked")
    List<Object> tenants =
        em.createNativeQuery(
                "SELECT tenant_id FROM "
                    + table
                    + " WHERE id = ?1 AND partner_org_id = current_setting('app.partner_org', true)")
            .setParameter(1, id)
            .getResultList();
    if (tenants.isEmpty()) {
      throw new NotFoundException(what);
    }
    enter(tenants.get(0).toString());
  }

  /** Continues the current transaction in {@code tenant}, as the current caller. */
  public void enter(String tenant) {
    em.createNativeQuery("SELECT set_config('app.tenant_id', ?1, true)")
        .setParameter(1, tenant)
        .getSingleResult();
    em.setProperty("eclipselink.tenant-id", tenant);
    Caller c = caller.get();
    caller.actAs(
        new Caller(c.username(), Optional.of(new TenantCode(tenant)), c.partnerOrg(), c.roles()));
  }
}
