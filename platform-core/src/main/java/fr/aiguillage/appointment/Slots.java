package fr.aiguillage.appointment;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.directory.Referent;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantEntry;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A structure's availability: slots published one by one or every week on chosen days (a {@link
 * SlotRequest}), withdrawn while free; {@link SlotCalendar} reads them. A partner publishes for its
 * own structures, in their département; a département publishes for its own services (structures
 * without a partner organisation).
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Slots {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE);

  public record Published(int created, int alreadyThere, List<SlotDetails> slots) {}

  @Inject SlotRepository slots;
  @Inject SlotCalendar calendar;
  @Inject CurrentCaller caller;
  @Inject TenantEntry entry;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Publishes slots; a slot identical to one already there is not written twice. */
  public Published publish(SlotInput in) {
    SlotRepository.StructureOwner structure = structure(SlotRequest.structureOf(in));
    Referent referent =
        in.referentId() == null ? null : slots.referent(in.referentId()).orElse(null);
    boolean ofStructure = referent != null && referent.structureId().equals(structure.id());
    Instant now = clock.instant();
    SlotRequest request = SlotRequest.of(in, ofStructure, now);
    String by = caller.get().username();
    UUID series = request.series() ? UUID.randomUUID() : null;
    int created = 0;
    int already = 0;
    List<UUID> ids = new ArrayList<>();
    for (SlotRequest.Times t : request.times()) {
      Optional<Slot> same = slots.same(structure.id(), request.referentId(), t.start(), t.end());
      if (same.isPresent()) {
        already++;
        ids.add(same.get().id());
        continue;
      }
      if (referent != null) {
        refuseOverlap(referent, t);
      }
      Slot s =
          Slot.open(
              structure.id(),
              request.referentId(),
              structure.partnerOrg(),
              series,
              t.start(),
              t.end(),
              request.modality(),
              request.location(),
              by,
              now);
      slots.add(s);
      ids.add(s.id());
      created++;
    }
    slots.flush();
    audit.record(
        AuditAction.CREATE,
        "structure",
        structure.id(),
        created + " créneau(x) publié(s), " + already + " déjà là");
    return new Published(created, already, ids.isEmpty() ? List.of() : calendar.byIds(ids));
  }

  /** Withdraws a free slot (a booked one is cancelled through its appointment). */
  public SlotDetails withdraw(UUID id) {
    Slot s = ownSlot(id);
    if (s.status() == Slot.Status.BOOKED) {
      throw new ConflictException(
          "status",
          "Ce créneau porte un rendez-vous : annulez ou déplacez d'abord le rendez-vous.");
    }
    s.withdraw();
    slots.flush();
    audit.record(AuditAction.UPDATE, "structure", s.structureId(), "créneau retiré");
    return new SlotDetails(
        s.id(),
        null,
        s.structureId(),
        null,
        s.referentId().orElse(null),
        null,
        s.startsAt(),
        s.endsAt(),
        s.modality().name(),
        s.modality().label(),
        s.location(),
        s.status().name(),
        null);
  }

  /** "mardi 24 novembre 2026 à 10h00", Paris time. */
  public static String when(Instant at) {
    return at.atZone(SlotRequest.PARIS).format(WHEN);
  }

  // ---- inside ----

  /**
   * The structure, in its département: a partner's own structure (its policy), or one of the
   * département's services for its staff.
   */
  private SlotRepository.StructureOwner structure(UUID id) {
    Caller c = caller.get();
    SlotRepository.StructureOwner owner =
        slots.structureOwner(id).orElseThrow(() -> new NotFoundException("Structure"));
    if (Appointments.isPartner(c)) {
      if (!c.partnerOrg().orElseThrow().equals(owner.partnerOrg())) {
        throw new NotFoundException("Structure");
      }
      entry.enter(owner.tenant());
    } else {
      c.requireDepartementStaff("Les agendas sont réservés au partenaire et au département.");
      if (owner.partnerOrg() != null) {
        throw new AccessDeniedException(
            "Les créneaux de cette structure sont publiés par son organisation partenaire.");
      }
    }
    return owner;
  }

  private Slot ownSlot(UUID id) {
    structure(slots.structureOfSlot(id).orElseThrow(() -> new NotFoundException("Créneau")));
    return slots.find(id).orElseThrow(() -> new NotFoundException("Créneau"));
  }

  private void refuseOverlap(Referent referent, SlotRequest.Times t) {
    Optional<Slot> clash = slots.firstOverlap(referent.id(), t.start(), t.end());
    if (clash.isPresent()) {
      throw new ConflictException(
          "start",
          referent.name()
              + " a déjà un créneau le "
              + when(clash.get().startsAt())
              + " qui chevauche celui du "
              + when(t.start())
              + ".");
    }
  }
}
