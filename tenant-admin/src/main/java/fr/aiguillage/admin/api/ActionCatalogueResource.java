package fr.aiguillage.admin.api;

import fr.aiguillage.contract.ActionCategory;
import fr.aiguillage.contract.CatalogueAction;
import fr.aiguillage.contract.CatalogueActions;
import fr.aiguillage.contract.CatalogueItem;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * The département's catalogue of contract actions (each in one of DREES's 15 categories, tagged
 * with data·inclusion thématiques). The national list applies until the first change.
 */
@Path("/v1/contract-actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORIENTATION_AGENT, Roles.COORDINATOR, Roles.TENANT_ADMIN, Roles.REFERENT})
@Tag(name = "Modèles de contrat")
public class ActionCatalogueResource {
  static final int MAX_THEMATIQUES = 20;

  @Inject CatalogueActions actions;
  @Context UriInfo uriInfo;

  public record ActionInput(
      @Size(max = Limits.CODE) String code,
      @Size(max = Limits.LABEL) String label,
      ActionCategory category,
      @Size(max = MAX_THEMATIQUES) List<@Size(max = Limits.CODE) String> thematiques) {}

  /** An action's new label, category, thématiques and whether it is offered (active). */
  public record ActionRevision(
      @Size(max = Limits.LABEL) String label,
      ActionCategory category,
      @Size(max = MAX_THEMATIQUES) List<@Size(max = Limits.CODE) String> thematiques,
      Boolean active) {}

  @GET
  @Operation(summary = "Le catalogue des actions du département, actives ou non")
  public List<CatalogueItem> list() {
    return actions.list();
  }

  @POST
  @RolesAllowed(Roles.TENANT_ADMIN)
  @Operation(summary = "Ajouter une action au catalogue (code unique, catégorie DREES)")
  public Response add(ActionInput input) {
    ActionInput in = input == null ? new ActionInput(null, null, null, null) : input;
    CatalogueItem added =
        actions.add(new CatalogueAction(in.code(), in.label(), in.category(), in.thematiques()));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(added.code()).build())
        .entity(added)
        .build();
  }

  @PUT
  @Path("{code}")
  @RolesAllowed(Roles.TENANT_ADMIN)
  @Operation(
      summary =
          "Modifier une action (libellé, catégorie, thématiques) ou la désactiver (active: false)")
  public CatalogueItem revise(@PathParam("code") String code, ActionRevision revision) {
    if (revision == null || revision.active() == null) {
      throw new InvalidInputException(
          "active", "Indiquez si l'action reste proposée : \"active\": true ou false.");
    }
    return actions.revise(
        code,
        new CatalogueAction(code, revision.label(), revision.category(), revision.thematiques()),
        revision.active());
  }
}
