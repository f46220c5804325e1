package fr.aiguillage.admin.api;

import fr.aiguillage.notification.LetterFile;
import fr.aiguillage.notification.SessionLetters;
import fr.aiguillage.session.DeskView;
import fr.aiguillage.session.SessionDesk;
import fr.aiguillage.session.SessionReport;
import fr.aiguillage.session.SessionRequests;
import fr.aiguillage.session.SessionView;
import fr.aiguillage.session.Sessions;
import fr.aiguillage.shared.Ids;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Collective information sessions and the same-day desk (issue 14): plan, invite, check in, the
 * day-D board, the desk's steps, the report.
 */
@Path("/v1/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORIENTATION_AGENT, Roles.COORDINATOR, Roles.TENANT_ADMIN})
@Tag(name = "Sessions collectives")
public class SessionResource {
  static final String WHAT = "Session";

  @Inject Sessions sessions;
  @Inject SessionDesk desk;
  @Inject SessionLetters letters;

  @GET
  @Operation(
      summary =
          "Les sessions à partir d'un jour (from, AAAA-MM-JJ, aujourd'hui par défaut) pour days jours")
  public Page<SessionView.Summary> list(
      @QueryParam("from") @Size(max = 10) String from,
      @QueryParam("days") @DefaultValue("90") @Min(1) @Max(366) int days,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return sessions.list(
        from == null || from.isBlank() ? null : Ids.day(from, "from"),
        days,
        new PageRequest(page, size));
  }

  @POST
  @Operation(
      summary =
          "Planifier une session, ou une série (everyWeeks semaines d'écart, occurrences sessions) :"
              + " 201 avec les sessions créées")
  public Response plan(SessionRequests.Plan body) {
    List<SessionView.Summary> planned = sessions.plan(body);
    return Response.status(Response.Status.CREATED).entity(planned).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Une session et ses personnes (invitées, venues, suites)")
  public SessionView.Details get(@PathParam("id") String id) {
    return sessions.get(Ids.of(id, WHAT));
  }

  @PUT
  @Path("{id}/assignment")
  @Operation(summary = "Les agents affectés et les structures présentes")
  public SessionView.Summary assign(@PathParam("id") String id, SessionRequests.Assign body) {
    return sessions.assign(Ids.of(id, WHAT), body);
  }

  @GET
  @Path("{id}/candidates")
  @Operation(
      summary =
          "Les personnes à inviter : à orienter sur le territoire, la plus longue attente d'abord,"
              + " sans place à une session à venir")
  public List<SessionView.Candidate> candidates(
      @PathParam("id") String id,
      @QueryParam("max") @DefaultValue("50") @Min(1) @Max(500) int max) {
    return sessions.candidates(Ids.of(id, WHAT), max);
  }

  @POST
  @Path("{id}/invitations")
  @Operation(
      summary =
          "Inviter des personnes (personIds) ou les premières de la file (fromQueue) : toutes ou"
              + " aucune ; 409 au-delà des places restantes")
  public SessionView.Invited invite(@PathParam("id") String id, SessionRequests.Invite body) {
    return sessions.invite(Ids.of(id, WHAT), body);
  }

  @DELETE
  @Path("{id}/invitations/{personId}")
  @Operation(summary = "La personne ne viendra pas : sa place se libère")
  public SessionView.Summary decline(
      @PathParam("id") String id, @PathParam("personId") String personId) {
    return sessions.decline(Ids.of(id, WHAT), Ids.of(personId, "Personne"));
  }

  @POST
  @Path("{id}/cancel")
  @Operation(
      summary =
          "Annuler la session (motif obligatoire) : chaque personne est prévenue et invitée à la"
              + " session suivante s'il y en a une")
  public SessionView.Followed cancel(@PathParam("id") String id, SessionRequests.Reason body) {
    return sessions.cancel(Ids.of(id, WHAT), body == null ? null : body.reason());
  }

  @POST
  @Path("{id}/hold")
  @Operation(summary = "Ouvrir l'accueil le jour de la session")
  public SessionView.Summary hold(@PathParam("id") String id) {
    return sessions.hold(Ids.of(id, WHAT));
  }

  @POST
  @Path("{id}/check-ins")
  @Operation(
      summary =
          "Pointer une personne : PRESENT, LATE, EXCUSED, ABSENT ; une personne non invitée entre"
              + " comme venue sans invitation")
  public SessionView.Person checkIn(@PathParam("id") String id, SessionRequests.CheckIn body) {
    return sessions.checkIn(Ids.of(id, WHAT), body);
  }

  @POST
  @Path("{id}/close")
  @Operation(
      summary =
          "Clôturer : les non-pointés sont absents ; absents et excusés invités une fois à la"
              + " session suivante, puis convoqués individuellement")
  public SessionView.Followed close(@PathParam("id") String id) {
    return sessions.close(Ids.of(id, WHAT));
  }

  @GET
  @Path("{id}/board")
  @Operation(
      summary =
          "Le tableau du jour : pointage, réponses, proposition et signaux de chaque personne,"
              + " places et créneaux des structures présentes")
  public DeskView.Board board(@PathParam("id") String id) {
    return desk.board(Ids.of(id, WHAT));
  }

  @POST
  @Path("{id}/desk/validate-simple")
  @Operation(
      summary =
          "Valider en une fois les cas simples (présents, proposition sans signal) ; les autres"
              + " restent pour le bureau, avec la raison")
  public DeskView.BatchOutcome validateSimple(
      @PathParam("id") String id, SessionRequests.ValidateSimple body) {
    return desk.validateSimple(Ids.of(id, WHAT), body);
  }

  @POST
  @Path("{id}/desk/{personId}")
  @Operation(
      summary =
          "Prendre la personne à son bureau (409 si un autre agent l'a déjà) et tout voir pour elle")
  public DeskView.Desk open(@PathParam("id") String id, @PathParam("personId") String personId) {
    return desk.open(Ids.of(id, WHAT), person(personId));
  }

  @DELETE
  @Path("{id}/desk/{personId}")
  @Operation(summary = "Rendre la personne à la liste commune, rien fait")
  public Response release(@PathParam("id") String id, @PathParam("personId") String personId) {
    desk.release(Ids.of(id, WHAT), person(personId));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/desk/{personId}/validate")
  @Operation(
      summary =
          "Valider l'orientation : la proposition telle quelle, ou une autre structure, un autre"
              + " référent, un autre parcours (avec sa raison) ; acceptée sur place si la structure"
              + " est présente")
  public DeskView.Desk validate(
      @PathParam("id") String id,
      @PathParam("personId") String personId,
      SessionRequests.Validate body) {
    return desk.validate(Ids.of(id, WHAT), person(personId), body);
  }

  @POST
  @Path("{id}/desk/{personId}/set-aside")
  @Operation(summary = "Mettre de côté pour un examen approfondi (motif obligatoire)")
  public DeskView.Desk setAside(
      @PathParam("id") String id,
      @PathParam("personId") String personId,
      SessionRequests.Reason body) {
    return desk.setAside(Ids.of(id, WHAT), person(personId), body == null ? null : body.reason());
  }

  @POST
  @Path("{id}/desk/{personId}/contract")
  @Operation(summary = "Rédiger le contrat simplifié, prêt à signer")
  public DeskView.Desk contract(
      @PathParam("id") String id, @PathParam("personId") String personId) {
    return desk.contract(Ids.of(id, WHAT), person(personId));
  }

  @POST
  @Path("{id}/desk/{personId}/signatures")
  @Operation(summary = "Les deux signatures sur place : l'agent, puis la personne")
  public DeskView.Desk sign(
      @PathParam("id") String id,
      @PathParam("personId") String personId,
      SessionRequests.Signatures body) {
    return desk.sign(Ids.of(id, WHAT), person(personId), body);
  }

  @POST
  @Path("{id}/desk/{personId}/appointment")
  @Operation(
      summary =
          "Fixer le premier rendez-vous sur un créneau libre de la structure (409 si le créneau"
              + " vient d'être pris)")
  public DeskView.Desk book(
      @PathParam("id") String id,
      @PathParam("personId") String personId,
      SessionRequests.Booking body) {
    return desk.book(Ids.of(id, WHAT), person(personId), body);
  }

  @GET
  @Path("{id}/report")
  @Operation(summary = "Le compte rendu : invitées, présentes, orientées le jour même, délais")
  public SessionReport report(@PathParam("id") String id) {
    return desk.report(Ids.of(id, WHAT));
  }

  @GET
  @Path("{id}/report.csv")
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  @Operation(summary = "Le compte rendu en CSV (point-virgule, UTF-8 avec BOM)")
  public Response reportCsv(@PathParam("id") String id) {
    UUID uuid = Ids.of(id, WHAT);
    return Response.ok(desk.report(uuid).csv(), SessionReport.CONTENT_TYPE)
        .header("Content-Disposition", "attachment; filename=\"session-" + uuid + ".csv\"")
        .build();
  }

  @GET
  @Path("{id}/convocations/{personId}.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "La convocation de la personne à la session (le courrier envoyé), en PDF")
  public Response convocation(@PathParam("id") String id, @PathParam("personId") String personId) {
    return pdf(letters.sessionConvocation(Ids.of(id, WHAT), person(personId)));
  }

  @GET
  @Path("{id}/desk/{personId}/appointment.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "La convocation au premier rendez-vous fixé au bureau, en PDF, à imprimer")
  public Response appointmentConvocation(
      @PathParam("id") String id, @PathParam("personId") String personId) {
    return pdf(letters.deskAppointment(Ids.of(id, WHAT), person(personId)));
  }

  private static Response pdf(LetterFile letter) {
    return Response.ok(letter.pdf(), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + letter.fileName() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private static UUID person(String raw) {
    return Ids.of(raw, "Personne");
  }
}
