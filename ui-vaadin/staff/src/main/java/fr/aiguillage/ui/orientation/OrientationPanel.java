package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.aiguillage.appointment.AppointmentDetails;
import fr.aiguillage.appointment.SlotDetails;
import fr.aiguillage.appointment.Slots;
import fr.aiguillage.notification.LetterFile;
import fr.aiguillage.notification.NotificationDetails;
import fr.aiguillage.orientation.Decision;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.ui.kit.Formats;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The orientation section of a person's page: where it stands, its delays, the proposal, the
 * decision, the referrals, the first appointment, the letters and notices sent, and the dated
 * history; for deciders, the decision form and the next steps the lifecycle allows. It composes its
 * parts and opens the dialogs; {@link OrientationPresenter} decides and calls the services.
 */
public class OrientationPanel extends Section implements OrientationPresenter.Screen {
  private final OrientationPresenter presenter;
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
      new NoticesBlock(this::refreshNotices, this::markPrinted, this::retry, this::letter);
  private final HistoryTable history = new HistoryTable();
  private Runnable onChange = () -> {};
  private UUID orientationId;

  @Inject
  public OrientationPanel(OrientationSource source, CurrentCaller caller) {
    presenter = new OrientationPresenter(source, Deciders.canDecide(caller.get()), this);
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
    readOnly.setVisible(!presenter.decider());
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
    presenter.open(beneficiaryId);
  }

  /** Called after each change the panel makes (the person's status follows the orientation). */
  public void onChange(Runnable listener) {
    onChange = listener;
  }

  @Override
  public void display(OrientationPresenter.Shown shown) {
    orientationId = shown.file().id();
    conflict.hide();
    state.show(shown.file());
    delays.show(shown.file().delays());
    proposal.show(shown.file().proposal());
    decision.show(shown.file().decision(), shown.names());
    form.setVisible(shown.deciding());
    if (shown.deciding()) {
      form.show(shown.proposed(), shown.names());
    }
    actions.show(shown.file(), presenter.decider());
    referrals.show(shown.file().referrals(), shown.names());
    firstAppointment.show(shown.file(), shown.appointments(), Instant.now());
    notices.show(orientationId, shown.notices(), presenter.decider());
    history.show(shown.file().history());
  }

  /** Says what was done, brings the focus back to the section and lets the page follow. */
  @Override
  public void announce(String message) {
    status.say(message);
    focusTitle();
    onChange.run();
  }

  @Override
  public void overtaken(String message) {
    conflict.show(message);
  }

  private void reload() {
    status.clear();
    presenter.reload();
    focusTitle();
  }

  private void refreshNotices() {
    notices.show(orientationId, presenter.notices(), presenter.decider());
  }

  private void markPrinted(NotificationDetails toPrint) {
    presenter.markPrinted(toPrint);
    noticesChanged();
  }

  private void retry(NotificationDetails failed) {
    presenter.retry(failed);
    noticesChanged();
  }

  /** After a step on a notice, done or refused: the notices as they are now. */
  private void noticesChanged() {
    refreshNotices();
    notices.focusTitle();
  }

  private void decide(Decision d) {
    form.clearErrors();
    presenter.decide(d, form::showErrors);
  }

  private LetterFile letter(UUID id) {
    return presenter.letter(id);
  }

  private void refer() {
    presenter.refer();
  }

  private void askReview() {
    new ReasonDialog(
            "review-again",
            "Renvoyer au diagnostic",
            "La proposition demande un examen approfondi : le diagnostic de la personne est"
                + " rouvert et une nouvelle proposition sera faite à sa fin.",
            "Ce qu'il faut revoir",
            "Renvoyer au diagnostic",
            presenter::reviewAgain)
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
            presenter::close)
        .open();
  }

  private void askBooking() {
    presenter
        .freeSlots(LocalDate.now(Formats.PARIS))
        .ifPresent(
            free ->
                new ChoiceDialog<SlotDetails>(
                        "staff-book",
                        "slot",
                        "Fixer le premier rendez-vous",
                        "La personne reçoit sa convocation dès que le rendez-vous est confirmé.",
                        "Confirmer le rendez-vous",
                        presenter::book)
                    .ask(
                        "Créneaux libres de " + presenter.decidedStructureName(),
                        free,
                        AppointmentTexts::slot,
                        "Choisissez un créneau libre.",
                        AppointmentTexts.NO_SLOT)
                    .open());
  }

  private void askCancel(AppointmentDetails booked) {
    new ReasonDialog(
            "staff-cancel-appointment",
            "Annuler le rendez-vous",
            "Le rendez-vous du "
                + Slots.when(booked.startsAt())
                + " est annulé : le créneau est libéré, la personne en est avertie et un autre"
                + " rendez-vous pourra être fixé.",
            "Motif de l'annulation",
            "Confirmer l'annulation",
            (dialog, reason) -> presenter.cancel(dialog, booked, reason))
        .open();
  }

  private void askAttendance(AppointmentDetails booked) {
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
            (dialog, outcome) -> presenter.attendance(dialog, booked, outcome))
        .ask(
            "La personne est-elle venue ?",
            AppointmentTexts.outcomes(),
            AppointmentTexts::outcome,
            "Indiquez si la personne est venue.",
            "")
        .open();
  }

  /** Brings the keyboard back to the section after its content changed under it. */
  private void focusTitle() {
    title.getElement().callJsFunction("focus");
  }
}
