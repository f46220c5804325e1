package fr.aiguillage.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

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
