package fr.aiguillage.ui.orientation;

import fr.aiguillage.appointment.AppointmentDetails;
import fr.aiguillage.appointment.SlotDetails;
import fr.aiguillage.appointment.Slots;
import fr.aiguillage.directory.Placement.RankedStructure;
import fr.aiguillage.directory.StructureSummary;
import fr.aiguillage.notification.LetterFile;
import fr.aiguillage.notification.NotificationDetails;
import fr.aiguillage.orientation.Decision;
import fr.aiguillage.orientation.OrientationFile;
import fr.aiguillage.orientation.OrientationState;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.DomainException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.ServiceCalls;
import fr.aiguillage.vocabulary.Pathway;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The decisions of a person's orientation section, apart from its components: what is read and
 * shown for an orientation, which structures are offered, what is said after each step and what a
 * refusal does. The panel composes and asks; every refusal is shown, none is swallowed.
 */
final class OrientationPresenter {
  /** What the section does with the presenter's decisions. */
  interface Screen {
    void display(Shown shown);

    /** Says what was done and lets the page follow. */
    void announce(String message);

    /** Someone changed the orientation meanwhile: say so and offer to reload. */
    void overtaken(String message);
  }

  /** A dialog that asked for a step: closed when done, or told why on its field. */
  interface Asking {
    void close();

    void refuse(String message);
  }

  /** An orientation as the section shows it. */
  record Shown(
      OrientationFile file,
      boolean deciding,
      Pathway proposed,
      StructureChoices names,
      List<AppointmentDetails> appointments,
      List<NotificationDetails> notices) {}

  private final OrientationSource source;
  private final boolean decider;
  private final Screen screen;
  private Shown shown;

  OrientationPresenter(OrientationSource source, boolean decider, Screen screen) {
    this.source = source;
    this.decider = decider;
    this.screen = screen;
  }

  boolean decider() {
    return decider;
  }

  /** The person's orientation in progress (the service opens it if need be). */
  void open(UUID beneficiaryId) {
    display(source.ofBeneficiary(beneficiaryId));
  }

  /** The orientation as it is now, after someone else changed it. */
  void reload() {
    display(source.get(shown.file().id()));
  }

  /** The notices as they are now; a refused read shows why and leaves the list empty. */
  List<NotificationDetails> notices() {
    return noticesOf(shown.file().id());
  }

  void decide(Decision decision, Consumer<List<FieldError>> onInvalid) {
    OrientationFile file = shown.file();
    try {
      OrientationFile done = source.decide(file.id(), file.version(), decision);
      display(done);
      screen.announce(decided(done, shown.names()));
    } catch (InvalidInputException e) {
      onInvalid.accept(e.errors());
    } catch (ConflictException e) {
      screen.overtaken(e.getMessage());
    }
  }

  void refer() {
    OrientationFile file = shown.file();
    try {
      OrientationFile done = source.refer(file.id(), file.version());
      display(done);
      screen.announce(referred(done));
    } catch (ConflictException e) {
      screen.overtaken(e.getMessage());
    }
  }

  void reviewAgain(Asking dialog, String reason) {
    OrientationFile file = shown.file();
    step(
        dialog,
        () -> source.reviewAgain(file.id(), file.version(), reason),
        "Proposition renvoyée au diagnostic.");
  }

  void close(Asking dialog, String reason) {
    step(
        dialog,
        () -> source.close(shown.file().id(), reason),
        "Dossier d'orientation clos : sortie du RSA.");
  }

  /** The decided structure's free slots for four weeks; empty once a refusal has been shown. */
  Optional<List<SlotDetails>> freeSlots(LocalDate today) {
    UUID structureId = shown.file().decision().structureId();
    return ServiceCalls.attempt(() -> source.freeSlots(today, today.plusDays(28), structureId));
  }

  String decidedStructureName() {
    return shown.names().structureName(shown.file().decision().structureId());
  }

  void book(Asking dialog, SlotDetails slot) {
    step(
        dialog,
        () -> afterAppointment(source.book(shown.file().id(), slot.id())),
        "Rendez-vous fixé : "
            + Slots.when(slot.startsAt())
            + ". La personne reçoit sa convocation.");
  }

  void cancel(Asking dialog, AppointmentDetails booked, String reason) {
    step(
        dialog,
        () -> afterAppointment(source.cancel(booked.id(), reason)),
        "Rendez-vous annulé. La personne en est avertie.");
  }

  void attendance(Asking dialog, AppointmentDetails booked, String outcome) {
    step(
        dialog,
        () -> afterAppointment(source.attendance(booked.id(), outcome)),
        "Présence notée : " + AppointmentTexts.outcome(outcome) + ".");
  }

  /** The latest decision letter, for download. */
  LetterFile letter(UUID orientationId) {
    return source.letter(orientationId);
  }

  /** A step on a notice: done or refused, both said. */
  void markPrinted(NotificationDetails toPrint) {
    ServiceCalls.run(() -> source.markPrinted(toPrint.id()), "Courrier marqué comme posté.");
  }

  void retry(NotificationDetails failed) {
    ServiceCalls.run(
        () -> source.retry(failed.id()),
        failed.channelLabel() + " renvoyé : il part dans quelques instants.");
  }

  /** Everything the section shows for an orientation; a refused part shows why, the rest shows. */
  void display(OrientationFile file) {
    boolean deciding = decider && file.next().contains(OrientationState.DECIDED);
    Pathway proposed = proposed(file);
    StructureChoices names = choices(file, deciding, proposed);
    shown = new Shown(file, deciding, proposed, names, appointments(file), noticesOf(file.id()));
    screen.display(shown);
  }

  /** The directory, with the proposal's ranked placements when a decision is to be taken. */
  private StructureChoices choices(OrientationFile file, boolean deciding, Pathway proposed) {
    List<StructureSummary> structures = source.directory();
    if (!deciding || proposed == null || file.proposal().diagnosticId() == null) {
      return new StructureChoices(structures, List.of(), null);
    }
    // the directory alone still lets the agent decide
    List<RankedStructure> ranked =
        ServiceCalls.orElse(() -> source.placements(file.proposal().diagnosticId()), List.of());
    return new StructureChoices(structures, ranked, proposed);
  }

  /** The appointments come with an accepted referral: none are read before a first referral. */
  private List<AppointmentDetails> appointments(OrientationFile file) {
    if (file.referrals().isEmpty()) {
      return List.of();
    }
    return ServiceCalls.orElse(() -> source.appointments(file.id()), List.of());
  }

  private List<NotificationDetails> noticesOf(UUID orientationId) {
    return ServiceCalls.orElse(() -> source.notices(orientationId), List.of());
  }

  /** The orientation as an appointment step left it (its state follows the appointment). */
  private OrientationFile afterAppointment(AppointmentDetails changed) {
    return source.get(changed.orientationId());
  }

  /** A step asked through a dialog: done, refused on the field, overtaken, or out of reach. */
  private void step(Asking dialog, Supplier<OrientationFile> call, String done) {
    try {
      OrientationFile changed = call.get();
      dialog.close();
      display(changed);
      screen.announce(done);
    } catch (InvalidInputException e) {
      dialog.refuse(e.errors().stream().map(FieldError::message).collect(Collectors.joining(" ")));
    } catch (ConflictException e) {
      dialog.close();
      screen.overtaken(e.getMessage());
    } catch (DomainException e) {
      dialog.close();
      ServiceCalls.refused(e);
    }
  }

  static Pathway proposed(OrientationFile file) {
    return file.proposal() == null
        ? null
        : OrientationTexts.pathway(file.proposal().pathway()).orElse(null);
  }

  /** "Orientation décidée : Professionnel, Pôle emploi Charleville." */
  static String decided(OrientationFile done, StructureChoices names) {
    return "Orientation décidée : "
        + OrientationTexts.pathwayLabel(done.decision().pathway())
        + ", "
        + names.structureName(done.decision().structureId())
        + ".";
  }

  /** "Orientation adressée à la structure. Réponse attendue avant le 12/03/2025 à 14h05." */
  static String referred(OrientationFile done) {
    String due =
        done.referrals().isEmpty()
            ? ""
            : " Réponse attendue avant le "
                + Formats.at(done.referrals().get(done.referrals().size() - 1).dueAt())
                + ".";
    return "Orientation adressée à la structure." + due;
  }
}
