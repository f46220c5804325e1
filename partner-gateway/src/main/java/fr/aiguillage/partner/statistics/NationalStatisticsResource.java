package fr.aiguillage.partner.statistics;

import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.statistics.projection.NationalFigures;
import fr.aiguillage.statistics.table.Publication;
import fr.aiguillage.statistics.table.TableCsv;
import fr.aiguillage.statistics.table.TableWorkbook;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
    String kind = format == null || format.isBlank() ? "json" : format;
    if (!kind.equals("json") && !kind.equals("csv") && !kind.equals("xlsx")) {
      throw new InvalidInputException("format", "Format attendu : json, csv ou xlsx.");
    }
    Publication p = figures.read(id, from, to);
    return switch (kind) {
      case "csv" ->
          Response.ok(TableCsv.bytes(p), TableCsv.CONTENT_TYPE)
              .header("Content-Disposition", "attachment; filename=\"" + id + ".csv\"")
              .build();
      case "xlsx" ->
          Response.ok(TableWorkbook.bytes(p), TableWorkbook.CONTENT_TYPE)
              .header("Content-Disposition", "attachment; filename=\"" + id + ".xlsx\"")
              .build();
      default -> Response.ok(NationalFigures.json(p), MediaType.APPLICATION_JSON).build();
    };
  }
}
