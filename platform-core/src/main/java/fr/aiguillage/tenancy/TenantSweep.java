package fr.aiguillage.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Runs the platform's own background work (timers, sending) in every tenant in turn, as a system
 * actor with the coordinator's rights: {@code batch} is called, each call in its tenant's own
 * transaction, until it handles fewer than {@code batchSize} items. Each sweep runs in a request
 * context of its own ({@code @ActivateRequestContext}, per call: the timers run concurrently, and
 * one shared {@code RequestContextController} could leave a pooled thread with a request context
 * still active, which the next HTTP request on that thread fails on, WELD-001304).
 */
@ApplicationScoped
public class TenantSweep {
  @Inject TenantRepository tenants;
  @Inject CurrentCaller caller;

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  /**
   * The same for every partner organisation, each under its own policy (app.partner_org), as a
   * system actor with the partner admin's rights; {@code batch} stops at its first failure, so a
   * short batch ends that organisation's turn.
   */
  @ActivateRequestContext
  public int inEachPartner(String actor, int batchSize, IntSupplier batch) {
    int handled = 0;
    @SuppressWarnings("unchecked")
    List<String> orgs =
        em.createNativeQuery("SELECT id FROM partner_organisation ORDER BY id").getResultList();
    for (String org : orgs) {
      caller.actAs(
          new Caller(actor, Optional.empty(), Optional.of(org), Set.of(Roles.PARTNER_ADMIN)));
      int n;
      do {
        n = batch.getAsInt();
        handled += n;
      } while (n == batchSize);
    }
    return handled;
  }

  /** Returns how many items were handled in all tenants. */
  @ActivateRequestContext
  public int inEachTenant(String actor, int batchSize, IntSupplier batch) {
    int handled = 0;
    for (Tenant t : tenants.findAll()) {
      caller.actAs(
          new Caller(actor, Optional.of(t.code()), Optional.empty(), Set.of(Roles.COORDINATOR)));
      int n;
      do {
        n = batch.getAsInt();
        handled += n;
      } while (n == batchSize);
    }
    return handled;
  }
}
