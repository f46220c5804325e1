package fr.aiguillage.admin.api;

import fr.aiguillage.admin.provisioning.TenantAdminAccount;
import fr.aiguillage.admin.provisioning.TenantInfo;
import fr.aiguillage.admin.provisioning.TenantProvisioning;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Platform operator: the départements on this instance. */
@Path("/v1/admin/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Tag(name = "Administration de la plateforme")
public class TenantResource {
  @Inject TenantProvisioning provisioning;
  @Context UriInfo uriInfo;

  public record NewTenant(
      @Size(max = 3) String code,
      @Size(max = 120) String name,
      @Size(max = Limits.EMAIL) String adminEmail,
      @Size(max = Limits.NAME) String adminFirstName,
      @Size(max = Limits.NAME) String adminLastName) {}

  public record CreatedTenant(TenantInfo tenant, String adminUsername, String temporaryPassword) {}

  @GET
  @Operation(summary = "Lister les départements de la plateforme")
  public List<TenantInfo> list() {
    return provisioning.list();
  }

  @POST
  @Operation(
      summary =
          "Créer un département : ses lignes, son groupe Keycloak et son premier administrateur")
  public Response create(NewTenant in) {
    if (in == null) {
      throw new fr.aiguillage.shared.InvalidInputException(
          "body", "Le corps de la requête est vide.");
    }
    TenantProvisioning.Created c =
        provisioning.create(
            in.code(),
            in.name(),
            new TenantAdminAccount(null, in.adminEmail(), in.adminFirstName(), in.adminLastName()));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(c.tenant().code()).build())
        .entity(new CreatedTenant(c.tenant(), c.adminUsername(), c.temporaryPassword()))
        .build();
  }
}
