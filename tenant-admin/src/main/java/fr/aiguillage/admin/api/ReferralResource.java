package fr.aiguillage.admin.api;

import fr.aiguillage.orientation.Coordination;
import fr.aiguillage.orientation.ResponseTimes;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Referrals seen from the département: those that expired without an answer and were escalated to
 * the coordinator. A person's referrals are in their orientation ({@code /v1/orientations/{id}}).
 */
@Path("/v1/referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORIENTATION_AGENT, Roles.COORDINATOR, Roles.TENANT_ADMIN})
@Tag(name = "Orientations")
public class ReferralResource {
  @Inject Coordination coordination;
  @Inject ResponseTimes responseTimes;

  @GET
  @Path("escalated")
  @Operation(
      summary =
          "Les orientations adressées restées sans réponse dans le délai (expirées, remontées au"
              + " coordinateur) et qui attendent une nouvelle décision, la plus ancienne d'abord")
  public List<Coordination.EscalatedReferral> escalated() {
    return coordination.escalated();
  }

  @GET
  @Path("response-times")
  @Operation(
      summary =
          "Par structure, sur les orientations adressées depuis days jours (90 par défaut) :"
              + " envoyées, en attente, acceptées, refusées, expirées ; délai de réponse médian et"
              + " 90e centile (heures) ; taux de refus ; premiers rendez-vous honorés, absences ;"
              + " jours médians de l'acceptation au premier rendez-vous honoré")
  public List<ResponseTimes.StructureResponses> responseTimes(
      @QueryParam("days") @DefaultValue("90") @Min(1) @Max(Limits.DAYS_MAX) int days) {
    return responseTimes.ofLast(days);
  }
}
