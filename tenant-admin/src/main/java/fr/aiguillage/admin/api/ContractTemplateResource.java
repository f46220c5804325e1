package fr.aiguillage.admin.api;

import fr.aiguillage.contract.ContractKind;
import fr.aiguillage.contract.ContractTemplates;
import fr.aiguillage.contract.ParsedTemplate;
import fr.aiguillage.contract.TemplateDetails;
import fr.aiguillage.contract.TemplatePreview;
import fr.aiguillage.contract.TemplateSection;
import fr.aiguillage.contract.TemplateSummary;
import fr.aiguillage.shared.Ids;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.Text;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The département's contract templates: national defaults adopted, drafts revised, versions
 * published with an effective date or archived, and the preview on one of its people.
 */
@Path("/v1/contract-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORIENTATION_AGENT, Roles.COORDINATOR, Roles.TENANT_ADMIN, Roles.REFERENT})
@Tag(name = "Modèles de contrat")
public class ContractTemplateResource {
  @Inject ContractTemplates templates;
  @Context UriInfo uriInfo;

  /**
   * Either a kind whose national default to adopt, or the id of a version to start a draft from.
   */
  public record TemplateCreation(
      @Size(max = Limits.CODE) String kind, @Size(max = Limits.ID) String fromId) {}

  /** A draft's new title and sections; {@code rowVersion} (or If-Match) is the version read. */
  public record TemplateRevision(
      @Size(max = Limits.LABEL) String title,
      @Size(max = ParsedTemplate.MAX_SECTIONS) List<@Valid TemplateSection> sections,
      @Min(0) @Max(Limits.VERSION_MAX) Long rowVersion) {}

  public record Publication(@Size(max = Limits.DATE) String effectiveFrom) {}

  @GET
  @Operation(summary = "Les modèles du département, par type de contrat, avec leurs versions")
  public List<TemplateSummary> list() {
    return templates.list();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Lire une version d'un modèle (textes, mentions légales, statut)")
  public TemplateDetails get(@PathParam("id") String id) {
    return templates.read(Ids.of(id, "Modèle de contrat"));
  }

  @POST
  @RolesAllowed(Roles.TENANT_ADMIN)
  @Operation(
      summary =
          "Adopter le modèle national d'un type ({\"kind\": …}) ou commencer un brouillon à partir d'une version ({\"fromId\": …})")
  public Response create(TemplateCreation creation) {
    TemplateCreation c = creation == null ? new TemplateCreation(null, null) : creation;
    String kind = Text.blankToNull(c.kind());
    String fromId = Text.blankToNull(c.fromId());
    if ((kind == null) == (fromId == null)) {
      throw new InvalidInputException(
          "kind",
          "Indiquez soit le type de contrat dont adopter le modèle national (kind), soit la version"
              + " dont partir (fromId).");
    }
    TemplateDetails created =
        kind != null
            ? templates.adopt(kind(kind))
            : templates.newDraft(Ids.optional(fromId, "fromId"));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.TENANT_ADMIN)
  @Operation(
      summary =
          "Modifier un brouillon (version lue dans rowVersion ou If-Match ; un champ de fusion inconnu est refusé avec sa ligne et sa colonne)")
  public TemplateDetails revise(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      TemplateRevision revision) {
    var uuid = Ids.of(id, "Modèle de contrat");
    TemplateRevision r = revision == null ? new TemplateRevision(null, null, null) : revision;
    return templates.revise(uuid, rowVersion(ifMatch, r.rowVersion()), r.title(), r.sections());
  }

  @POST
  @Path("{id}/publish")
  @RolesAllowed(Roles.TENANT_ADMIN)
  @Operation(
      summary =
          "Publier un brouillon avec sa date d'effet (aujourd'hui au plus tôt) ; la version qu'il remplace est archivée quand il prend effet")
  public TemplateDetails publish(@PathParam("id") String id, Publication publication) {
    var uuid = Ids.of(id, "Modèle de contrat");
    String raw = publication == null ? null : publication.effectiveFrom();
    return templates.publish(uuid, Ids.day(raw, "effectiveFrom"));
  }

  @POST
  @Path("{id}/archive")
  @RolesAllowed(Roles.TENANT_ADMIN)
  @Operation(summary = "Archiver une version publiée")
  public TemplateDetails archive(@PathParam("id") String id) {
    return templates.archive(Ids.of(id, "Modèle de contrat"));
  }

  @GET
  @Path("{id}/preview")
  @Operation(
      summary =
          "Aperçu HTML du modèle pour une personne du département (une valeur inconnue s'affiche « non renseigné »)")
  public TemplatePreview preview(
      @PathParam("id") String id, @QueryParam("beneficiaryId") String beneficiaryId) {
    var uuid = Ids.of(id, "Modèle de contrat");
    var person = Ids.optional(beneficiaryId, "beneficiaryId");
    if (person == null) {
      throw new InvalidInputException(
          "beneficiaryId", "Choisissez la personne pour qui afficher l'aperçu.");
    }
    return templates.preview(uuid, person);
  }

  private static ContractKind kind(String raw) {
    return Arrays.stream(ContractKind.values())
        .filter(k -> k.name().equals(raw.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "kind",
                    "« "
                        + Text.printable(raw, Limits.CODE)
                        + " » n'est pas un type de contrat : "
                        + Arrays.stream(ContractKind.values())
                            .map(Enum::name)
                            .collect(Collectors.joining(", "))
                        + "."));
  }

  /** The version read: from If-Match ("3", W/"3") or the body; one of them is required. */
  private static long rowVersion(String ifMatch, Long fromBody) {
    Long tag = Ids.ifMatch(ifMatch);
    if (tag != null) {
      return tag;
    }
    if (fromBody == null) {
      throw new InvalidInputException(
          "rowVersion",
          "Indiquez la version du modèle que vous avez lue (rowVersion ou If-Match).");
    }
    return fromBody;
  }
}
