package fr.aiguillage.partner.api;

import fr.aiguillage.orientation.PartnerReferrals;
import fr.aiguillage.shared.Ids;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The referrals addressed to the caller's organisation, in every département it works with: the
 * inbox, one referral, the answer. Another organisation's referral does not exist (404).
 */
@Path("/v1/partner/referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER_USER, Roles.PARTNER_ADMIN})
@Tag(name = "Partenaires")
public class PartnerReferralResource {
  private static final Jsonb DEFAULT_JSONB = JsonbBuilder.create();

  @Inject PartnerReferrals referrals;
  @Inject InboxCache inboxCache;
  @Inject CurrentCaller caller;
  @Context Providers providers;

  @GET
  @Operation(
      summary =
          "Les orientations adressées à mes structures, l'échéance la plus proche d'abord ;"
              + " status=PENDING (par défaut), ACCEPTED, REFUSED, EXPIRED, WITHDRAWN ou ALL ;"
              + " une page peut avoir jusqu'à 2 secondes")
  @APIResponse(
      responseCode = "200",
      description = "{items: [...], page, size, total, totalCapped}",
      content = @Content(schema = @Schema(implementation = Page.class)))
  public Response inbox(
      @QueryParam("status") String status,
      @QueryParam("structureId") String structureId,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    UUID structure =
        structureId == null || structureId.isBlank() ? null : Ids.of(structureId, "Structure");
    String org = caller.get().partnerOrg().orElse("");
    String json =
        inboxCache.page(
            new InboxCache.Key(org, status == null ? "" : status.strip(), structure, page, size),
            () -> jsonb().toJson(referrals.inbox(new PageRequest(page, size), status, structure)));
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
  }

  private Jsonb jsonb() {
    ContextResolver<Jsonb> resolver =
        providers.getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE);
    return resolver == null ? DEFAULT_JSONB : resolver.getContext(Page.class);
  }

  @GET
  @Path("refusal-reasons")
  @Operation(summary = "Les motifs de refus (AUTRE demande un texte)")
  public List<PartnerReferrals.ReasonChoice> refusalReasons() {
    return referrals.refusalReasons();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "Une orientation adressée : la personne (identité, contact), le parcours, l'échéance, les"
              + " référents de la structure ; chaque lecture est tracée")
  public PartnerReferrals.PartnerReferral get(@PathParam("id") String id) {
    return referrals.get(Ids.of(id, "Orientation adressée"));
  }

  @POST
  @Path("{id}/answer")
  @Operation(
      summary =
          "Répondre : {answer: ACCEPT, referentId} ; {answer: REFUSE, reason, text?} (text requis"
              + " pour AUTRE) ; {answer: REVIEWING}. 409 si l'orientation a déjà reçu une suite")
  public PartnerReferrals.PartnerReferral answer(
      @PathParam("id") String id, PartnerReferrals.AnswerInput input) {
    return referrals.answer(Ids.of(id, "Orientation adressée"), input);
  }

  public record Reason(@Size(max = Limits.REASON) String reason) {}

  @GET
  @Path("refusal-reasons/settings")
  @RolesAllowed(Roles.PARTNER_ADMIN)
  @Operation(summary = "La liste réglée par l'administrateur, motifs retirés compris")
  public List<PartnerReferrals.ReasonSetting> refusalReasonSettings() {
    return referrals.refusalReasonSettings();
  }

  @PUT
  @Path("refusal-reasons")
  @RolesAllowed(Roles.PARTNER_ADMIN)
  @Operation(
      summary =
          "Régler les motifs de refus de l'organisation : [{code, label, active}] (remplace la liste ;"
              + " des motifs nationaux peuvent être retirés avec active=false ; AUTRE reste proposé)")
  public List<PartnerReferrals.ReasonChoice> setRefusalReasons(
      @Size(max = 100) List<PartnerReferrals.ReasonSetting> input) {
    return referrals.setRefusalReasons(input);
  }

  @POST
  @Path("{id}/reorientation-request")
  @Operation(
      summary =
          "Demander au département une autre orientation pour une personne acceptée : {reason}")
  public PartnerReferrals.PartnerReferral requestReorientation(
      @PathParam("id") String id, Reason input) {
    return referrals.requestReorientation(
        Ids.of(id, "Orientation adressée"), input == null ? null : input.reason());
  }
}
