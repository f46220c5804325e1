package fr.aiguillage.tenancy;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs inside the JTA transaction opened by {@code @Transactional} (Liberty's interceptor has
 * priority PLATFORM_BEFORE + 200). {@code set_config(..., true)} is transaction-local: a pooled
 * connection never carries a tenant into the next transaction. Fails closed: without a tenant, RLS
 * matches no tenant-owned row and EclipseLink filters on an empty tenant.
 */
@TenantScoped
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class TenantScopeInterceptor {
  static final String TX_KEY = TenantScopeInterceptor.class.getName();

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject CurrentCaller currentCaller;
  @Resource TransactionSynchronizationRegistry registry;

  @AroundInvoke
  public Object scope(InvocationContext ic) throws Exception {
    if (registry.getTransactionKey() == null) {
      throw new IllegalStateException(
          "@TenantScoped needs an active transaction: annotate the service @Transactional");
    }
    if (registry.getResource(TX_KEY) == null) {
      Caller caller = currentCaller.get();
      String tenant = caller.tenant().map(TenantCode::value).orElse("");
      String partnerOrg = caller.partnerOrg().orElse("");
      em.createNativeQuery(
              "SELECT set_config('app.tenant_id', ?1, true), set_config('app.partner_org', ?2, true)")
          .setParameter(1, tenant)
          .setParameter(2, partnerOrg)
          .getSingleResult();
      em.setProperty("eclipselink.tenant-id", tenant);
      registry.putResource(TX_KEY, tenant);
    }
    return ic.proceed();
  }
}
