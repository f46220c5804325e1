package fr.aiguillage.ui.session;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.aiguillage.appointment.AppointmentDetails;
import fr.aiguillage.appointment.SlotDetails;
import fr.aiguillage.contract.ContractHtml;
import fr.aiguillage.contract.ContractView;
import fr.aiguillage.contract.Contracts;
import fr.aiguillage.notification.LetterFile;
import fr.aiguillage.notification.SessionLetters;
import fr.aiguillage.session.DeskView;
import fr.aiguillage.session.SessionDesk;
import fr.aiguillage.session.SessionRequests;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.DomainException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.Badges;
import fr.aiguillage.ui.kit.FieldErrors;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.Notices;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.kit.ServiceCalls;
import fr.aiguillage.ui.kit.contract.ContractTexts;
import fr.aiguillage.ui.layout.MainLayout;
import fr.aiguillage.vocabulary.Pathway;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One person at the agent's desk, step by step: the proposal and its reasons; the orientation
 * validated as proposed (the best-placed structure present chosen already) or set aside; the
 * simplified contract drafted and signed by both; the first appointment booked on a free slot; the
 * convocation printed. A simple case takes eight clicks from the board.
 */
@Route(
    value = "sessions/:id([0-9a-fA-F-]{36})/bureau/:personId([0-9a-fA-F-]{36})",
    layout = MainLayout.class)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR, Roles.ORIENTATION_AGENT})
public class DeskPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
  static final String PERSON = "personId";

  private final SessionLetters letters;
  private final SessionDesk desk;
  private final Contracts contracts;
  private final Div body = new Div();
  private UUID id;
  private UUID personId;
  private String title = "Bureau — Aiguillage";

  @Inject
  public DeskPageView(SessionDesk desk, Contracts contracts, SessionLetters letters) {
    this.desk = desk;
    this.contracts = contracts;
    this.letters = letters;
    setId("desk-view");
    body.setId("desk-body");
    body.addClassName("desk-body");
    body.setWidthFull();
  }

  public static RouteParameters parameters(UUID sessionId, UUID personId) {
    return new RouteParameters(
        Map.of(SessionPageView.ID, sessionId.toString(), PERSON, personId.toString()));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<UUID> s =
        event.getRouteParameters().get(SessionPageView.ID).flatMap(SessionPageView::uuid);
    Optional<UUID> p = event.getRouteParameters().get(PERSON).flatMap(SessionPageView::uuid);
    if (s.isEmpty() || p.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    id = s.get();
    personId = p.get();
    DeskView.Desk d;
    try {
      d = desk.open(id, personId);
    } catch (ConflictException taken) {
      Notices.error(taken.getMessage());
      event.forwardTo(BoardView.class, BoardView.parameters(id));
      return;
    }
    removeAll();
    RouterLink back =
        new RouterLink("Retour au tableau", BoardView.class, BoardView.parameters(id));
    back.setId("back-to-board");
    add(back, PageHeading.title("Bureau — " + d.line().name()), body);
    show(d);
  }

  @Override
  public String getPageTitle() {
    return title;
  }

  private void show(DeskView.Desk d) {
    title = "Bureau — " + d.line().name() + " — Aiguillage";
    body.removeAll();
    body.add(proposal(d));
    DeskView.Line l = d.line();
    if (l.outcome() == null) {
      body.add(orientation(d));
    } else {
      Paragraph outcome =
          new Paragraph(
              l.outcomeLabel()
                  + (d.structureName() == null ? "" : " — " + d.structureName())
                  + (d.referentName() == null ? "" : ", référent " + d.referentName())
                  + (d.setAsideReason() == null ? "" : " — motif : " + d.setAsideReason()));
      outcome.setId("desk-outcome");
      body.add(outcome);
    }
    if (l.outcome() == fr.aiguillage.session.Invitation.Outcome.ORIENTED) {
      body.add(contract(d));
      if (d.contract() != null && d.contract().state().signed()) {
        body.add(appointment(d));
      }
    }
  }

  // ---- the proposal ----

  private Section proposal(DeskView.Desk d) {
    Section s = section("desk-proposal", "Proposition");
    DeskView.Proposal p = d.line().proposal();
    if (p == null) {
      s.add(
          new Paragraph(
              "Pas encore de proposition : la personne n'a pas répondu ; le bureau part des"
                  + " réponses du professionnel."));
    } else {
      Paragraph pathway = new Paragraph(p.pathwayLabel());
      pathway.setId("desk-pathway");
      pathway.addClassName("desk-pathway");
      Paragraph why =
          new Paragraph(
              (p.explanation() == null ? "" : p.explanation())
                  + (p.rule() == null ? "" : " (règle « " + p.rule() + " »)"));
      why.setId("desk-explanation");
      s.add(pathway, why);
      if (!p.missingAnswers().isEmpty()) {
        s.add(new Paragraph("Réponses manquantes : " + String.join(", ", p.missingAnswers())));
      }
    }
    Div flags = new Div();
    flags.setId("desk-flags");
    flags.addClassName("board-flags");
    if (d.line().flagLabels().isEmpty()) {
      flags.add(Badges.of("Cas simple", "success", "board-simple"));
    }
    d.line().flagLabels().forEach(f -> flags.add(Badges.of(f, "error", "board-flag")));
    s.add(flags);
    if (!d.differences().isEmpty()) {
      UnorderedList differences = new UnorderedList();
      differences.setId("desk-differences");
      d.differences()
          .forEach(
              x ->
                  differences.add(
                      new ListItem(
                          x.questionCode()
                              + " : la personne « "
                              + x.personValue()
                              + " », le professionnel « "
                              + x.professionalValue()
                              + " »")));
      s.add(new Paragraph("Différences entre les réponses :"), differences);
    }
    return s;
  }

  // ---- validate or set aside ----

  private Section orientation(DeskView.Desk d) {
    Section s = section("desk-orientation", "Orientation");
    Select<DeskView.Placement> structure = new Select<>();
    structure.setId("desk-structure");
    structure.setLabel("Structure");
    structure.setItems(d.placements());
    structure.setItemLabelGenerator(
        p ->
            p.name()
                + (p.present() ? " — présente à la session" : "")
                + (p.placesLeft() == null ? "" : " — " + p.placesLeft() + " place(s)")
                + (p.full() ? " (complète)" : ""));
    structure.setItemEnabledProvider(p -> !p.full());
    d.placements().stream().filter(p -> !p.full()).findFirst().ifPresent(structure::setValue);
    structure.setWidth("min(36em, 100%)");
    ComboBox<DeskView.Referent> referent = new ComboBox<>("Référent (facultatif)");
    referent.setId("desk-referent");
    referent.setItemLabelGenerator(DeskView.Referent::name);
    referent.setClearButtonVisible(true);
    referent.setItems(structure.getValue() == null ? List.of() : structure.getValue().referents());
    structure.addValueChangeListener(
        e -> {
          referent.clear();
          referent.setItems(e.getValue() == null ? List.of() : e.getValue().referents());
        });
    Select<Pathway> pathway = new Select<>();
    pathway.setId("desk-pathway-change");
    pathway.setLabel("Autre parcours (facultatif)");
    pathway.setItems(Arrays.asList(Pathway.values()));
    pathway.setItemLabelGenerator(x -> x == null ? "Le parcours proposé" : x.label());
    pathway.setEmptySelectionAllowed(true);
    pathway.setEmptySelectionCaption("Le parcours proposé");
    TextArea reason = new TextArea("Motif du changement");
    reason.setId("desk-reason");
    reason.setMaxLength(Limits.REASON);
    reason.setWidthFull();
    Details change =
        new Details(
            "Changer de structure, de référent ou de parcours", new Div(referent, pathway, reason));
    change.setId("desk-change");
    Paragraph alert = FieldErrors.alert("desk-orientation-alert", "form-alert");
    Button validate =
        new Button(
            "Valider l'orientation",
            e -> {
              FieldErrors.clear(alert, Map.of("pathway", pathway, "reason", reason));
              SessionRequests.Validate in =
                  new SessionRequests.Validate(
                      pathway.getValue() == null ? null : pathway.getValue().name(),
                      structure.getValue() == null ? null : structure.getValue().id().toString(),
                      referent.getValue() == null ? null : referent.getValue().id().toString(),
                      blank(reason.getValue()),
                      null);
              step(
                  () -> desk.validate(id, personId, in),
                  "Orientation validée.",
                  errors ->
                      FieldErrors.show(
                          errors,
                          alert,
                          Map.of(
                              "pathway", pathway,
                              "structureId", structure,
                              "referentId", referent,
                              "reason", reason),
                          "L'orientation n'a pas été validée"));
            });
    validate.setId("desk-validate");
    validate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    Button aside = new Button("Mettre de côté", e -> setAside());
    aside.setId("desk-set-aside");
    aside.addThemeVariants(ButtonVariant.LUMO_LARGE);
    HorizontalLayout buttons = new HorizontalLayout(validate, aside);
    buttons.setWrap(true);
    s.add(structure, change, alert, buttons);
    return s;
  }

  private void setAside() {
    Dialog dialog = new Dialog();
    dialog.setId("set-aside-dialog");
    dialog.setHeaderTitle("Mettre de côté pour un examen approfondi");
    TextArea reason = new TextArea("Motif");
    reason.setId("set-aside-reason");
    reason.setMaxLength(Limits.REASON);
    reason.setWidthFull();
    Paragraph alert = FieldErrors.alert("set-aside-alert", "form-alert");
    dialog.add(alert, reason);
    Button confirm =
        new Button(
            "Mettre de côté",
            e ->
                ServiceCalls.fromDialog(
                    dialog,
                    () -> desk.setAside(id, personId, reason.getValue()),
                    errors ->
                        FieldErrors.show(
                            errors,
                            alert,
                            Map.of("reason", reason),
                            "La personne n'a pas été mise de côté"),
                    d -> {
                      Notices.success("Mise de côté pour un examen approfondi.");
                      show(d);
                    },
                    this::reload));
    confirm.setId("set-aside-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button("Annuler", e -> dialog.close()), confirm);
    dialog.open();
  }

  // ---- the simplified contract ----

  private Section contract(DeskView.Desk d) {
    Section s = section("desk-contract", "Contrat simplifié");
    ContractView c = d.contract();
    if (c == null) {
      Button draft =
          new Button(
              "Rédiger le contrat simplifié",
              e -> step(() -> desk.contract(id, personId), "Contrat rédigé.", this::unplaced));
      draft.setId("desk-draft-contract");
      draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
      s.add(draft);
      return s;
    }
    Span state =
        Badges.status(
            c.stateLabel(),
            c.state().signed() ? "success" : null,
            "contract-state",
            c.state().name());
    state.setId("desk-contract-state");
    s.add(state);
    Div text = new Div();
    text.setId("desk-contract-document");
    text.addClassName("contract-document");
    text.getElement().setAttribute("tabindex", "0");
    text.getElement().setAttribute("role", "region");
    text.getElement().setAttribute("aria-label", "Texte du contrat");
    // the server escapes the template's text and every merged value (ADR 0014)
    if (c.html() != null && !c.html().isBlank()) {
      text.add(new Html(ContractHtml.headingsFrom(c.html().strip(), 3)));
    }
    Paragraph sha = new Paragraph(ContractTexts.fingerprint(c.documentSha256()));
    sha.setId("desk-contract-sha");
    sha.addClassName("contract-sha");
    s.add(text, sha);
    if (c.state().signed()) {
      UnorderedList made = new UnorderedList();
      made.setId("desk-signatures");
      c.signatures()
          .forEach(
              x ->
                  made.add(
                      new ListItem(
                          x.signerLabel()
                              + " : "
                              + x.typedName()
                              + ", le "
                              + Formats.at(x.signedAt()))));
      s.add(made);
      s.add(pdf(c, "Télécharger le contrat signé (PDF)", "desk-contract-pdf"));
      return s;
    }
    s.add(signatures(c));
    return s;
  }

  private Div signatures(ContractView c) {
    Div form = new Div();
    form.setId("desk-signatures-form");
    form.addClassName("desk-signatures");
    Checkbox agentConsent =
        new Checkbox("J'ai relu le contrat avec la personne et je le signe pour le département");
    agentConsent.setId("desk-agent-consent");
    TextField agentName = new TextField("Nom de l'agent, tapé par l'agent");
    agentName.setId("desk-agent-name");
    agentName.setMaxLength(Limits.NAME);
    agentName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
    Checkbox personConsent =
        new Checkbox("J'ai lu le contrat et je m'engage à le respecter (la personne)");
    personConsent.setId("desk-person-consent");
    TextField personName = new TextField("Nom de la personne, tapé par la personne");
    personName.setId("desk-person-name");
    personName.setMaxLength(Limits.NAME);
    personName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
    Paragraph alert = FieldErrors.alert("desk-signatures-alert", "form-alert");
    Button sign =
        new Button(
            "Signer",
            e -> {
              FieldErrors.clear(alert, Map.<String, TextField>of());
              step(
                  () ->
                      desk.sign(
                          id,
                          personId,
                          new SessionRequests.Signatures(
                              agentConsent.getValue(),
                              agentName.getValue(),
                              personConsent.getValue(),
                              personName.getValue(),
                              c.documentSha256())),
                  "Contrat signé par l'agent et la personne.",
                  // the agent signs first: a refusal names the field of the first signer refused
                  errors ->
                      FieldErrors.show(
                          errors,
                          alert,
                          Map.<String, TextField>of(),
                          "Le contrat n'a pas été signé"));
            });
    sign.setId("desk-sign");
    sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    form.add(
        new Paragraph(
            "Chacun coche son accord et tape son nom ; l'empreinte du document affiché est jointe"
                + " aux signatures."),
        agentConsent,
        agentName,
        personConsent,
        personName,
        alert,
        sign);
    return form;
  }

  // ---- the first appointment ----

  private Section appointment(DeskView.Desk d) {
    Section s = section("desk-appointment", "Premier rendez-vous");
    AppointmentDetails a = d.appointment();
    if (a != null) {
      Paragraph booked =
          new Paragraph(
              "Rendez-vous le "
                  + Formats.at(a.startsAt())
                  + " avec "
                  + (a.referentName() == null
                      ? a.structureName()
                      : a.referentName() + " (" + a.structureName() + ")")
                  + (a.location() == null ? "" : " — " + a.location())
                  + " — "
                  + a.modalityLabel());
      booked.setId("desk-appointment-booked");
      s.add(booked);
      s.add(
          download(
              "Imprimer la convocation au rendez-vous (PDF)",
              "desk-print",
              () -> letters.deskAppointment(id, personId)));
      RouterLink next =
          new RouterLink(
              "Personne suivante : retour au tableau", BoardView.class, BoardView.parameters(id));
      next.setId("desk-next");
      s.add(new Div(next));
      return s;
    }
    if (d.slots().isEmpty()) {
      s.add(
          new Paragraph(
              "Aucun créneau libre de " + d.structureName() + " dans les trois semaines à venir."));
      return s;
    }
    Paragraph help = new Paragraph("Créneaux libres de " + d.structureName() + " :");
    Div slots = new Div();
    slots.setId("desk-slots");
    slots.addClassName("desk-slots");
    slots.getElement().setAttribute("role", "group");
    slots.getElement().setAttribute("aria-label", "Créneaux libres");
    SlotDetails[] chosen = new SlotDetails[1];
    Button book = new Button("Fixer le rendez-vous");
    book.setId("desk-book");
    book.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    book.setEnabled(false);
    for (SlotDetails sl : d.slots()) {
      Button b =
          new Button(
              Formats.at(sl.startsAt())
                  + (sl.referentName() == null ? "" : " — " + sl.referentName())
                  + " — "
                  + sl.modalityLabel());
      b.addClassName("desk-slot");
      b.getElement().setAttribute("data-slot", sl.id().toString());
      b.getElement().setAttribute("aria-pressed", "false");
      b.addThemeVariants(ButtonVariant.LUMO_LARGE);
      b.addClickListener(
          e -> {
            chosen[0] = sl;
            slots
                .getChildren()
                .forEach(
                    x -> {
                      x.getElement().setAttribute("aria-pressed", "false");
                      ((Button) x).removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    });
            b.getElement().setAttribute("aria-pressed", "true");
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            book.setEnabled(true);
            book.setText("Fixer le rendez-vous du " + Formats.at(sl.startsAt()));
          });
      slots.add(b);
    }
    book.addClickListener(
        e -> {
          if (chosen[0] == null) {
            return;
          }
          step(
              () -> desk.book(id, personId, new SessionRequests.Booking(chosen[0].id().toString())),
              "Rendez-vous fixé.",
              this::unplaced);
        });
    s.add(help, slots, book);
    return s;
  }

  private Anchor pdf(ContractView c, String text, String anchorId) {
    UUID contractId = c.id();
    return download(
        text,
        anchorId,
        () ->
            new LetterFile(
                "contrat-" + contractId.toString().substring(0, 8) + ".pdf",
                contracts.pdf(contractId)));
  }

  /** A PDF to download, written when the link is followed. */
  private static Anchor download(String text, String anchorId, Supplier<LetterFile> file) {
    Anchor link =
        new Anchor(
            DownloadHandler.fromInputStream(
                download -> {
                  LetterFile f = file.get();
                  return new DownloadResponse(
                      new ByteArrayInputStream(f.pdf()),
                      f.fileName(),
                      "application/pdf",
                      f.pdf().length);
                }),
            AttachmentType.DOWNLOAD,
            text);
    link.setId(anchorId);
    link.addClassName("desk-print");
    return link;
  }

  // ---- inside ----

  /**
   * Runs a desk step: done, the desk shows what it became; refused on input, the reasons go on the
   * fields; impossible (taken meanwhile, state changed), said, and the desk read again.
   */
  private void step(
      Supplier<DeskView.Desk> call,
      String done,
      java.util.function.Consumer<List<FieldError>> invalid) {
    DeskView.Desk d;
    try {
      d = call.get();
    } catch (InvalidInputException e) {
      invalid.accept(e.errors());
      return;
    } catch (DomainException e) {
      ServiceCalls.refused(e);
      reload();
      return;
    }
    Notices.success(done);
    show(d);
  }

  private void unplaced(List<FieldError> errors) {
    Notices.error(String.join(" ", errors.stream().map(FieldError::message).toList()));
  }

  private void reload() {
    ServiceCalls.attempt(() -> desk.open(id, personId)).ifPresent(this::show);
  }

  private static Section section(String id, String heading) {
    Section s = new Section();
    s.setId(id);
    s.addClassName("desk-section");
    H2 h = new H2(heading);
    h.setId(id + "-title");
    s.getElement().setAttribute("aria-labelledby", id + "-title");
    s.add(h);
    return s;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
