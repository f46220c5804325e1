package fr.aiguillage.admin.api;

import fr.aiguillage.criteria.Criteria;
import fr.aiguillage.criteria.CriteriaVersionDetails;
import fr.aiguillage.criteria.Proposal;
import fr.aiguillage.criteria.ReplayReport;
import fr.aiguillage.criteria.Rule;
import fr.aiguillage.diagnostic.CriteriaReplay;
import fr.aiguillage.questionnaire.Questionnaire;
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
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The département's orientation criteria: versions, draft, publication, test bench. */
@Path("/v1/criteria")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORIENTATION_AGENT, Roles.COORDINATOR, Roles.TENANT_ADMIN, Roles.REFERENT})
@Tag(name = "Critères d'orientation")
public class CriteriaResource {
  @Inject Criteria criteria;
  @Inject CriteriaReplay replay;

  public record RuleTable(@Size(max = Limits.LIST) List<Rule> rules) {}

  public record Publication(@Size(max = Limits.DATE) String effectiveFrom) {}

  public record Simulation(
      @Size(max = Limits.LIST) List<Rule> rules,
      @Size(max = Limits.LIST) Map<String, Object> answers,
      @Min(0) @Max(130) Integer age) {}

  @GET
  @Operation(
      summary = "Les versions des critères du département (la version 0 est le socle national)")
  public List<CriteriaVersionDetails> versions() {
    return criteria.versions();
  }

  @GET
  @Path("in-force")
  @Operation(summary = "La version en vigueur aujourd'hui")
  public CriteriaVersionDetails inForce() {
    return criteria.inForceToday();
  }

  @PUT
  @Path("draft")
  @RolesAllowed(Roles.TENANT_ADMIN)
  @Operation(
      summary =
          "Enregistrer le brouillon (chaque condition est vérifiée ; une règle fausse est refusée avec sa position)")
  public CriteriaVersionDetails saveDraft(RuleTable table) {
    if (table == null || table.rules() == null) {
      throw new InvalidInputException("rules", "Envoyez la table des règles : {\"rules\": [...]}.");
    }
    return criteria.saveDraft(table.rules());
  }

  @POST
  @Path("{version}/publish")
  @RolesAllowed(Roles.TENANT_ADMIN)
  @Operation(summary = "Publier un brouillon avec sa date d'effet")
  public CriteriaVersionDetails publish(
      @PathParam("version") int version, Publication publication) {
    return criteria.publish(
        version, date(publication == null ? null : publication.effectiveFrom()));
  }

  @POST
  @Path("simulate")
  @Operation(
      summary =
          "Banc d'essai : la proposition pour ces réponses (avec les règles données, ou celles en vigueur)")
  public Proposal simulate(Simulation simulation) {
    if (simulation == null) {
      throw new InvalidInputException(
          "answers", "Envoyez les réponses : {\"answers\": {...}, \"age\": 30}.");
    }
    return criteria.simulate(
        Optional.ofNullable(simulation.rules()), simulation.answers(), simulation.age());
  }

  public record ReplayRequest(
      @Size(max = Limits.LIST) List<Rule> rules,
      @Min(0) @Max(Limits.VERSION_MAX) Integer version) {}

  @POST
  @Path("replay")
  @Operation(
      summary =
          "Rejouer une table (les règles données, ou une version) sur les diagnostics terminés du département")
  public ReplayReport replay(ReplayRequest request) {
    ReplayRequest r = request == null ? new ReplayRequest(null, null) : request;
    return replay.replay(Optional.ofNullable(r.rules()), Optional.ofNullable(r.version()));
  }

  @GET
  @Path("questionnaire")
  @Operation(
      summary = "Le questionnaire sur lequel portent les critères (variables des conditions)")
  public Questionnaire questionnaire() {
    return criteria.questionnaire();
  }

  private static LocalDate date(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "effectiveFrom", "« " + raw + " » n'est pas une date : écrivez-la AAAA-MM-JJ.");
    }
  }
}
