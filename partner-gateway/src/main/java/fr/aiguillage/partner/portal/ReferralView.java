package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.aiguillage.appointment.Appointments;
import fr.aiguillage.appointment.SlotCalendar;
import fr.aiguillage.orientation.PartnerReferrals;
import fr.aiguillage.orientation.PartnerReferrals.Answer;
import fr.aiguillage.orientation.PartnerReferrals.AnswerInput;
import fr.aiguillage.orientation.PartnerReferrals.InboxItem;
import fr.aiguillage.orientation.PartnerReferrals.PartnerReferral;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.Notices;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One referral received: the orientation, the person and how to reach them, the diagnostic they
 * agreed to share, the answer if there is one; while it waits, the partner accepts it (with the
 * referent), refuses it (with a reason) or says it is looking at it; once accepted, the first
 * appointment is booked and followed here. A referral that is not addressed to the caller's
 * organisation is "introuvable", like an unknown one.
 */
@Dependent
@Route(value = ReferralView.ROUTE, layout = PortalLayout.class)
@RolesAllowed({Roles.PARTNER_USER, Roles.PARTNER_ADMIN})
public class ReferralView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
  public static final String ROUTE = "partenaires/orientations/:id";
  static final String ID = "id";
  static final String MISSING_TITLE = "Orientation introuvable";

  private final PartnerReferrals referrals;
  private final fr.aiguillage.contract.PartnerContracts contracts;
  private final H1 title = new H1();
  private final Paragraph missing =
      new Paragraph(
          "Cette orientation n'existe pas ou n'est pas adressée à votre organisation. Retrouvez"
              + " les orientations reçues depuis la liste.");
  private final Div content = new Div();
  private final AcceptDialog acceptDialog = new AcceptDialog(this::accept);
  private final RefuseDialog refuseDialog = new RefuseDialog(this::refuse);
  private final AppointmentBlock appointmentBlock;
  private UUID id;
  private PartnerReferral shown;

  @Inject
  public ReferralView(
      PartnerReferrals referrals,
      fr.aiguillage.contract.PartnerContracts contracts,
      Appointments appointments,
      SlotCalendar calendar,
      Clock clock) {
    this.referrals = referrals;
    this.contracts = contracts;
    this.appointmentBlock = new AppointmentBlock(appointments, calendar, clock, this::reload);
    setId("partner-referral");
    RouterLink back = new RouterLink("Retour aux orientations reçues", InboxView.class);
    back.setId("back");
    title.setId("page-title");
    title.getElement().setAttribute("tabindex", "-1");
    missing.setId("referral-missing");
    missing.setVisible(false);
    content.setId("referral-content");
    content.addClassName("portal-referral");
    add(back, title, missing, content, acceptDialog, refuseDialog);
  }

  /** The route to a referral's page. */
  public static RouteParameters parameters(UUID id) {
    return new RouteParameters(ID, id.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<UUID> wanted = event.getRouteParameters().get(ID).flatMap(ReferralView::uuid);
    if (wanted.isEmpty()) {
      showMissing();
      return;
    }
    id = wanted.get();
    reload();
  }

  @Override
  public String getPageTitle() {
    if (shown == null) {
      return MISSING_TITLE + " — Aiguillage";
    }
    return name(shown.summary()) + " — Aiguillage";
  }

  private void reload() {
    try {
      show(referrals.get(id));
    } catch (NotFoundException e) {
      showMissing();
    }
  }

  private void show(PartnerReferral referral) {
    shown = referral;
    InboxItem s = referral.summary();
    title.setText(name(s));
    missing.setVisible(false);
    content.removeAll();
    content.setVisible(true);
    content.add(
        section("referral-orientation", "L'orientation", ReferralFacts.orientation(referral)),
        section("referral-person", "La personne", ReferralFacts.person(referral)),
        section(
            "shared-diagnostic",
            "Diagnostic partagé par la personne",
            new SharedDiagnosticBlock(referral.diagnostic())));
    answerSection(referral).ifPresent(content::add);
    if ("ACCEPTED".equals(s.status())) {
      appointmentBlock.show(s.referralId(), s.structureId());
      content.add(appointmentBlock);
      content.add(contractSection(s.referralId()));
    }
    // Only a referral waiting for an answer has the answer buttons: they leave the page with it.
    if ("PENDING".equals(s.status())) {
      content.add(actions());
    }
  }

  private void showMissing() {
    shown = null;
    id = null;
    title.setText(MISSING_TITLE);
    missing.setVisible(true);
    content.removeAll();
    content.setVisible(false);
  }

  /** What became of the referral: the answer, or why none is expected any more. */
  private static Optional<Section> answerSection(PartnerReferral r) {
    String status = r.summary().status();
    Section section = new Section();
    section.setId("referral-answer");
    section.addClassName("portal-section");
    H2 heading = new H2("Suite donnée");
    heading.setId("referral-answer-title");
    section.getElement().setAttribute("aria-labelledby", "referral-answer-title");
    section.add(heading);
    switch (status == null ? "" : status) {
      case "ACCEPTED", "REFUSED" -> section.add(ReferralFacts.answer(r));
      case "EXPIRED" ->
          section.add(
              explanation(
                  "Aucune réponse n'a été donnée avant l'échéance : le département reprend la main"
                      + " sur l'orientation de cette personne."));
      case "WITHDRAWN" ->
          section.add(
              explanation(
                  "Le département a retiré cette orientation : elle n'attend plus de réponse de"
                      + " votre part."));
      default -> {
        if (r.summary().reviewingSince() == null) {
          return Optional.empty();
        }
        section.add(
            explanation(
                "Votre structure étudie ce dossier depuis le "
                    + Formats.at(r.summary().reviewingSince())
                    + " ; le département le voit. L'échéance de réponse reste la même."));
      }
    }
    return Optional.of(section);
  }

  private Section actions() {
    H2 heading = new H2("Votre réponse");
    heading.setId("referral-actions-title");
    Paragraph help =
        new Paragraph(
            "Acceptez l'orientation en désignant le référent qui suivra la personne, ou refusez-la"
                + " avec son motif. Si vous avez besoin de temps, signalez au département que vous"
                + " étudiez le dossier : l'échéance ne change pas.");
    help.addClassName("secondary");
    Button accept =
        new Button(
            "Accepter", VaadinIcon.CHECK.create(), click -> acceptDialog.open(shown.referents()));
    accept.setId("accept");
    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button refuse =
        new Button(
            "Refuser",
            VaadinIcon.CLOSE.create(),
            click -> refuseDialog.open(shown.refusalReasons()));
    refuse.setId("refuse");
    Button reviewing =
        new Button("Je regarde ce dossier", VaadinIcon.EYE.create(), click -> reviewing());
    reviewing.setId("reviewing");
    reviewing.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    HorizontalLayout buttons = new HorizontalLayout(accept, refuse, reviewing);
    buttons.setWrap(true);
    buttons.addClassName("portal-actions");
    Section section = new Section(heading, help, buttons);
    section.setId("referral-actions");
    section.addClassName("portal-section");
    section.getElement().setAttribute("aria-labelledby", "referral-actions-title");
    return section;
  }

  private void accept(UUID referentId) {
    answer(
        new AnswerInput(Answer.ACCEPT, referentId, null, null),
        acceptDialog,
        acceptDialog::showErrors,
        "Orientation acceptée.");
  }

  private void refuse(String reason, String text) {
    answer(
        new AnswerInput(Answer.REFUSE, null, reason, text),
        refuseDialog,
        refuseDialog::showErrors,
        "Orientation refusée : le département en est informé.");
  }

  private void reviewing() {
    answer(
        new AnswerInput(Answer.REVIEWING, null, null, null),
        null,
        errors ->
            Notices.error(
                errors.stream().map(FieldError::message).collect(Collectors.joining(" "))),
        "Le département voit que vous étudiez ce dossier.");
  }

  /**
   * Sends the answer: done, the page shows the referral as it now is; refused, the reasons go on
   * the dialog's fields; too late (already answered meanwhile), the service's message and the
   * referral as it now is.
   */
  private void answer(
      AnswerInput input, Dialog dialog, Consumer<List<FieldError>> onInvalid, String done) {
    if (id == null) {
      return;
    }
    try {
      PartnerReferral answered = referrals.answer(id, input);
      close(dialog);
      show(answered);
      Notices.success(done);
      focusTitle();
    } catch (InvalidInputException e) {
      onInvalid.accept(e.errors());
    } catch (ConflictException e) {
      close(dialog);
      Notices.error(e.getMessage());
      reload();
      focusTitle();
    } catch (NotFoundException e) {
      close(dialog);
      showMissing();
      focusTitle();
    }
  }

  private void focusTitle() {
    title.getElement().callJsFunction("focus");
  }

  private static void close(Dialog dialog) {
    if (dialog != null) {
      dialog.close();
    }
  }

  /** Once accepted, the organisation's referent writes the person's contract. */
  private Section contractSection(UUID referralId) {
    Paragraph help =
        new Paragraph(
            "Le contrat d'engagement se signe dans le mois qui suit la notification de"
                + " l'orientation. Rédigez-le avec la personne : son plan d'action part de son"
                + " diagnostic. Vos contrats en cours sont dans « Contrats ».");
    help.addClassName("secondary");
    Button write =
        new Button(
            "Rédiger le contrat",
            VaadinIcon.PENCIL.create(),
            e -> PartnerContractsView.draft(contracts, referralId));
    write.setId("draft-contract");
    write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return section("referral-contract", "Contrat d'engagement", new Div(help, write));
  }

  private static Section section(String id, String heading, Component body) {
    Section section = new Section();
    section.setId(id);
    section.addClassName("portal-section");
    H2 h2 = new H2(heading);
    h2.setId(id + "-title");
    section.getElement().setAttribute("aria-labelledby", id + "-title");
    section.add(h2, body);
    return section;
  }

  private static Paragraph explanation(String text) {
    Paragraph p = new Paragraph(text);
    p.setId("referral-answer-explanation");
    return p;
  }

  private static String name(InboxItem s) {
    return PortalTexts.person(s.lastName(), s.firstNames());
  }

  private static Optional<UUID> uuid(String raw) {
    try {
      return Optional.of(UUID.fromString(raw));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
