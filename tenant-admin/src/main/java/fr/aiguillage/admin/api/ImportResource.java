package fr.aiguillage.admin.api;

import fr.aiguillage.intake.CafFlowSettings;
import fr.aiguillage.intake.ColumnMapping;
import fr.aiguillage.intake.ImportJob;
import fr.aiguillage.intake.ImportOrigin;
import fr.aiguillage.intake.ImportRunDetails;
import fr.aiguillage.intake.Intake;
import fr.aiguillage.intake.IntakeField;
import fr.aiguillage.intake.Problem;
import fr.aiguillage.shared.Ids;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imports of CAF/MSA lists (CSV or XLSX) and the bulk JSON intake for upstream systems: column
 * mapping, preview, run (in the background, with its progress), history, row-by-row report; and the
 * flows the CAF's exchange platform posts with its own client (role flow-sender, ADR 0018).
 */
@Path("/v1/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORIENTATION_AGENT, Roles.COORDINATOR, Roles.TENANT_ADMIN})
@Tag(name = "Imports")
public class ImportResource {
  static final String SPREADSHEET =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject ImportJob job;
  @Inject Intake intake;
  @Inject CafFlowSettings flowSettings;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "L'historique des imports du département, du plus récent au plus ancien")
  public List<ImportRunDetails> history(
      @QueryParam("max") @DefaultValue("50") @Min(1) @Max(500) int max) {
    return intake.history(Math.max(1, Math.min(max, 500)));
  }

  @GET
  @Path("mapping")
  @Operation(
      summary = "La correspondance des colonnes enregistrée pour le département (champ → colonne)")
  public Map<IntakeField, String> mapping() {
    return intake.savedMapping().map(ColumnMapping::columns).orElse(Map.of());
  }

  @PUT
  @Path("mapping")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enregistrer la correspondance des colonnes (champ → nom de colonne)")
  public Map<IntakeField, String> saveMapping(
      @Size(max = 50) Map<String, @Size(max = Limits.LABEL) String> columns) {
    return intake.saveMapping(mappingOf(columns)).columns();
  }

  @POST
  @Path("preview")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, SPREADSHEET, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary =
          "Aperçu : l'en-tête, la correspondance utilisée (enregistrée, sinon devinée) et les 20"
              + " premières lignes vérifiées ; rien n'est écrit")
  public ImportJob.Preview preview(
      InputStream body, @HeaderParam("X-File-Name") @DefaultValue("liste.csv") String fileName) {
    return job.preview(body, fileName, null, 20);
  }

  @POST
  @Consumes({
    "text/csv",
    MediaType.TEXT_PLAIN,
    SPREADSHEET,
    MediaType.APPLICATION_OCTET_STREAM,
    MediaType.APPLICATION_XML,
    MediaType.TEXT_XML
  })
  @Operation(
      summary =
          "Importer une liste CSV ou XLSX avec la correspondance enregistrée, ou le flux XML des"
              + " bénéficiaires de la CNAF (reconnu à son contenu) : 202 et l'import en cours (suivre"
              + " GET /imports/{id}) ; un fichier qui ne correspond pas est refusé (400)")
  public Response start(
      InputStream body, @HeaderParam("X-File-Name") @DefaultValue("liste.csv") String fileName) {
    fr.aiguillage.shared.Text.problem(fileName, 255)
        .ifPresent(
            problem -> {
              throw new InvalidInputException("X-File-Name", problem);
            });
    java.nio.file.Path upload = upload(body);
    if (ImportJob.isFlow(upload)) {
      return accepted(job.startFlowAsync(upload, fileName, ImportOrigin.API, p -> {}));
    }
    ColumnMapping mapping;
    try {
      mapping = savedMappingOrRefuse();
    } catch (RuntimeException e) {
      delete(upload);
      throw e;
    }
    return accepted(job.startAsync(upload, fileName, mapping, ImportOrigin.API, p -> {}));
  }

  @GET
  @Path("caf-flow")
  @Operation(
      summary =
          "La lecture du flux de la CNAF par le département : états du droit suivis, motifs de"
              + " suspension suivis en état 4 (vide : tous), noms d'éléments remplacés (MSA)")
  public CafFlowSettings.Saved cafFlow() {
    return flowSettings.get();
  }

  @PUT
  @Path("caf-flow")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Changer la lecture du flux de la CNAF (coordinateur, administrateur)")
  public CafFlowSettings.Saved saveCafFlow(@jakarta.validation.Valid CafFlowInput in) {
    if (in == null) {
      throw new InvalidInputException("body", "Envoyez {\"states\": \"2,3,4\", …}.");
    }
    return flowSettings.save(in.states(), in.state4Reasons(), in.elementNames());
  }

  /** The département's reading of the CNAF's flow, as sent. */
  public record CafFlowInput(
      @Size(max = 20) String states,
      @Size(max = 200) String state4Reasons,
      @Size(max = 4000) String elementNames) {}

  private ColumnMapping savedMappingOrRefuse() {
    return intake
        .savedMapping()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "mapping",
                    "Enregistrez d'abord la correspondance des colonnes (PUT /api/v1/imports/mapping)."));
  }

  private static java.nio.file.Path upload(InputStream body) {
    try {
      java.nio.file.Path file = Files.createTempFile("aiguillage-import-", ".upload");
      Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(java.nio.file.Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file left behind is cleaned by the system
    }
  }

  private Response accepted(ImportRunDetails run) {
    // absolute: a relative Location is resolved against the application's base URI (…/api/),
    // which gave …/api/api/v1/imports/{id}
    URI location = uriInfo.getAbsolutePathBuilder().path(run.id().toString()).build();
    return Response.accepted(run).location(location).build();
  }

  @POST
  @Path("bulk")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Intégration en masse pour les systèmes amont : un tableau d'objets (lastName, firstNames,"
              + " birthDate, cafNumber, householdRole, rsaClaimDate…), 10 000 au plus ; même contrôle,"
              + " même rapprochement, même rapport ; répondu à la fin. Une ligne avec un champ"
              + " inconnu ou une valeur qui n'est pas un texte JSON est refusée et rapportée")
  public ImportRunDetails bulk(
      @Size(max = 10_000) List<@Size(max = Limits.CODE) Map<String, Object>> people) {
    if (people == null) {
      throw new InvalidInputException("body", "Envoyez un tableau JSON de personnes.");
    }
    if (people.size() > 10_000) {
      throw new InvalidInputException("body", "10 000 personnes au plus par envoi.");
    }
    // each row is checked, unknown fields and non-text values included, and reported on its own
    return job.runRows(people, progress -> {});
  }

  @POST
  @Path("flows")
  @RolesAllowed(Roles.FLOW_SENDER)
  @Consumes({
    MediaType.APPLICATION_XML,
    MediaType.TEXT_XML,
    "text/csv",
    SPREADSHEET,
    MediaType.APPLICATION_OCTET_STREAM
  })
  @Operation(
      summary =
          "Flux déposé par la plateforme d'échange de la CAF (rôle flow-sender, jeton client du"
              + " département) : le fichier (flux XML de la CNAF, liste CSV ou XLSX) est importé"
              + " sans personne pour cliquer, avec la correspondance enregistrée, sinon devinée de"
              + " l'en-tête : 202 et l'import (suivre GET /imports/{id}) ; un fichier refusé en"
              + " entier laisse un import échoué qui dit pourquoi. Le même fichier deux fois ne"
              + " change rien la seconde")
  public Response flow(
      InputStream body,
      @HeaderParam("Content-Type") @Size(max = Limits.LABEL) String contentType,
      @QueryParam("name") @Size(max = 255) String name) {
    String fileName = name == null || name.isBlank() ? defaultFlowName(contentType) : name.strip();
    fr.aiguillage.shared.Text.problem(fileName, 255)
        .ifPresent(
            problem -> {
              throw new InvalidInputException("name", problem);
            });
    java.nio.file.Path file = receive(body);
    ImportRunDetails run = job.startFile(file, fileName, ImportOrigin.EXCHANGE);
    URI location = uriInfo.getBaseUriBuilder().path("v1/imports").path(run.id().toString()).build();
    return Response.accepted(run).location(location).build();
  }

  /** The body in a temporary file, refused past the largest list read. */
  private static java.nio.file.Path receive(InputStream body) {
    java.nio.file.Path file;
    try {
      file = Files.createTempFile("aiguillage-flow-", ".upload");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (java.io.OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      int n;
      while ((n = body.read(buffer)) > 0) {
        total += n;
        if (total > ImportJob.MAX_FILE_BYTES) {
          throw new InvalidInputException(
              "body",
              "Le fichier dépasse la taille maximale de "
                  + (ImportJob.MAX_FILE_BYTES >> 20)
                  + " Mo.");
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a temporary file left behind is cleaned by the system
      }
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new UncheckedIOException((IOException) e);
    }
    return file;
  }

  private static String defaultFlowName(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
    if (type.contains("xml")) {
      return "flux.xml";
    }
    if (type.contains("spreadsheetml")) {
      return "flux.xlsx";
    }
    return "flux.csv";
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.ORIENTATION_AGENT, Roles.COORDINATOR, Roles.TENANT_ADMIN, Roles.FLOW_SENDER})
  @Operation(summary = "Un import : état, lignes lues, créées, mises à jour, inchangées, refusées")
  public ImportRunDetails run(@PathParam("id") String id) {
    return intake.run(Ids.of(id, "Import"));
  }

  @GET
  @Path("{id}/problems")
  @Operation(summary = "Le rapport ligne par ligne d'un import : ligne, colonne, problème")
  public Page<Problem> problems(
      @PathParam("id") String id,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("100") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return intake.problems(Ids.of(id, "Import"), new PageRequest(page, size));
  }

  private static ColumnMapping mappingOf(Map<String, String> columns) {
    if (columns == null) {
      throw new InvalidInputException("mapping", "Envoyez {\"LAST_NAME\": \"Nom\", …}.");
    }
    Map<IntakeField, String> m = new EnumMap<>(IntakeField.class);
    List<fr.aiguillage.shared.FieldError> errors = new ArrayList<>();
    columns.forEach(
        (k, v) -> {
          try {
            if (v != null && !v.isBlank()) {
              m.put(IntakeField.valueOf(k), v.strip());
            }
          } catch (IllegalArgumentException e) {
            errors.add(
                new fr.aiguillage.shared.FieldError(
                    "mapping." + k, "Champ « " + k + " » inconnu."));
          }
        });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new ColumnMapping(m);
  }
}
