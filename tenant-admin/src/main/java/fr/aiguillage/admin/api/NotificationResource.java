package fr.aiguillage.admin.api;

import fr.aiguillage.notification.NoticesDesk;
import fr.aiguillage.notification.NotificationDetails;
import fr.aiguillage.shared.Ids;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Notices handled by staff: a letter printed and posted, a failed e-mail or SMS sent again. An
 * orientation's notices and its letter are under {@code /v1/orientations/{id}}.
 */
@Path("/v1/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORIENTATION_AGENT, Roles.COORDINATOR, Roles.TENANT_ADMIN, Roles.REFERENT})
@Tag(name = "Orientations")
public class NotificationResource {
  @Inject NoticesDesk notices;

  @POST
  @Path("{id}/printed")
  @Operation(summary = "Le courrier a été imprimé et posté")
  public NotificationDetails printed(@PathParam("id") String id) {
    return notices.markPrinted(Ids.of(id, "Avis"));
  }

  @POST
  @Path("{id}/retry")
  @Operation(summary = "Renvoyer un courriel ou un SMS dont l'envoi a échoué")
  public NotificationDetails retry(@PathParam("id") String id) {
    return notices.retry(Ids.of(id, "Avis"));
  }
}
