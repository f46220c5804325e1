package fr.aiguillage.admin.api;

import fr.aiguillage.directory.Directory;
import fr.aiguillage.directory.DirectoryCsv;
import fr.aiguillage.directory.DirectoryFileReader;
import fr.aiguillage.directory.DirectoryFiles;
import fr.aiguillage.directory.ImportReport;
import fr.aiguillage.directory.PartnerOrganisation;
import fr.aiguillage.directory.StructureSummary;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The département's directory: structures and referents, import and export in the data·inclusion
 * schema.
 */
@Path("/v1/structures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORIENTATION_AGENT, Roles.COORDINATOR, Roles.TENANT_ADMIN, Roles.REFERENT})
@Tag(name = "Annuaire")
public class StructureResource {
  @Inject Directory directory;
  @Inject DirectoryFiles files;

  @GET
  @Operation(
      summary = "Les structures du département et leurs référents (parcours, capacité, charge)")
  public List<StructureSummary> list() {
    return directory.directory();
  }

  @GET
  @Path("export")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  @Operation(
      summary =
          "L'annuaire au schéma data·inclusion, en JSON (format=json) ou CSV (format=csv, séparateur ;)")
  public Response export(@QueryParam("format") @DefaultValue("json") String format) {
    List<Map<String, Object>> rows = files.export();
    if (!"csv".equalsIgnoreCase(format)) {
      return Response.ok(rows, MediaType.APPLICATION_JSON).build();
    }
    return Response.ok(DirectoryCsv.write(rows), DirectoryCsv.CONTENT_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + DirectoryCsv.FILE_NAME + "\"")
        .build();
  }

  @POST
  @Path("import")
  @Consumes({MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed(Roles.TENANT_ADMIN)
  @Operation(
      summary =
          "Importer des structures au schéma data·inclusion : tableau JSON ou CSV (séparateur ; ou"
              + " ,, UTF-8 ou Windows-1252), tout ou rien, avec un rapport ligne par ligne")
  public ImportReport importFile(byte[] body) {
    DirectoryFileReader.Table table = DirectoryFileReader.read(body == null ? new byte[0] : body);
    return refuseOrReturn(files.importRows(table.columns(), table.rows()));
  }

  @GET
  @Path("organisations")
  @Operation(summary = "Les organisations partenaires auxquelles une structure peut être confiée")
  public List<PartnerOrganisation> organisations() {
    return directory.partnerOrganisations();
  }

  /** The partner organisation a structure is entrusted to. */
  public record OwnerInput(@Size(max = 64) String organisation) {}

  @PUT
  @Path("{id}/organisation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.TENANT_ADMIN)
  @Operation(
      summary =
          "Confier une structure à une organisation partenaire (null : à aucune) ; ses"
              + " utilisateurs répondent alors aux orientations qui lui sont adressées")
  public StructureSummary assignOwner(@PathParam("id") UUID id, OwnerInput input) {
    if (input == null) {
      throw new InvalidInputException(
          "organisation", "Envoyez {\"organisation\": \"identifiant\"} ou null.");
    }
    return directory.assignOwner(id, input.organisation());
  }

  private static ImportReport refuseOrReturn(ImportReport report) {
    if (report.accepted()) {
      return report;
    }
    throw new InvalidInputException(
        report.errors().stream()
            .map(
                e ->
                    new FieldError(
                        e.row() == 0
                            ? "en-tête." + e.column()
                            : "ligne " + e.row() + "." + e.column(),
                        (e.row() == 0 ? "En-tête" : "Ligne " + e.row())
                            + ", colonne « "
                            + e.column()
                            + " » : "
                            + e.message()))
            .toList());
  }
}
