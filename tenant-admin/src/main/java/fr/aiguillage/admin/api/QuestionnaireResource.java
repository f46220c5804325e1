package fr.aiguillage.admin.api;

import fr.aiguillage.criteria.Criteria;
import fr.aiguillage.criteria.QuestionnaireEditor;
import fr.aiguillage.questionnaire.Questionnaire;
import fr.aiguillage.questionnaire.Section;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The département's diagnostic questionnaire: the national base and its own additions. */
@Path("/v1/questionnaires")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORIENTATION_AGENT, Roles.COORDINATOR, Roles.TENANT_ADMIN, Roles.REFERENT})
@Tag(name = "Questionnaire")
public class QuestionnaireResource {
  @Inject Criteria criteria;
  @Inject QuestionnaireEditor editor;

  public record Additions(@Size(max = 50) List<Section> sections) {}

  @GET
  @Path("current")
  @Operation(summary = "Le questionnaire en usage : socle national puis sections du département")
  public Questionnaire current() {
    return criteria.questionnaire();
  }

  @PUT
  @RolesAllowed(Roles.TENANT_ADMIN)
  @Operation(
      summary =
          "Nouvelle version : les sections propres au département (le socle national ne change pas ; une règle en vigueur qui ne vérifierait plus fait refuser le changement)")
  public Questionnaire save(Additions body) {
    if (body == null || body.sections() == null) {
      throw new InvalidInputException(
          "sections", "Envoyez les sections du département : {\"sections\": [...]}.");
    }
    return editor.saveAdditions(body.sections());
  }
}
