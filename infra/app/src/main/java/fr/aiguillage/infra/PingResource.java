package fr.aiguillage.infra;

import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A bare authenticated endpoint (token checked, no database): the baseline the benchmarks compare
 * the real endpoints with.
 */
@Path("/v1/ping")
@ApplicationScoped
public class PingResource {
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.ORIENTATION_AGENT,
    Roles.COORDINATOR,
    Roles.TENANT_ADMIN,
    Roles.REFERENT,
    Roles.PARTNER_USER,
    Roles.PARTNER_ADMIN
  })
  @Operation(summary = "Répond sans toucher à la base (référence des mesures de performance)")
  public Map<String, String> ping() {
    return Map.of("statut", "ok");
  }
}
