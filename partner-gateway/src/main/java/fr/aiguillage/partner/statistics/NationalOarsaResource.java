package fr.aiguillage.partner.statistics;

import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.statistics.projection.OarsaTables;
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

/** DREES's OARSA survey for a finished year, every département and the nation, suppressed. */
@Path("/v1/statistics/national/oarsa")
@RequestScoped
@RolesAllowed({Roles.STATS_READER, Roles.PLATFORM_ADMIN})
@Tag(name = "Statistiques nationales")
public class NationalOarsaResource {
  @Inject OarsaTables oarsa;

  @GET
  @Path("{year}")
  @Operation(
      summary =
          "Les tableaux de l'enquête OARSA au 31 décembre d'une année terminée, une ligne par"
              + " département, cellules de moins de 5 personnes masquées ; format json, csv ou xlsx")
  public Response read(
      @PathParam("year") @Size(max = 4) String year,
      @QueryParam("format") @Size(max = 4) String format) {
    String kind = Publications.format(format);
    int y;
    try {
      y = Integer.parseInt(year);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          "year", "Année attendue sur quatre chiffres (par exemple 2025).");
    }
    return Publications.respond(oarsa.read(y), kind, "oarsa-" + y);
  }
}
