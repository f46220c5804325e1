package fr.aiguillage.partner.api;

import fr.aiguillage.tenancy.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * After any successful change made through the partner API (answer, booking, move, attendance…),
 * the caller's organisation's inbox pages are forgotten, so that its next read is fresh. Runs after
 * the resource method, hence after its transaction committed.
 */
@Provider
@ApplicationScoped
public class InboxCacheInvalidation implements ContainerResponseFilter {
  @Inject InboxCache cache;
  @Inject CurrentCaller caller;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (HttpMethod.GET.equals(request.getMethod())
        || HttpMethod.HEAD.equals(request.getMethod())
        || response.getStatus() >= 400
        || !request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("v1/partner/")) {
      return;
    }
    caller.get().partnerOrg().ifPresent(cache::forget);
  }
}
