package fr.aiguillage.admin.api;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import fr.aiguillage.directory.DataInclusion;
import fr.aiguillage.directory.DirectoryFiles;
import fr.aiguillage.directory.DirectoryService;
import fr.aiguillage.directory.ImportReport;
import fr.aiguillage.directory.StructureView;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  @Inject DirectoryService directory;
  @Inject DirectoryFiles files;

  @GET
  @Operation(
      summary = "Les structures du département et leurs référents (parcours, capacité, charge)")
  public List<StructureView> list() {
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
    StringWriter out = new StringWriter();
    try (CsvWriter csv = CsvWriter.builder().fieldSeparator(';').build(out)) {
      List<String> header = new ArrayList<>(List.of("id"));
      header.addAll(DataInclusion.COLUMNS);
      csv.writeRecord(header);
      for (Map<String, Object> row : rows) {
        csv.writeRecord(header.stream().map(h -> cell(row.get(h))).toList());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Response.ok(out.toString(), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"annuaire.csv\"")
        .build();
  }

  @POST
  @Path("import")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.TENANT_ADMIN)
  @Operation(
      summary =
          "Importer des structures au schéma data·inclusion (tableau JSON) : tout ou rien, avec un rapport ligne par ligne")
  public ImportReport importJson(JsonArray structures) {
    if (structures == null) {
      throw new InvalidInputException("body", "Envoyez un tableau JSON de structures.");
    }
    List<Map<String, String>> rows = new ArrayList<>();
    java.util.Set<String> columns = new java.util.LinkedHashSet<>();
    for (JsonValue v : structures) {
      if (v.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidInputException(
            "body", "Chaque élément du tableau doit être un objet (une structure).");
      }
      JsonObject o = v.asJsonObject();
      Map<String, String> row = new LinkedHashMap<>();
      o.forEach((k, value) -> row.put(k, text(value)));
      columns.addAll(o.keySet());
      rows.add(row);
    }
    List<String> present =
        rows.isEmpty() ? List.copyOf(DataInclusion.REQUIRED) : new ArrayList<>(columns);
    return refuseOrReturn(files.importRows(present, rows));
  }

  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed(Roles.TENANT_ADMIN)
  @Operation(
      summary =
          "Importer des structures en CSV (en-têtes du schéma data·inclusion, séparateur ; ou ,)")
  public ImportReport importCsv(String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidInputException("body", "Le fichier est vide.");
    }
    String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
    char separator = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
    List<Map<String, String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (NamedCsvRecord r : CsvReader.builder().fieldSeparator(separator).ofNamedCsvRecord(text)) {
      if (header.isEmpty()) {
        header.addAll(r.getHeader());
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (String h : r.getHeader()) {
        row.put(h.strip(), r.getField(h));
      }
      rows.add(row);
    }
    if (header.isEmpty()) {
      header.addAll(
          text.lines()
              .findFirst()
              .map(l -> List.of(l.split(String.valueOf(separator))))
              .orElse(List.of()));
    }
    return refuseOrReturn(files.importRows(header.stream().map(String::strip).toList(), rows));
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

  private static String text(JsonValue v) {
    return switch (v.getValueType()) {
      case NULL -> null;
      case STRING -> ((jakarta.json.JsonString) v).getString();
      case ARRAY ->
          String.join(",", v.asJsonArray().stream().map(StructureResource::text).toList());
      default -> v.toString();
    };
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Collection<?> c) {
      return String.join(",", c.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }
}
