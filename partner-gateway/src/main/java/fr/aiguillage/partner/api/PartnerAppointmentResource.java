package fr.aiguillage.partner.api;

import fr.aiguillage.appointment.AppointmentDetails;
import fr.aiguillage.appointment.Appointments;
import fr.aiguillage.shared.Ids;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * First appointments of the people addressed to the caller's organisation: book, move, cancel,
 * record attendance. Each answer carries the appointment in France Travail's "rendez-vous
 * partenaire" terms too ({@code franceTravail}).
 */
@Path("/v1/partner/appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER_USER, Roles.PARTNER_ADMIN})
@Tag(name = "Partenaires")
public class PartnerAppointmentResource {
  @Inject Appointments appointments;

  public record Booking(
      @Size(max = Limits.ID) String referralId,
      @Size(max = Limits.ID) String slotId,
      @Size(max = Limits.CODE) String motif) {}

  public record Move(@Size(max = Limits.ID) String slotId, @Size(max = 500) String reason) {}

  public record Reason(@Size(max = 500) String reason) {}

  public record Outcome(@Size(max = Limits.CODE) String outcome) {}

  @POST
  @Operation(
      summary =
          "Fixer le premier rendez-vous d'une orientation acceptée sur un créneau libre de sa"
              + " structure : {referralId, slotId, motif?: ACC|ORI}. 409 si le créneau vient d'être"
              + " pris ou est passé")
  public AppointmentDetails book(Booking input) {
    return appointments.book(
        new Appointments.BookingInput(
            input == null ? null : Ids.optional(input.referralId(), "referralId"),
            input == null ? null : Ids.optional(input.slotId(), "slotId"),
            input == null ? null : input.motif()));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Un rendez-vous (chaque lecture est tracée)")
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
          "Noter la présence après l'heure : {outcome: SEEN | EXCUSED | NO_SHOW} ; SEEN commence"
              + " l'accompagnement")
  public AppointmentDetails attendance(@PathParam("id") String id, Outcome input) {
    return appointments.attendance(
        Ids.of(id, "Rendez-vous"), input == null ? null : input.outcome());
  }
}
