package fr.aiguillage.admin.api;

import fr.aiguillage.appointment.AppointmentDetails;
import fr.aiguillage.appointment.Appointments;
import fr.aiguillage.notification.LetterFile;
import fr.aiguillage.notification.NoticesDesk;
import fr.aiguillage.notification.NotificationDetails;
import fr.aiguillage.orientation.BatchResult;
import fr.aiguillage.orientation.Coordination;
import fr.aiguillage.orientation.Decision;
import fr.aiguillage.orientation.OrientationDecisions;
import fr.aiguillage.orientation.OrientationFile;
import fr.aiguillage.orientation.OrientationQueries;
import fr.aiguillage.orientation.QueueItem;
import fr.aiguillage.orientation.Referrals;
import fr.aiguillage.shared.Ids;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.vocabulary.Pathway;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Orientations and their transitions (DESIGN §5): the agent's queue, a person's dated history and
 * delays, the decision (single or batch), the referral to a structure, re-orientation, exit.
 * Transitions that change a decision carry the version the caller read: if someone else moved the
 * orientation meanwhile, the answer is 409 and nothing changes.
 */
@Path("/v1/orientations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORIENTATION_AGENT, Roles.COORDINATOR, Roles.TENANT_ADMIN, Roles.REFERENT})
@Tag(name = "Orientations")
public class OrientationResource {
  @Inject OrientationQueries queries;
  @Inject OrientationDecisions decisions;
  @Inject Referrals referrals;
  @Inject Coordination coordination;
  @Inject NoticesDesk notices;
  @Inject Appointments appointments;

  public record DecisionInput(
      @Min(0) @Max(Limits.VERSION_MAX) Long version,
      @Size(max = Limits.CODE) String pathway,
      @Size(max = Limits.ID) String structureId,
      @Size(max = Limits.ID) String referentId,
      @Size(max = Limits.REASON) String reason) {}

  public record BatchInput(
      @Size(max = Limits.LIST) List<@Size(max = Limits.ID) String> orientations) {}

  public record VersionedReason(
      @Min(0) @Max(Limits.VERSION_MAX) Long version, @Size(max = Limits.REASON) String reason) {}

  public record Reason(@Size(max = Limits.REASON) String reason) {}

  public record Booking(
      @Size(max = Limits.ID) String slotId, @Size(max = Limits.CODE) String motif) {}

  @GET
  @Operation(
      summary =
          "La file des personnes à orienter, de la plus ancienne entrée dans les droits et devoirs à la"
              + " plus récente ; overdue=true ne garde que celles au-delà du délai cible du département")
  public Page<QueueItem> queue(
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
      @QueryParam("territoryId") String territoryId,
      @QueryParam("overdue") @DefaultValue("false") boolean overdue) {
    return queries.queue(
        new PageRequest(page, size),
        territoryId == null || territoryId.isBlank() ? null : Ids.of(territoryId, "Territoire"),
        overdue);
  }

  @GET
  @Path("backlog")
  @Operation(
      summary =
          "Pour le coordinateur : par territoire, les personnes en attente d'orientation, celles"
              + " au-delà du délai cible, les orientations restées sans réponse, la plus longue attente")
  public List<Coordination.TerritoryBacklog> backlog() {
    return coordination.backlog();
  }

  @GET
  @Path("{id}/notifications")
  @Operation(
      summary = "Les courriers, courriels et SMS d'une orientation, les plus récents d'abord")
  public List<NotificationDetails> ofOrientation(@PathParam("id") String id) {
    return notices.ofOrientation(Ids.of(id, "Orientation"));
  }

  @GET
  @Path("{id}/letter")
  @Produces("application/pdf")
  @Operation(summary = "Le dernier courrier de décision de l'orientation (PDF accessible)")
  public Response letter(@PathParam("id") String id) {
    LetterFile letter = notices.letter(Ids.of(id, "Orientation"));
    return Response.ok(letter.pdf(), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + letter.fileName() + "\"")
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Une orientation : état, proposition, décision, historique daté, délais")
  public OrientationFile get(@PathParam("id") String id) {
    return queries.get(Ids.of(id, "Orientation"));
  }

  @GET
  @Path("of-beneficiary/{beneficiaryId}")
  @Operation(summary = "L'orientation en cours d'une personne")
  public OrientationFile ofBeneficiary(@PathParam("beneficiaryId") String beneficiaryId) {
    return queries.ofBeneficiary(Ids.of(beneficiaryId, "Dossier"));
  }

  @POST
  @Path("{id}/decision")
  @Operation(
      summary =
          "Décider : parcours, structure, référent ; un motif est obligatoire quand le parcours diffère"
              + " de la proposition")
  public OrientationFile decide(@PathParam("id") String id, DecisionInput input) {
    if (input == null) {
      throw new InvalidInputException("pathway", "Envoyez la décision : parcours, structure…");
    }
    return decisions.decide(
        Ids.of(id, "Orientation"),
        version(input.version()),
        new Decision(
            pathway(input.pathway()),
            Ids.optional(input.structureId(), "structureId"),
            Ids.optional(input.referentId(), "referentId"),
            input.reason()));
  }

  @POST
  @Path("decisions")
  @Operation(
      summary =
          "Décision groupée : accepte la proposition des cas simples (pas d'examen approfondi) avec la"
              + " structure la mieux placée ; les autres sont rendus avec le motif")
  public BatchResult decideBatch(BatchInput input) {
    if (input == null || input.orientations() == null) {
      throw new InvalidInputException("orientations", "Envoyez {\"orientations\": [\"id\", …]}.");
    }
    return decisions.decideBatch(
        input.orientations().stream().map(i -> Ids.of(i, "Orientation")).toList());
  }

  @POST
  @Path("{id}/referral")
  @Operation(
      summary =
          "Adresser l'orientation décidée à sa structure, qui a le délai du département pour répondre")
  public OrientationFile refer(@PathParam("id") String id, VersionedReason input) {
    return referrals.refer(
        Ids.of(id, "Orientation"), version(input == null ? null : input.version()));
  }

  @POST
  @Path("{id}/review")
  @Operation(summary = "Renvoyer la proposition au diagnostic pour un examen approfondi")
  public OrientationFile review(@PathParam("id") String id, VersionedReason input) {
    return decisions.reviewAgain(
        Ids.of(id, "Orientation"),
        version(input == null ? null : input.version()),
        input == null ? null : input.reason());
  }

  @POST
  @Path("{id}/reorientation-request")
  @Operation(summary = "Demander une réorientation, avec le motif")
  public OrientationFile requestReorientation(@PathParam("id") String id, Reason input) {
    return decisions.requestReorientation(
        Ids.of(id, "Orientation"), input == null ? null : input.reason());
  }

  @POST
  @Path("{id}/reorientation-refusal")
  @Operation(summary = "Refuser la demande de réorientation : l'orientation revient où elle était")
  public OrientationFile declineReorientation(@PathParam("id") String id, VersionedReason input) {
    return decisions.declineReorientation(
        Ids.of(id, "Orientation"),
        version(input == null ? null : input.version()),
        input == null ? null : input.reason());
  }

  @POST
  @Path("{id}/closure")
  @Operation(
      summary = "Sortie du RSA : le dossier est clos, une orientation en attente est retirée")
  public OrientationFile close(@PathParam("id") String id, Reason input) {
    return decisions.close(Ids.of(id, "Orientation"), input == null ? null : input.reason());
  }

  @GET
  @Path("{id}/appointments")
  @Operation(summary = "Les rendez-vous de la personne avec la structure, le plus récent d'abord")
  public List<AppointmentDetails> appointments(@PathParam("id") String id) {
    return appointments.ofOrientation(Ids.of(id, "Orientation"));
  }

  @POST
  @Path("{id}/appointments")
  @Operation(
      summary =
          "Fixer le premier rendez-vous sur un créneau libre de la structure qui a accepté la"
              + " personne : {slotId, motif?: ACC|ORI}. 409 si le créneau vient d'être pris")
  public AppointmentDetails book(@PathParam("id") String id, Booking input) {
    return appointments.bookForOrientation(
        Ids.of(id, "Orientation"),
        input == null ? null : Ids.optional(input.slotId(), "slotId"),
        input == null ? null : input.motif());
  }

  private static long version(Long v) {
    if (v == null) {
      throw new InvalidInputException(
          "version", "Indiquez la version de l'orientation que vous avez lue (champ « version »).");
    }
    return v;
  }

  private static Pathway pathway(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidInputException("pathway", "Choisissez le parcours.");
    }
    try {
      return Pathway.valueOf(raw.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "pathway",
          "Parcours « "
              + raw
              + " » inconnu : "
              + Arrays.stream(Pathway.values()).map(Enum::name).collect(Collectors.joining(", "))
              + ".");
    }
  }
}
