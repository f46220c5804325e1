package fr.aiguillage.admin.api;

import fr.aiguillage.beneficiary.Beneficiaries;
import fr.aiguillage.beneficiary.BeneficiaryFile;
import fr.aiguillage.beneficiary.BeneficiarySearch;
import fr.aiguillage.beneficiary.BeneficiaryStatus;
import fr.aiguillage.beneficiary.BeneficiarySummary;
import fr.aiguillage.shared.Ids;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.shared.Text;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The département's people: list, register, read, correct. The tenant is the token's. */
@Path("/v1/beneficiaries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORIENTATION_AGENT, Roles.COORDINATOR, Roles.TENANT_ADMIN, Roles.REFERENT})
@Tag(name = "Bénéficiaires")
public class BeneficiaryResource {
  @Inject Beneficiaries service;
  @Context UriInfo uriInfo;

  @GET
  @Operation(
      summary =
          "Chercher les personnes du département (par nom, numéro allocataire, territoire, statut)")
  public BeneficiaryPage search(
      @QueryParam("q") String text,
      @QueryParam("cafNumber") String cafNumber,
      @QueryParam("territoryId") String territoryId,
      @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    BeneficiarySearch search =
        new BeneficiarySearch(
            Optional.ofNullable(Text.blankToNull(text)),
            Optional.ofNullable(Text.blankToNull(cafNumber)),
            Optional.ofNullable(Text.blankToNull(territoryId)).map(t -> uuid("territoryId", t)),
            Optional.ofNullable(Text.blankToNull(status)).map(BeneficiaryResource::status));
    Page<BeneficiarySummary> p = service.search(search, new PageRequest(page, size));
    return new BeneficiaryPage(p.items(), p.page(), p.size(), p.total(), p.totalCapped());
  }

  @POST
  @Operation(
      summary =
          "Enregistrer une personne (refusé si elle existe déjà : même NIR, ou même numéro allocataire, rôle et date de naissance)")
  public Response register(BeneficiaryInput input) {
    BeneficiaryFile created = service.register(required(input).toDraft());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Lire le dossier d'une personne")
  public BeneficiaryFile get(@PathParam("id") String id) {
    return service.get(Ids.of(id, "Dossier"));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Corriger le dossier d'une personne (version lue obligatoire)")
  public BeneficiaryFile correct(@PathParam("id") String id, BeneficiaryInput input) {
    UUID uuid = Ids.of(id, "Dossier");
    BeneficiaryInput in = required(input);
    if (in.version() == null) {
      throw new InvalidInputException(
          "version", "Indiquez la version du dossier que vous avez lue.");
    }
    return service.correct(uuid, in.version(), in.toDraft());
  }

  private static BeneficiaryInput required(BeneficiaryInput input) {
    if (input == null) {
      throw new InvalidInputException(
          "body", "Le corps de la requête est vide : envoyez le dossier en JSON.");
    }
    return input;
  }

  private static UUID uuid(String field, String raw) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field, "« " + raw + " » n'est pas un identifiant valide (UUID).");
    }
  }

  private static BeneficiaryStatus status(String raw) {
    try {
      return BeneficiaryStatus.valueOf(raw.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "status",
          "Statut inconnu : « "
              + raw
              + " » (valeurs : INTAKE, TO_ORIENT, ORIENTED, ACCOMPANIED, CLOSED).");
    }
  }
}
