package fr.aiguillage.partner.api;

import fr.aiguillage.identity.PartnerAccounts;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The organisation's accounts, for its partner admin: people of the organisation only (another
 * organisation's account is 404); the temporary password is in the answer of the creation and of a
 * reset, and nowhere else.
 */
@Path("/v1/partner/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER_ADMIN)
@Tag(name = "Partenaires")
public class PartnerAccountResource {
  @Inject PartnerAccounts accounts;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "Les comptes de l'organisation (rôle, état)")
  public List<PartnerAccounts.PartnerAccount> list() {
    return accounts.list();
  }

  @POST
  @Operation(
      summary =
          "Ouvrir un compte {username, firstName, lastName, email, admin?} ; la réponse porte le mot"
              + " de passe provisoire (à changer à la première connexion), montré cette seule fois")
  public Response create(PartnerAccounts.NewAccount input) {
    PartnerAccounts.Credentials created = accounts.create(input);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.account().id()).build())
        .entity(created)
        .build();
  }

  @PATCH
  @Path("{id}")
  @Operation(
      summary =
          "Désactiver ou réactiver {enabled}, nommer ou retirer administrateur {admin} ; pas pour"
              + " son propre compte")
  public PartnerAccounts.PartnerAccount change(
      @PathParam("id") String id, PartnerAccounts.AccountChange change) {
    return accounts.change(id, change);
  }

  @POST
  @Path("{id}/password")
  @Operation(summary = "Un nouveau mot de passe provisoire (l'ancien ne sert plus)")
  public PartnerAccounts.Credentials resetPassword(@PathParam("id") String id) {
    return accounts.resetPassword(id);
  }
}
