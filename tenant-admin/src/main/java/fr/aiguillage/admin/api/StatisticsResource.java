package fr.aiguillage.admin.api;

import fr.aiguillage.statistics.projection.Figures;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The département's own figures, unsuppressed (they do not leave it), read from the statistics'
 * projections; each with its definition (docs/indicators.md).
 */
@Path("/v1/statistics/indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.TENANT_ADMIN})
@Tag(name = "Statistiques")
public class StatisticsResource {
  @Inject Figures figures;

  @GET
  @Operation(summary = "Les indicateurs définis, chacun avec sa définition et s'il est calculé")
  public List<Figures.IndicatorFigures> catalogue() {
    return figures.catalogue();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "Un indicateur mois par mois (12 derniers mois par défaut, 36 au plus), pour le"
              + " département ou un territoire, et pour un parcours (indicateurs ventilés par"
              + " parcours)")
  public Figures.IndicatorFigures read(
      @PathParam("id") @Size(max = 80) String id,
      @QueryParam("from") @Size(max = 7) String from,
      @QueryParam("to") @Size(max = 7) String to,
      @QueryParam("territory") @Size(max = 36) String territory,
      @QueryParam("pathway") @Size(max = 20) String pathway) {
    return figures.read(id, from, to, territory, pathway);
  }
}
