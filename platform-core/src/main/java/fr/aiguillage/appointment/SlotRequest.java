package fr.aiguillage.appointment;

import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
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
 * A {@link SlotInput} checked once, its weekly rule expanded into the slots' times (Paris time, so
 * 10:00 stays 10:00 across the change to summer time; in the hour that happens twice, the first).
 * Pure: what needs the database (the structure, the referent, slots already there) is asked by
 * {@link Slots}.
 */
record SlotRequest(
    UUID structureId, UUID referentId, Modality modality, String location, List<Times> times) {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final int MAX_SLOTS = 200;
  static final int MAX_WEEKS = 26;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);

  /** One slot's start and end. */
  public record Times(Instant start, Instant end) {}

  public SlotRequest {
    times = List.copyOf(times);
  }

  /** The structure the slots are for, the one thing checked before the database is asked. */
  static UUID structureOf(SlotInput in) {
    if (in == null || in.structureId() == null) {
      throw new InvalidInputException("structureId", "Choisissez la structure.");
    }
    return in.structureId();
  }

  /**
   * Checks the input and expands it; every field problem is reported at once, then the times.
   *
   * @param referentOfStructure whether {@code in.referentId()}, if given, is a referent of the
   *     structure
   * @param now slots must start after it
   */
  static SlotRequest of(SlotInput in, boolean referentOfStructure, Instant now) {
    UUID structureId = structureOf(in);
    List<FieldError> errors = new ArrayList<>();
    if (in.referentId() != null && !referentOfStructure) {
      errors.add(
          new FieldError("referentId", "Ce référent n'est pas un référent de la structure."));
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
    List<Times> times = new ArrayList<>();
    for (LocalDate d : dates(in.date(), days, in.repeatUntil())) {
      Instant start = start(d, in);
      if (!start.isAfter(now)) {
        throw new InvalidInputException(
            "date", "Le créneau du " + Slots.when(start) + " est déjà passé.");
      }
      times.add(new Times(start, start.plus(minutes, ChronoUnit.MINUTES)));
    }
    return new SlotRequest(structureId, in.referentId(), modality, location, times);
  }

  /** Whether the slots make a series (published together by a weekly rule). */
  boolean series() {
    return times.size() > 1;
  }

  /** The days: {@code first} alone, or each of {@code days} from {@code first} to {@code last}. */
  private static List<LocalDate> dates(LocalDate first, Set<DayOfWeek> days, LocalDate last) {
    List<LocalDate> dates = new ArrayList<>();
    if (days.isEmpty()) {
      dates.add(first);
    } else {
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
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
    return dates;
  }

  /** The start on day {@code d}, Paris time; an hour skipped by summer time is refused. */
  private static Instant start(LocalDate d, SlotInput in) {
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
    return ZonedDateTime.ofLocal(local, PARIS, null).toInstant();
  }
}
