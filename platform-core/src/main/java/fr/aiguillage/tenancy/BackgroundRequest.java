package fr.aiguillage.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/**
 * Runs background work (a managed executor's task) in a request context of its own, activated and
 * ended by the container for each call: the caller, the tenant's transaction scope and the other
 * request-scoped beans work as in a request, and nothing is left active on the pooled thread.
 */
@ApplicationScoped
public class BackgroundRequest {
  @ActivateRequestContext
  public void run(Runnable work) {
    work.run();
  }

  /** The same, for work that answers. */
  @ActivateRequestContext
  public <T> T call(java.util.function.Supplier<T> work) {
    return work.get();
  }
}
