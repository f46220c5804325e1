package fr.aiguillage.admin.api;

import fr.aiguillage.settings.TenantSettings;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The département's delays and coordination mailbox. */
@Path("/v1/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORIENTATION_AGENT, Roles.COORDINATOR, Roles.TENANT_ADMIN, Roles.REFERENT})
@Tag(name = "Département")
public class SettingsResource {
  @Inject TenantSettings settings;

  @GET
  @Operation(
      summary =
          "Les paramètres du département : délai cible d'orientation, délai de réponse des"
              + " structures et relance (en jours), adresse de la coordination")
  public TenantSettings.Settings get() {
    return settings.get();
  }

  @PUT
  @RolesAllowed(Roles.TENANT_ADMIN)
  @Operation(summary = "Changer les paramètres du département (administrateur du département)")
  public TenantSettings.Settings update(TenantSettings.Settings input) {
    return settings.update(input);
  }
}
