package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.aiguillage.appointment.AppointmentView;
import fr.aiguillage.appointment.Appointments;
import fr.aiguillage.appointment.SlotView;
import fr.aiguillage.appointment.Slots;
import fr.aiguillage.criteria.Pathway;
import fr.aiguillage.diagnostic.DiagnosticService;
import fr.aiguillage.directory.DirectoryService;
import fr.aiguillage.directory.Placement.RankedStructure;
import fr.aiguillage.directory.StructureView;
import fr.aiguillage.notification.LetterFile;
import fr.aiguillage.notification.NotificationService;
import fr.aiguillage.notification.NotificationView;
import fr.aiguillage.orientation.Decision;
import fr.aiguillage.orientation.OrientationFile;
import fr.aiguillage.orientation.OrientationService;
import fr.aiguillage.orientation.OrientationState;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.DomainException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.ui.kit.Notices;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The orientation section of a person's page: where it stands, its delays, the proposal, the
 * decision, the referrals, the first appointment, the letters and notices sent, and the dated
 * history; for deciders, the decision form and the next steps the lifecycle allows. It holds the
 * calls to the services; its parts only show and ask.
 */
public class OrientationPanel extends Section {
  private final OrientationService orientations;
  private final DiagnosticService diagnostics;
  private final DirectoryService directory;
  private final NotificationService notifications;
  private final Appointments appointments;
  private final Slots slots;
  private final boolean decider;
  private final H2 title = new H2("Orientation");
  private final StatusMessage status = new StatusMessage("orientation-message");
  private final ConflictNotice conflict = new ConflictNotice(this::reload);
  private final StateSummary state = new StateSummary();
  private final DelaysBlock delays = new DelaysBlock();
  private final ProposalSummary proposal = new ProposalSummary();
  private final DecisionSummary decision = new DecisionSummary();
  private final DecisionForm form = new DecisionForm(this::decide);
  private final OrientationActions actions =
      new OrientationActions(this::refer, this::askReview, this::askClose);
  private final ReferralsList referrals = new ReferralsList();
  private final AppointmentsBlock firstAppointment =
      new AppointmentsBlock(this::askBooking, this::askCancel, this::askAttendance);
  private final NoticesBlock notices =
      new NoticesBlock(this::showNotices, this::markPrinted, this::retry, this::letter);
  private final HistoryTable history = new HistoryTable();
  private Runnable onChange = () -> {};
  private OrientationFile file;
  private StructureChoices names = StructureChoices.none();

  @Inject
  public OrientationPanel(
      OrientationService orientations,
      DiagnosticService diagnostics,
      DirectoryService directory,
      NotificationService notifications,
      Appointments appointments,
      Slots slots,
      CurrentCaller caller) {
    this.orientations = orientations;
    this.diagnostics = diagnostics;
    this.directory = directory;
    this.notifications = notifications;
    this.appointments = appointments;
    this.slots = slots;
    this.decider = Deciders.canDecide(caller.get());
    setId("orientation-panel");
    addClassName("orientation-panel");
    title.setId("orientation-title");
    title.getElement().setAttribute("tabindex", "-1");
    getElement().setAttribute("aria-labelledby", "orientation-title");
    Paragraph readOnly =
        new Paragraph(
            "Consultation seule : l'orientation est décidée par les agents d'orientation, les"
                + " coordinateurs et les administrateurs du département.");
    readOnly.setId("orientation-read-only");
    readOnly.addClassName("secondary");
    readOnly.setVisible(!decider);
    add(
        title,
        readOnly,
        status,
        conflict,
        state,
        delays,
        proposal,
        decision,
        form,
        actions,
        referrals,
        firstAppointment,
        notices,
        history);
  }

  /** Shows the person's orientation in progress (the service opens it if need be). */
  public void show(UUID beneficiaryId) {
    status.clear();
    display(orientations.ofBeneficiary(beneficiaryId));
  }

  /** Called after each change the panel makes (the person's status follows the orientation). */
  public void onChange(Runnable listener) {
    onChange = listener;
  }

  private void reload() {
    status.clear();
    display(orientations.get(file.id()));
    focusTitle();
  }

  private void display(OrientationFile shown) {
    file = shown;
    conflict.hide();
    boolean deciding = decider && shown.next().contains(OrientationState.DECIDED);
    names = choices(shown, deciding);
    state.show(shown);
    delays.show(shown.delays());
    proposal.show(shown.proposal());
    decision.show(shown.decision(), names);
    form.setVisible(deciding);
    if (deciding) {
      form.show(proposed(shown), names);
    }
    actions.show(shown, decider);
    referrals.show(shown.referrals(), names);
    showAppointments();
    showNotices();
    history.show(shown.history());
  }

  /** The directory, with the proposal's ranked placements when a decision is to be taken. */
  private StructureChoices choices(OrientationFile shown, boolean deciding) {
    List<StructureView> structures = directory.directory();
    Pathway proposedPathway = proposed(shown);
    if (!deciding || proposedPathway == null || shown.proposal().diagnosticId() == null) {
      return new StructureChoices(structures, List.of(), null);
    }
    List<RankedStructure> ranked;
    try {
      ranked = diagnostics.placements(shown.proposal().diagnosticId());
    } catch (DomainException e) {
      ranked = List.of(); // the directory alone still lets the agent decide
    }
    return new StructureChoices(structures, ranked, proposedPathway);
  }

  private void showNotices() {
    List<NotificationView> sent;
    try {
      sent = notifications.ofOrientation(file.id());
    } catch (DomainException e) {
      sent = List.of(); // the orientation still shows without its notices
    }
    notices.show(file.id(), sent, decider);
  }

  /** The appointments come with an accepted referral: none are read before a first referral. */
  private void showAppointments() {
    List<AppointmentView> booked;
    try {
      booked = file.referrals().isEmpty() ? List.of() : appointments.ofOrientation(file.id());
    } catch (DomainException e) {
      booked = List.of(); // the orientation still shows without its appointments
    }
    firstAppointment.show(file, booked, Instant.now());
  }

  private void markPrinted(NotificationView toPrint) {
    noticeStep(() -> notifications.markPrinted(toPrint.id()), "Courrier marqué comme posté.");
  }

  private void retry(NotificationView failed) {
    noticeStep(
        () -> notifications.retry(failed.id()),
        failed.channelLabel() + " renvoyé : il part dans quelques instants.");
  }

  /** A step on a notice: done or refused, then the notices as they are now. */
  private void noticeStep(Runnable call, String done) {
    try {
      call.run();
      Notices.success(done);
    } catch (ConflictException | NotFoundException e) {
      Notices.error(e.getMessage());
    }
    showNotices();
    notices.focusTitle();
  }

  private LetterFile letter(UUID orientationId) {
    return notifications.letter(orientationId);
  }

  private static Pathway proposed(OrientationFile shown) {
    return shown.proposal() == null
        ? null
        : OrientationTexts.pathway(shown.proposal().pathway()).orElse(null);
  }

  private void decide(Decision d) {
    form.clearErrors();
    try {
      OrientationFile done = orientations.decide(file.id(), file.version(), d);
      display(done);
      announce(
          "Orientation décidée : "
              + OrientationTexts.pathwayLabel(done.decision().pathway())
              + ", "
              + names.structureName(done.decision().structureId())
              + ".");
    } catch (InvalidInputException e) {
      form.showErrors(e.errors());
    } catch (ConflictException e) {
      conflict.show(e.getMessage());
    }
  }

  private void refer() {
    try {
      OrientationFile done = orientations.refer(file.id(), file.version());
      String due =
          done.referrals().isEmpty()
              ? ""
              : " Réponse attendue avant le "
                  + OrientationTexts.at(done.referrals().get(done.referrals().size() - 1).dueAt())
                  + ".";
      display(done);
      announce("Orientation adressée à la structure." + due);
    } catch (ConflictException e) {
      conflict.show(e.getMessage());
    }
  }

  private void askReview() {
    new ReasonDialog(
            "review-again",
            "Renvoyer au diagnostic",
            "La proposition demande un examen approfondi : le diagnostic de la personne est"
                + " rouvert et une nouvelle proposition sera faite à sa fin.",
            "Ce qu'il faut revoir",
            "Renvoyer au diagnostic",
            (dialog, reason) ->
                step(
                    dialog,
                    () -> orientations.reviewAgain(file.id(), file.version(), reason),
                    "Proposition renvoyée au diagnostic."))
        .open();
  }

  private void askClose() {
    new ReasonDialog(
            "close",
            "Sortie du RSA",
            "Le dossier d'orientation de la personne sera clos ; un adressage en attente de"
                + " réponse sera retiré.",
            "Motif de sortie du RSA",
            "Clore le dossier",
            (dialog, reason) ->
                step(
                    dialog,
                    () -> orientations.close(file.id(), reason),
                    "Dossier d'orientation clos : sortie du RSA."))
        .open();
  }

  private void askBooking() {
    UUID structureId = file.decision().structureId();
    LocalDate today = LocalDate.now(OrientationTexts.PARIS);
    List<SlotView> free;
    try {
      free = slots.calendar(today, today.plusDays(28), structureId, true);
    } catch (DomainException e) {
      Notices.error(e.getMessage());
      return;
    }
    new ChoiceDialog<SlotView>(
            "staff-book",
            "slot",
            "Fixer le premier rendez-vous",
            "La personne reçoit sa convocation dès que le rendez-vous est confirmé.",
            "Confirmer le rendez-vous",
            (dialog, slot) ->
                step(
                    dialog,
                    () ->
                        appointmentStep(
                            appointments.bookForOrientation(file.id(), slot.id(), null)),
                    "Rendez-vous fixé : "
                        + Slots.when(slot.startsAt())
                        + ". La personne reçoit sa convocation."))
        .ask(
            "Créneaux libres de " + names.structureName(structureId),
            free,
            AppointmentTexts::slot,
            "Choisissez un créneau libre.",
            AppointmentTexts.NO_SLOT)
        .open();
  }

  private void askCancel(AppointmentView booked) {
    new ReasonDialog(
            "staff-cancel-appointment",
            "Annuler le rendez-vous",
            "Le rendez-vous du "
                + Slots.when(booked.startsAt())
                + " est annulé : le créneau est libéré, la personne en est avertie et un autre"
                + " rendez-vous pourra être fixé.",
            "Motif de l'annulation",
            "Confirmer l'annulation",
            (dialog, reason) ->
                step(
                    dialog,
                    () -> appointmentStep(appointments.cancel(booked.id(), reason)),
                    "Rendez-vous annulé. La personne en est avertie."))
        .open();
  }

  private void askAttendance(AppointmentView booked) {
    new ChoiceDialog<String>(
            "staff-attendance",
            "outcome",
            "Noter la présence",
            "Premier rendez-vous du "
                + Slots.when(booked.startsAt())
                + ", "
                + booked.structureName()
                + ".",
            "Enregistrer la présence",
            (dialog, outcome) ->
                step(
                    dialog,
                    () -> appointmentStep(appointments.attendance(booked.id(), outcome)),
                    "Présence notée : " + AppointmentTexts.outcome(outcome) + "."))
        .ask(
            "La personne est-elle venue ?",
            AppointmentTexts.outcomes(),
            AppointmentTexts::outcome,
            "Indiquez si la personne est venue.",
            "")
        .open();
  }

  /** The orientation as an appointment step left it (its state follows the appointment). */
  private OrientationFile appointmentStep(AppointmentView changed) {
    return orientations.get(changed.orientationId());
  }

  /** A step asked through a dialog: done, refused on the field, overtaken, or out of reach. */
  private void step(StepDialog dialog, Supplier<OrientationFile> call, String done) {
    try {
      OrientationFile changed = call.get();
      dialog.close();
      display(changed);
      announce(done);
    } catch (InvalidInputException e) {
      dialog.refuse(e.errors().stream().map(FieldError::message).collect(Collectors.joining(" ")));
    } catch (ConflictException e) {
      dialog.close();
      conflict.show(e.getMessage());
    } catch (AccessDeniedException | NotFoundException e) {
      dialog.close();
      Notices.error(e.getMessage());
    }
  }

  /** Brings the keyboard back to the section after its content changed under it. */
  private void focusTitle() {
    title.getElement().callJsFunction("focus");
  }

  /** Says what was done, brings the focus back to the section and lets the page follow. */
  private void announce(String message) {
    status.say(message);
    focusTitle();
    onChange.run();
  }
}
