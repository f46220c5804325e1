package fr.aiguillage.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Runs the platform's own background work (timers, sending) in every tenant in turn, as a system
 * actor with the coordinator's rights: {@code batch} is called, each call in its tenant's own
 * transaction, until it handles fewer than {@code batchSize} items.
 */
@ApplicationScoped
public class TenantSweep {
  @Inject TenantRepository tenants;
  @Inject CurrentCaller caller;
  @Inject RequestContextController requestContext;

  /** Returns how many items were handled in all tenants. */
  public int inEachTenant(String actor, int batchSize, IntSupplier batch) {
    boolean activated = requestContext.activate();
    try {
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
    } finally {
      if (activated) {
        requestContext.deactivate();
      }
    }
  }
}
