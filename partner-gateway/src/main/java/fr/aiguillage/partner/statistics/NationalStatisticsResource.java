package fr.aiguillage.partner.statistics;

import fr.aiguillage.statistics.projection.NationalFigures;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What national bodies read (the {@code national-stats} client, role stats-reader; the platform's
 * administrators): every département and the nation, always suppressed, as JSON, CSV or an XLSX
 * workbook.
 */
@Path("/v1/statistics/national/indicators")
@RequestScoped
@RolesAllowed({Roles.STATS_READER, Roles.PLATFORM_ADMIN})
@Tag(name = "Statistiques nationales")
public class NationalStatisticsResource {
  @Inject NationalFigures figures;

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "Un indicateur par département et par mois (12 derniers mois par défaut, 36 au plus),"
              + " cellules de moins de 5 personnes masquées ; format json, csv ou xlsx")
  public Response read(
      @PathParam("id") @Size(max = 80) String id,
      @QueryParam("from") @Size(max = 7) String from,
      @QueryParam("to") @Size(max = 7) String to,
      @QueryParam("format") @Size(max = 4) String format) {
    String kind = Publications.format(format);
    return Publications.respond(figures.read(id, from, to), kind, id);
  }
}
