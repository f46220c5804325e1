package fr.aiguillage.admin.api;

import fr.aiguillage.criteria.Proposal;
import fr.aiguillage.diagnostic.DiagnosticDetails;
import fr.aiguillage.diagnostic.Diagnostics;
import fr.aiguillage.diagnostic.PersonalLinks;
import fr.aiguillage.directory.Placement;
import fr.aiguillage.shared.Ids;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Diagnostics of the département's people: open, answer, propose, complete. */
@Path("/v1/diagnostics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORIENTATION_AGENT, Roles.COORDINATOR, Roles.TENANT_ADMIN, Roles.REFERENT})
@Tag(name = "Diagnostics")
public class DiagnosticResource {
  @Inject Diagnostics diagnostics;
  @Inject PersonalLinks personalLinks;

  @Inject
  @ConfigProperty(name = "aiguillage.app.base-url", defaultValue = "http://localhost:9080")
  String baseUrl;

  public record Opening(@Size(max = Limits.ID) String beneficiaryId) {}

  public record Answers(@Size(max = Limits.LIST) Map<String, Object> answers) {}

  public record Completion(
      @Size(max = Limits.LONG_TEXT) String synthesis,
      @Size(max = Limits.LONG_TEXT) String nextSteps,
      @Size(max = Limits.LIST) List<@Size(max = Limits.LABEL) String> actions) {}

  @POST
  @Operation(summary = "Ouvrir le diagnostic d'une personne (ou retrouver celui en cours)")
  public DiagnosticDetails open(Opening opening) {
    if (opening == null || opening.beneficiaryId() == null) {
      throw new InvalidInputException(
          "beneficiaryId", "Indiquez la personne : {\"beneficiaryId\": \"…\"}.");
    }
    return diagnostics.open(Ids.of(opening.beneficiaryId(), "Dossier"));
  }

  @GET
  @Operation(summary = "Les diagnostics d'une personne")
  public List<DiagnosticDetails> ofBeneficiary(@QueryParam("beneficiaryId") String beneficiaryId) {
    if (beneficiaryId == null) {
      throw new InvalidInputException("beneficiaryId", "Indiquez la personne : ?beneficiaryId=…");
    }
    return diagnostics.ofBeneficiary(Ids.of(beneficiaryId, "Dossier"));
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "Un diagnostic : réponses de la personne et du professionnel, écarts, synthèse, proposition")
  public DiagnosticDetails get(@PathParam("id") String id) {
    return diagnostics.get(Ids.of(id, "Diagnostic"));
  }

  @PUT
  @Path("{id}/answers")
  @Operation(summary = "Enregistrer des réponses du professionnel (null retire une réponse)")
  public DiagnosticDetails answer(@PathParam("id") String id, Answers body) {
    if (body == null || body.answers() == null) {
      throw new InvalidInputException(
          "answers", "Envoyez les réponses : {\"answers\": {\"question\": valeur}}.");
    }
    return diagnostics.answer(Ids.of(id, "Diagnostic"), body.answers());
  }

  public record Sharing(Boolean shared) {}

  @PUT
  @Path("{id}/sharing")
  @Operation(
      summary =
          "La personne accepte (shared=true) ou non que la synthèse, les prochaines étapes et les"
              + " actions de ce diagnostic soient montrées à la structure qui l'accompagnera")
  public DiagnosticDetails share(@PathParam("id") String id, Sharing input) {
    if (input == null || input.shared() == null) {
      throw new InvalidInputException("shared", "Indiquez true ou false.");
    }
    return diagnostics.share(Ids.of(id, "Diagnostic"), input.shared());
  }

  @POST
  @Path("{id}/proposal")
  @Operation(
      summary = "La proposition des critères en vigueur, avec la règle qui décide et pourquoi")
  public Proposal propose(@PathParam("id") String id) {
    return diagnostics.propose(Ids.of(id, "Diagnostic"));
  }

  @GET
  @Path("{id}/placements")
  @Operation(
      summary =
          "Les structures et référents possibles pour le parcours proposé, classés (territoire, places, charge)")
  public List<Placement.RankedStructure> placements(@PathParam("id") String id) {
    return diagnostics.placements(Ids.of(id, "Diagnostic"));
  }

  @POST
  @Path("{id}/complete")
  @Operation(summary = "Terminer le diagnostic : synthèse, prochaines étapes, actions")
  public DiagnosticDetails complete(@PathParam("id") String id, Completion body) {
    if (body == null) {
      throw new InvalidInputException("synthesis", "Envoyez la synthèse : {\"synthesis\": \"…\"}.");
    }
    return diagnostics.complete(
        Ids.of(id, "Diagnostic"), body.synthesis(), body.nextSteps(), body.actions());
  }

  public record LinkRequest(@Min(0) @Max(Limits.DAYS_MAX) Integer days) {}

  public record PersonalLinkView(String url, java.time.Instant expiresAt) {}

  @POST
  @Path("{id}/personal-link")
  @Operation(
      summary =
          "Créer le lien personnel de la personne pour remplir son diagnostic (affiché une seule fois)")
  public PersonalLinkView personalLink(@PathParam("id") String id, LinkRequest request) {
    PersonalLinks.IssuedLink link =
        personalLinks.issue(Ids.of(id, "Diagnostic"), request == null ? null : request.days());
    return new PersonalLinkView(baseUrl + "/mon-parcours/" + link.token(), link.expiresAt());
  }
}
