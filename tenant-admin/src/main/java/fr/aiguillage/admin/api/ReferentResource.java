package fr.aiguillage.admin.api;

import fr.aiguillage.directory.ReferentDraft;
import fr.aiguillage.directory.Referents;
import fr.aiguillage.shared.Ids;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The département's referents: read by staff, kept by the tenant administrator. */
@Path("/v1/referents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORIENTATION_AGENT, Roles.COORDINATOR, Roles.TENANT_ADMIN, Roles.REFERENT})
@Tag(name = "Annuaire")
public class ReferentResource {
  @Inject Referents referents;
  @Inject fr.aiguillage.orientation.Coordination coordination;

  @GET
  @Path("caseloads")
  @Operation(
      summary =
          "Les charges des référents par territoire (personnes suivies et maximum), les plus chargés"
              + " d'abord")
  public List<fr.aiguillage.orientation.Coordination.TerritoryCaseload> caseloads() {
    return coordination.caseloads();
  }

  @GET
  @Operation(
      summary = "Les référents du département : structure, territoire, parcours, charge et maximum")
  public List<Referents.ReferentLine> list() {
    return referents.list();
  }

  @POST
  @RolesAllowed(Roles.TENANT_ADMIN)
  @Operation(summary = "Ajouter un référent (courriel unique dans le département)")
  public Response register(ReferentDraft draft) {
    Referents.ReferentLine created = referents.register(draft);
    return Response.created(URI.create("/api/v1/referents/" + created.id()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.TENANT_ADMIN)
  @Operation(summary = "Modifier un référent ; sa charge actuelle est comptée, pas saisie")
  public Referents.ReferentLine update(@PathParam("id") String id, ReferentDraft draft) {
    return referents.update(Ids.of(id, "Référent"), draft);
  }
}
