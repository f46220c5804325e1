package fr.aiguillage.admin.api;

import fr.aiguillage.appointment.AppointmentDetails;
import fr.aiguillage.appointment.Appointments;
import fr.aiguillage.appointment.SlotCalendar;
import fr.aiguillage.appointment.SlotDetails;
import fr.aiguillage.appointment.SlotInput;
import fr.aiguillage.appointment.Slots;
import fr.aiguillage.shared.Ids;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The département's side of appointments: its structures' calendar (the free slots to book from a
 * person's file), the slots of its own services, and an appointment's life (move, cancel,
 * attendance).
 */
@Path("/v1/appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORIENTATION_AGENT, Roles.COORDINATOR, Roles.TENANT_ADMIN, Roles.REFERENT})
@Tag(name = "Rendez-vous")
public class AppointmentResource {
  @Inject Appointments appointments;
  @Inject Slots slots;
  @Inject SlotCalendar calendar;

  public record Move(@Size(max = Limits.ID) String slotId, @Size(max = 500) String reason) {}

  public record Reason(@Size(max = 500) String reason) {}

  public record Outcome(@Size(max = Limits.CODE) String outcome) {}

  @GET
  @Path("slots")
  @Operation(
      summary =
          "L'agenda des structures du département de from à to (exclu, au plus 62 jours) ;"
              + " open=true ne garde que les créneaux libres à venir")
  public List<SlotDetails> calendar(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("structureId") String structureId,
      @QueryParam("open") @DefaultValue("false") boolean open) {
    return calendar.calendar(
        Ids.day(from, "from"), Ids.day(to, "to"), Ids.optional(structureId, "structureId"), open);
  }

  @POST
  @Path("slots")
  @Operation(
      summary =
          "Publier des créneaux d'un service du département (une fois, ou chaque semaine les jours"
              + " repeatOn jusqu'à repeatUntil) ; un créneau identique déjà publié n'est pas doublé")
  public Slots.Published publish(SlotInput input) {
    return slots.publish(input);
  }

  @POST
  @Path("slots/{id}/withdrawal")
  @Operation(summary = "Retirer un créneau libre")
  public SlotDetails withdraw(@PathParam("id") String id) {
    return slots.withdraw(Ids.of(id, "Créneau"));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Un rendez-vous")
  public AppointmentDetails get(@PathParam("id") String id) {
    return appointments.get(Ids.of(id, "Rendez-vous"));
  }

  @POST
  @Path("{id}/move")
  @Operation(summary = "Déplacer le rendez-vous sur un autre créneau libre : {slotId, reason}")
  public AppointmentDetails move(@PathParam("id") String id, Move input) {
    return appointments.reschedule(
        Ids.of(id, "Rendez-vous"),
        input == null ? null : Ids.optional(input.slotId(), "slotId"),
        input == null ? null : input.reason());
  }

  @POST
  @Path("{id}/cancellation")
  @Operation(summary = "Annuler le rendez-vous : {reason}")
  public AppointmentDetails cancel(@PathParam("id") String id, Reason input) {
    return appointments.cancel(Ids.of(id, "Rendez-vous"), input == null ? null : input.reason());
  }

  @POST
  @Path("{id}/attendance")
  @Operation(
      summary =
          "Noter la présence après l'heure du rendez-vous : {outcome: SEEN | EXCUSED | NO_SHOW} ;"
              + " SEEN commence l'accompagnement")
  public AppointmentDetails attendance(@PathParam("id") String id, Outcome input) {
    return appointments.attendance(
        Ids.of(id, "Rendez-vous"), input == null ? null : input.outcome());
  }
}
