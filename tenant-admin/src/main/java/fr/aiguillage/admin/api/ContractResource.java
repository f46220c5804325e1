package fr.aiguillage.admin.api;

import fr.aiguillage.contract.ActionProposals;
import fr.aiguillage.contract.ContractQueues;
import fr.aiguillage.contract.ContractRequests;
import fr.aiguillage.contract.ContractSummary;
import fr.aiguillage.contract.ContractView;
import fr.aiguillage.contract.Contracts;
import fr.aiguillage.contract.RemoteSignatures;
import fr.aiguillage.contract.Signature;
import fr.aiguillage.shared.Ids;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The département's contracts (issue 13): its staff read every contract of its people; its
 * referents write and sign those of the people oriented to its own services.
 */
@Path("/v1/contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORIENTATION_AGENT, Roles.COORDINATOR, Roles.TENANT_ADMIN, Roles.REFERENT})
@Tag(name = "Contrats")
public class ContractResource {
  static final String WHAT = "Contrat";

  @Inject Contracts contracts;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "Les contrats d'une personne, du plus ancien au plus récent")
  public List<ContractSummary> ofPerson(@QueryParam("beneficiaryId") String beneficiaryId) {
    UUID person = Ids.optional(beneficiaryId, "beneficiaryId");
    if (person == null) {
      throw new InvalidInputException("beneficiaryId", "Indiquez la personne (beneficiaryId).");
    }
    return contracts.ofPerson(person);
  }

  @GET
  @Path("queues/{queue}")
  @Operation(
      summary =
          "Une file : TO_WRITE (à rédiger), TO_SIGN (à signer), TO_REVIEW (bilans à faire), OVERDUE (en retard, coordination)")
  public Page<ContractQueues.Line> queue(
      @PathParam("queue") String queue,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return contracts.queue(queue, new PageRequest(page, size));
  }

  @GET
  @Path("proposals")
  @Operation(
      summary =
          "Les actions que le diagnostic de la personne propose (freins forts et moyens), ses attentes à côté")
  public ActionProposals proposals(@QueryParam("beneficiaryId") String beneficiaryId) {
    UUID person = Ids.optional(beneficiaryId, "beneficiaryId");
    if (person == null) {
      throw new InvalidInputException("beneficiaryId", "Indiquez la personne (beneficiaryId).");
    }
    return contracts.proposals(person);
  }

  @POST
  @Operation(
      summary =
          "Rédiger un brouillon depuis le modèle publié et le diagnostic (plan proposé si absent)")
  public Response draft(ContractRequests.Draft body) {
    ContractRequests.Draft d = body == null ? empty() : body;
    UUID person = Ids.optional(d.beneficiaryId(), "beneficiaryId");
    if (person == null) {
      throw new InvalidInputException("beneficiaryId", "Indiquez la personne (beneficiaryId).");
    }
    if (d.referralId() != null) {
      throw new InvalidInputException(
          "referralId", "referralId sert à l'API des partenaires ; ici, beneficiaryId suffit.");
    }
    ContractView created = contracts.draft(person, d.input());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Lire un contrat : son plan, ses signatures, son échéance, son historique")
  public ContractView get(@PathParam("id") String id) {
    return contracts.get(Ids.of(id, WHAT));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.REFERENT)
  @Operation(summary = "Modifier un brouillon (version lue dans rowVersion ou If-Match)")
  public ContractView edit(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      ContractRequests.Edit body) {
    UUID uuid = Ids.of(id, WHAT);
    ContractRequests.Edit e =
        body == null ? new ContractRequests.Edit(null, null, null, null, null, null) : body;
    return contracts.edit(uuid, e.input(Ids.ifMatch(ifMatch)));
  }

  @POST
  @Path("{id}/submit")
  @RolesAllowed(Roles.REFERENT)
  @Operation(summary = "Soumettre à la signature : le PDF est figé, son empreinte SHA-256 aussi")
  public ContractView submit(@PathParam("id") String id) {
    return contracts.submit(Ids.of(id, WHAT));
  }

  @POST
  @Path("{id}/reopen")
  @RolesAllowed(Roles.REFERENT)
  @Operation(summary = "Reprendre en brouillon un contrat à signer (motif obligatoire)")
  public ContractView reopen(@PathParam("id") String id, ContractRequests.Reason body) {
    return contracts.reopen(Ids.of(id, WHAT), reason(body));
  }

  @POST
  @Path("{id}/signatures")
  @RolesAllowed(Roles.REFERENT)
  @Operation(
      summary =
          "Signer : le référent (REFERENT) ou la personne sur l'écran du référent (PERSON), avec le consentement, le nom saisi et l'empreinte du document montré")
  public ContractView sign(@PathParam("id") String id, ContractRequests.Signing body) {
    UUID uuid = Ids.of(id, WHAT);
    if (body == null) {
      throw new InvalidInputException("signer", "Indiquez qui signe : REFERENT ou PERSON.");
    }
    return body.requireSigner() == Signature.Signer.REFERENT
        ? contracts.signAsReferent(uuid, body.consentGiven())
        : contracts.signInPerson(uuid, body.consentGiven());
  }

  @POST
  @Path("{id}/remote-signature")
  @RolesAllowed(Roles.REFERENT)
  @Operation(
      summary =
          "Envoyer à la personne le lien pour lire et signer à distance (SMS ou EMAIL) ; le code à usage unique se demande depuis ce lien")
  public RemoteSignatures.Sent remote(@PathParam("id") String id, ContractRequests.Remote body) {
    return contracts.sendForRemoteSignature(Ids.of(id, WHAT), body == null ? null : body.channel());
  }

  @POST
  @Path("{id}/cancel")
  @RolesAllowed(Roles.REFERENT)
  @Operation(summary = "Annuler un contrat pas encore en vigueur (motif obligatoire)")
  public ContractView cancel(@PathParam("id") String id, ContractRequests.Reason body) {
    return contracts.cancel(Ids.of(id, WHAT), reason(body));
  }

  @POST
  @Path("{id}/end")
  @RolesAllowed(Roles.REFERENT)
  @Operation(summary = "Terminer un contrat signé (à son terme, ou avant avec un motif)")
  public ContractView end(@PathParam("id") String id, ContractRequests.Reason body) {
    return contracts.end(Ids.of(id, WHAT), reason(body));
  }

  @POST
  @Path("{id}/renew")
  @RolesAllowed(Roles.REFERENT)
  @Operation(
      summary =
          "Renouveler un contrat signé : un nouveau brouillon lié, à signer ; l'ancien passe « renouvelé » à sa signature")
  public Response renew(@PathParam("id") String id, ContractRequests.Draft body) {
    ContractView created =
        contracts.renew(Ids.of(id, WHAT), (body == null ? empty() : body).input());
    return Response.created(
            uriInfo.getBaseUriBuilder().path("v1/contracts").path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @POST
  @Path("{id}/amend")
  @RolesAllowed(Roles.REFERENT)
  @Operation(
      summary =
          "Modifier un contrat signé par avenant : une nouvelle version en brouillon, à signer ; elle remplace l'ancienne à sa signature")
  public Response amend(@PathParam("id") String id) {
    ContractView created = contracts.amend(Ids.of(id, WHAT));
    return Response.created(
            uriInfo.getBaseUriBuilder().path("v1/contracts").path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "Le PDF accessible : le brouillon tel qu'il se lit, le document à signer, ou la copie signée avec sa page de signature")
  public Response pdf(@PathParam("id") String id) {
    UUID uuid = Ids.of(id, WHAT);
    return Response.ok(contracts.pdf(uuid), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"contrat-" + uuid + ".pdf\"")
        .build();
  }

  static String reason(ContractRequests.Reason body) {
    return body == null ? null : body.reason();
  }

  private static ContractRequests.Draft empty() {
    return new ContractRequests.Draft(null, null, null, null, null, null, null, null);
  }
}
