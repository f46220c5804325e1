package fr.aiguillage.appointment;

import static fr.aiguillage.persistence.SqlValues.instant;

import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.directory.Referent;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantEntry;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A structure's availability: slots published one by one or every week on chosen days (Paris time,
 * so 10:00 stays 10:00 across the change to summer time), read as a calendar, withdrawn while free.
 * A partner publishes for its own structures, in their département; a département publishes for its
 * own services (structures without a partner organisation).
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Slots {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final int MAX_SLOTS = 200;
  static final int MAX_WEEKS = 26;
  static final int MAX_DAYS_SHOWN = 62;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);

  public record Published(int created, int alreadyThere, List<SlotDetails> slots) {}

  private static final String CALENDAR =
      """
      SELECT s.id, s.tenant_id, s.structure_id, st.name, s.referent_id,
             rf.first_name || ' ' || rf.last_name, s.starts_at, s.ends_at, s.modality,
             s.location, s.status, a.id, a.referral_id, b.first_names || ' ' || b.last_name,
             a.status
        FROM slot s
        JOIN structure st ON st.id = s.structure_id
        LEFT JOIN referent rf ON rf.id = s.referent_id
        LEFT JOIN appointment a ON a.slot_id = s.id
             AND a.status IN ('BOOKED', 'SEEN', 'EXCUSED', 'NO_SHOW')
        LEFT JOIN beneficiary b ON b.id = a.beneficiary_id
       WHERE s.starts_at >= ?1 AND s.starts_at < ?2 AND s.status <> 'WITHDRAWN'
      """;

  @PersistenceContext(unitName = "aiguillage")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject TenantEntry entry;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Publishes slots; a slot identical to one already there is not written twice. */
  public Published publish(SlotInput in) {
    if (in == null || in.structureId() == null) {
      throw new InvalidInputException("structureId", "Choisissez la structure.");
    }
    StructureRef structure = structure(in.structureId());
    List<FieldError> errors = new ArrayList<>();
    Referent referent = null;
    if (in.referentId() != null) {
      referent = em.find(Referent.class, in.referentId());
      if (referent == null || !referent.structureId().equals(structure.id())) {
        errors.add(
            new FieldError("referentId", "Ce référent n'est pas un référent de la structure."));
      }
    }
    if (in.date() == null) {
      errors.add(new FieldError("date", "Indiquez le jour (AAAA-MM-JJ)."));
    }
    if (in.start() == null) {
      errors.add(new FieldError("start", "Indiquez l'heure de début (HH:MM)."));
    }
    int minutes = in.durationMinutes() == null ? 60 : in.durationMinutes();
    if (minutes < 10 || minutes > 480) {
      errors.add(new FieldError("durationMinutes", "La durée va de 10 minutes à 8 heures."));
    }
    Modality modality = null;
    try {
      modality = Modality.valueOf(in.modality() == null ? "" : in.modality().strip());
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("modality", "Modalité : PHYSIQUE, TELEPHONE ou VISIO."));
    }
    String location =
        in.location() == null || in.location().isBlank() ? null : in.location().strip();
    if (modality == Modality.PHYSIQUE && location == null) {
      errors.add(new FieldError("location", "Indiquez l'adresse du rendez-vous sur place."));
    }
    if (location != null && location.length() > 300) {
      errors.add(new FieldError("location", "300 caractères au plus."));
    }
    Set<DayOfWeek> days =
        in.repeatOn() == null || in.repeatOn().isEmpty()
            ? EnumSet.noneOf(DayOfWeek.class)
            : EnumSet.copyOf(in.repeatOn());
    if (!days.isEmpty() && in.date() != null) {
      if (in.repeatUntil() == null) {
        errors.add(new FieldError("repeatUntil", "Indiquez jusqu'à quel jour répéter."));
      } else if (in.repeatUntil().isBefore(in.date())) {
        errors.add(
            new FieldError("repeatUntil", "La fin de la répétition précède le premier jour."));
      } else if (in.repeatUntil().isAfter(in.date().plusWeeks(MAX_WEEKS))) {
        errors.add(
            new FieldError("repeatUntil", "On répète sur " + MAX_WEEKS + " semaines au plus."));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    List<LocalDate> dates = new ArrayList<>();
    if (days.isEmpty()) {
      dates.add(in.date());
    } else {
      for (LocalDate d = in.date(); !d.isAfter(in.repeatUntil()); d = d.plusDays(1)) {
        if (days.contains(d.getDayOfWeek())) {
          dates.add(d);
        }
      }
      if (dates.isEmpty()) {
        throw new InvalidInputException(
            "repeatOn", "Aucun des jours choisis ne tombe entre le premier et le dernier jour.");
      }
    }
    if (dates.size() > MAX_SLOTS) {
      throw new InvalidInputException(
          "repeatUntil", "Cela ferait " + dates.size() + " créneaux : " + MAX_SLOTS + " au plus.");
    }
    Instant now = clock.instant();
    String by = caller.get().username();
    UUID series = dates.size() > 1 ? UUID.randomUUID() : null;
    int created = 0;
    int already = 0;
    List<UUID> ids = new ArrayList<>();
    for (LocalDate d : dates) {
      LocalDateTime local = LocalDateTime.of(d, in.start());
      if (PARIS.getRules().getValidOffsets(local).isEmpty()) {
        throw new InvalidInputException(
            "start",
            "Le "
                + d.format(DAY)
                + ", "
                + in.start()
                + " n'existe pas à Paris (passage à l'heure d'été) : choisissez une autre heure.");
      }
      // in the hour that happens twice (back to winter time), the first one
      Instant start = ZonedDateTime.ofLocal(local, PARIS, null).toInstant();
      Instant end = start.plus(minutes, ChronoUnit.MINUTES);
      if (!start.isAfter(now)) {
        throw new InvalidInputException(
            "date", "Le créneau du " + when(start) + " est déjà passé.");
      }
      List<Slot> same = same(structure.id(), in.referentId(), start, end);
      if (!same.isEmpty()) {
        already++;
        ids.add(same.get(0).id());
        continue;
      }
      if (referent != null) {
        overlap(referent, start, end);
      }
      Slot s =
          Slot.open(
              structure.id(),
              in.referentId(),
              structure.partnerOrg(),
              series,
              start,
              end,
              modality,
              location,
              by,
              now);
      em.persist(s);
      ids.add(s.id());
      created++;
    }
    em.flush();
    audit.record(
        AuditAction.CREATE,
        "structure",
        structure.id(),
        created + " créneau(x) publié(s), " + already + " déjà là");
    List<SlotDetails> views = ids.isEmpty() ? List.of() : byIds(ids);
    return new Published(created, already, views);
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
    em.flush();
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

  /**
   * The calendar from {@code from} to {@code to} (excluded, Paris days): a partner sees its
   * organisation's structures in every département, a département its own; {@code openOnly} keeps
   * the free slots still to come.
   */
  public List<SlotDetails> calendar(
      LocalDate from, LocalDate to, UUID structureId, boolean openOnly) {
    Caller c = caller.get();
    boolean partner = Appointments.isPartner(c);
    if (!partner) {
      c.requireDepartementStaff("Les agendas sont réservés au partenaire et au département.");
    }
    if (from == null || to == null || !to.isAfter(from)) {
      throw new InvalidInputException("to", "La période se termine après son premier jour.");
    }
    if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS_SHOWN) {
      throw new InvalidInputException("to", "Une période de " + MAX_DAYS_SHOWN + " jours au plus.");
    }
    String where =
        (partner
                ? " AND s.partner_org_id = current_setting('app.partner_org', true)"
                : " AND s.tenant_id = current_setting('app.tenant_id', true)")
            + (structureId == null ? "" : " AND s.structure_id = ?3")
            + (openOnly ? " AND s.status = 'OPEN' AND s.starts_at > ?4" : "");
    var q =
        em.createNativeQuery(CALENDAR + where + " ORDER BY s.starts_at, st.name LIMIT 2000")
            .setParameter(1, Timestamp.from(from.atStartOfDay(PARIS).toInstant()))
            .setParameter(2, Timestamp.from(to.atStartOfDay(PARIS).toInstant()));
    if (structureId != null) {
      q.setParameter(3, structureId);
    }
    if (openOnly) {
      q.setParameter(4, Timestamp.from(clock.instant()));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    return rows.stream().map(Slots::view).toList();
  }

  /** "mardi 24 novembre 2026 à 10h00", Paris time. */
  public static String when(Instant at) {
    return at.atZone(PARIS).format(WHEN);
  }

  // ---- inside ----

  private record StructureRef(UUID id, String partnerOrg) {}

  /**
   * The structure, in its département: a partner's own structure (its policy), or one of the
   * département's services for its staff.
   */
  private StructureRef structure(UUID id) {
    Caller c = caller.get();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT tenant_id, partner_org_id FROM structure WHERE id = ?1")
            .setParameter(1, id)
            .getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundException("Structure");
    }
    String tenant = (String) rows.get(0)[0];
    String org = (String) rows.get(0)[1];
    if (Appointments.isPartner(c)) {
      if (!c.partnerOrg().orElseThrow().equals(org)) {
        throw new NotFoundException("Structure");
      }
      entry.enter(tenant);
    } else {
      c.requireDepartementStaff("Les agendas sont réservés au partenaire et au département.");
      if (org != null) {
        throw new AccessDeniedException(
            "Les créneaux de cette structure sont publiés par son organisation partenaire.");
      }
    }
    return new StructureRef(id, org);
  }

  private Slot ownSlot(UUID id) {
    @SuppressWarnings("unchecked")
    List<Object> structures =
        em.createNativeQuery("SELECT structure_id FROM slot WHERE id = ?1")
            .setParameter(1, id)
            .getResultList();
    if (structures.isEmpty()) {
      throw new NotFoundException("Créneau");
    }
    structure((UUID) structures.get(0));
    Slot s = em.find(Slot.class, id);
    if (s == null) {
      throw new NotFoundException("Créneau");
    }
    return s;
  }

  private List<Slot> same(UUID structure, UUID referent, Instant start, Instant end) {
    var q =
        em.createQuery(
                "SELECT s FROM Slot s WHERE s.structureId = :st AND s.startsAt = :a"
                    + " AND s.endsAt = :b AND s.status <> :w AND "
                    + (referent == null ? "s.referentId IS NULL" : "s.referentId = :r"),
                Slot.class)
            .setParameter("st", structure)
            .setParameter("a", start)
            .setParameter("b", end)
            .setParameter("w", Slot.Status.WITHDRAWN);
    if (referent != null) {
      q.setParameter("r", referent);
    }
    return q.getResultList();
  }

  private void overlap(Referent referent, Instant start, Instant end) {
    List<Slot> clash =
        em.createQuery(
                "SELECT s FROM Slot s WHERE s.referentId = :r AND s.status <> :w"
                    + " AND s.startsAt < :b AND s.endsAt > :a ORDER BY s.startsAt",
                Slot.class)
            .setParameter("r", referent.id())
            .setParameter("w", Slot.Status.WITHDRAWN)
            .setParameter("a", start)
            .setParameter("b", end)
            .setMaxResults(1)
            .getResultList();
    if (!clash.isEmpty()) {
      throw new ConflictException(
          "start",
          referent.name()
              + " a déjà un créneau le "
              + when(clash.get(0).startsAt())
              + " qui chevauche celui du "
              + when(start)
              + ".");
    }
  }

  private List<SlotDetails> byIds(List<UUID> ids) {
    StringBuilder in = new StringBuilder();
    for (int i = 1; i <= ids.size(); i++) {
      in.append(i == 1 ? "?" : ", ?").append(i);
    }
    var q =
        em.createNativeQuery(
            CALENDAR.replace("s.starts_at >= ?1 AND s.starts_at < ?2", "s.id IN (" + in + ")")
                + " ORDER BY s.starts_at");
    for (int i = 0; i < ids.size(); i++) {
      q.setParameter(i + 1, ids.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    return rows.stream().map(Slots::view).toList();
  }

  private static SlotDetails view(Object[] r) {
    Modality m = Modality.valueOf((String) r[8]);
    SlotDetails.Booked booked =
        r[11] == null
            ? null
            : new SlotDetails.Booked(
                (UUID) r[11],
                (UUID) r[12],
                (String) r[13],
                (String) r[14],
                Appointment.Status.valueOf((String) r[14]).label());
    return new SlotDetails(
        (UUID) r[0],
        (String) r[1],
        (UUID) r[2],
        (String) r[3],
        (UUID) r[4],
        (String) r[5],
        instant(r[6]),
        instant(r[7]),
        m.name(),
        m.label(),
        (String) r[9],
        (String) r[10],
        booked);
  }
}
