package fr.aiguillage.partner.api;

import fr.aiguillage.appointment.SlotCalendar;
import fr.aiguillage.appointment.SlotDetails;
import fr.aiguillage.appointment.SlotInput;
import fr.aiguillage.appointment.Slots;
import fr.aiguillage.shared.Ids;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

/** The availability of the caller's organisation's structures, in every département. */
@Path("/v1/partner/slots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER_USER, Roles.PARTNER_ADMIN})
@Tag(name = "Partenaires")
public class PartnerSlotResource {
  @Inject Slots slots;
  @Inject SlotCalendar calendar;

  @GET
  @Operation(
      summary =
          "Mon agenda de from à to (exclu, au plus 62 jours), avec les rendez-vous fixés ;"
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
  @Operation(
      summary =
          "Publier des créneaux (heure de Paris) : une fois, ou chaque semaine les jours repeatOn"
              + " jusqu'à repeatUntil ; modality PHYSIQUE (location = adresse), TELEPHONE ou VISIO"
              + " (location = lien) ; un créneau identique déjà publié n'est pas doublé")
  public Slots.Published publish(SlotInput input) {
    return slots.publish(input);
  }

  @POST
  @Path("{id}/withdrawal")
  @Operation(summary = "Retirer un créneau libre")
  public SlotDetails withdraw(@PathParam("id") String id) {
    return slots.withdraw(Ids.of(id, "Créneau"));
  }
}
