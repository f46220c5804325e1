package fr.aiguillage.partner.api;

import fr.aiguillage.shared.Ids;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.webhook.PartnerWebhooks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The organisation's webhook: where the events about its referrals and appointments are posted
 * (CloudEvents JSON, Standard Webhooks signature), and the deliveries given up, to replay.
 */
@Path("/v1/partner/webhook")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER_ADMIN)
@Tag(name = "Partenaires")
public class PartnerWebhookResource {
  @Inject PartnerWebhooks webhooks;

  public record EndpointInput(
      @Size(max = Limits.URL) String url, Boolean active, Boolean rotateSecret) {}

  @GET
  @Operation(summary = "Le point de réception de l'organisation (sans son secret)")
  public PartnerWebhooks.Endpoint get() {
    return webhooks.endpoint();
  }

  @PUT
  @Operation(
      summary =
          "Régler le point de réception {url, active?, rotateSecret?} ; le secret de signature"
              + " n'est montré qu'à la création et après rotation")
  public PartnerWebhooks.Endpoint put(EndpointInput input) {
    return webhooks.configure(
        input == null ? null : input.url(),
        input == null || input.active() == null || input.active(),
        input != null && Boolean.TRUE.equals(input.rotateSecret()));
  }

  @GET
  @Path("deliveries")
  @Operation(summary = "Les derniers envois (état, tentatives, dernière erreur)")
  public List<PartnerWebhooks.Delivery> recent(
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return webhooks.recent(size);
  }

  @GET
  @Path("dead-letters")
  @Operation(summary = "Les envois abandonnés après la dernière tentative")
  public List<PartnerWebhooks.Delivery> deadLetters(
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return webhooks.deadLetters(size);
  }

  @POST
  @Path("dead-letters/replay")
  @Operation(summary = "Remettre tous les envois abandonnés dans la file")
  public Map<String, Integer> replayAll() {
    return Map.of("replayed", webhooks.replay(null));
  }

  @POST
  @Path("dead-letters/{id}/replay")
  @Operation(summary = "Remettre un envoi abandonné dans la file")
  public Map<String, Integer> replay(@PathParam("id") String id) {
    return Map.of("replayed", webhooks.replay(Ids.of(id, "Envoi")));
  }
}
