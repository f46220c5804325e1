package fr.aiguillage.partner.api;

import fr.aiguillage.contract.ActionProposals;
import fr.aiguillage.contract.ContractQueues;
import fr.aiguillage.contract.ContractRequests;
import fr.aiguillage.contract.ContractView;
import fr.aiguillage.contract.PartnerContracts;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The contracts a partner's referents write and sign, for the people whose referral their
 * organisation accepted, in every département it works with; another organisation's contract, or a
 * person it did not accept, does not exist (404).
 */
@Path("/v1/partner/contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER_USER, Roles.PARTNER_ADMIN})
@Tag(name = "Partenaires")
public class PartnerContractResource {
  static final String WHAT = "Contrat";

  @Inject PartnerContracts contracts;
  @Context UriInfo uriInfo;

  @GET
  @Path("queues/{queue}")
  @Operation(
      summary =
          "Une file de l'organisation : TO_WRITE (personnes acceptées sans contrat), TO_SIGN, TO_REVIEW")
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
          "Les actions proposées par le diagnostic de la personne d'une orientation acceptée, si elle a accepté de le partager")
  public ActionProposals proposals(@QueryParam("referralId") String referralId) {
    return contracts.proposals(referral(referralId));
  }

  @POST
  @Operation(
      summary =
          "Rédiger un brouillon pour la personne d'une orientation acceptée par l'organisation (referralId)")
  public Response draft(ContractRequests.Draft body) {
    ContractRequests.Draft d =
        body == null
            ? new ContractRequests.Draft(null, null, null, null, null, null, null, null)
            : body;
    if (d.beneficiaryId() != null) {
      throw new InvalidInputException(
          "beneficiaryId",
          "Un partenaire désigne la personne par l'orientation acceptée (referralId).");
    }
    ContractView created = contracts.draft(referral(d.referralId()), d.input());
    return created(created);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Lire un contrat de l'organisation")
  public ContractView get(@PathParam("id") String id) {
    return contracts.get(Ids.of(id, WHAT));
  }

  @PUT
  @Path("{id}")
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
  @Operation(summary = "Soumettre à la signature (PDF et empreinte figés)")
  public ContractView submit(@PathParam("id") String id) {
    return contracts.submit(Ids.of(id, WHAT));
  }

  @POST
  @Path("{id}/reopen")
  @Operation(summary = "Reprendre en brouillon (motif obligatoire)")
  public ContractView reopen(@PathParam("id") String id, ContractRequests.Reason body) {
    return contracts.reopen(Ids.of(id, WHAT), body == null ? null : body.reason());
  }

  @POST
  @Path("{id}/signatures")
  @Operation(summary = "Signer : le référent (REFERENT) ou la personne sur son écran (PERSON)")
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
  @Operation(summary = "Envoyer à la personne le lien de signature à distance (SMS ou EMAIL)")
  public RemoteSignatures.Sent remote(@PathParam("id") String id, ContractRequests.Remote body) {
    return contracts.sendForRemoteSignature(Ids.of(id, WHAT), body == null ? null : body.channel());
  }

  @POST
  @Path("{id}/cancel")
  @Operation(summary = "Annuler un contrat pas encore en vigueur (motif obligatoire)")
  public ContractView cancel(@PathParam("id") String id, ContractRequests.Reason body) {
    return contracts.cancel(Ids.of(id, WHAT), body == null ? null : body.reason());
  }

  @POST
  @Path("{id}/end")
  @Operation(summary = "Terminer un contrat signé")
  public ContractView end(@PathParam("id") String id, ContractRequests.Reason body) {
    return contracts.end(Ids.of(id, WHAT), body == null ? null : body.reason());
  }

  @POST
  @Path("{id}/renew")
  @Operation(summary = "Renouveler un contrat signé (nouveau brouillon lié)")
  public Response renew(@PathParam("id") String id, ContractRequests.Draft body) {
    ContractRequests.Draft d =
        body == null
            ? new ContractRequests.Draft(null, null, null, null, null, null, null, null)
            : body;
    return created(contracts.renew(Ids.of(id, WHAT), d.input()));
  }

  @POST
  @Path("{id}/amend")
  @Operation(summary = "Modifier un contrat signé par avenant (nouvelle version à signer)")
  public Response amend(@PathParam("id") String id) {
    return created(contracts.amend(Ids.of(id, WHAT)));
  }

  @GET
  @Path("{id}/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "Le PDF accessible du contrat")
  public Response pdf(@PathParam("id") String id) {
    UUID uuid = Ids.of(id, WHAT);
    return Response.ok(contracts.pdf(uuid), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"contrat-" + uuid + ".pdf\"")
        .build();
  }

  private Response created(ContractView c) {
    return Response.created(
            uriInfo
                .getBaseUriBuilder()
                .path("v1/partner/contracts")
                .path(c.id().toString())
                .build())
        .entity(c)
        .build();
  }

  private static UUID referral(String raw) {
    UUID id = Ids.optional(raw, "referralId");
    if (id == null) {
      throw new InvalidInputException(
          "referralId", "Indiquez l'orientation acceptée (referralId).");
    }
    return id;
  }
}
