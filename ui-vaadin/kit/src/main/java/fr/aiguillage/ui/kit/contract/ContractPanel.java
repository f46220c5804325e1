package fr.aiguillage.ui.kit.contract;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.aiguillage.contract.ActionProposals;
import fr.aiguillage.contract.ContractHtml;
import fr.aiguillage.contract.ContractInput;
import fr.aiguillage.contract.ContractState;
import fr.aiguillage.contract.ContractView;
import fr.aiguillage.contract.PlannedAction;
import fr.aiguillage.contract.RemoteSignatures;
import fr.aiguillage.contract.Signature;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.DomainException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.ui.kit.Badges;
import fr.aiguillage.ui.kit.FieldErrors;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.Notices;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.kit.ServiceCalls;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The contract screen, alike in the staff UI and the partner portal: where the contract stands
 * (state, author, dates, deadline); while a draft, its dates and action plan to write with the
 * person, saved and submitted for signature; then the document as it will be signed, signed here by
 * the referent and by the person (consent ticked, name typed, the hash of the document shown sent
 * back) or sent to the person to sign remotely; its PDF; and the steps that close, renew or amend
 * it. What the caller may not change is shown, not offered.
 */
public class ContractPanel extends VerticalLayout {
  static final String PDF = "application/pdf";

  private final ContractPort port;
  private final Consumer<UUID> open;
  private final H1 title = PageHeading.title("Contrat");
  private final Div facts = new Div();
  private final Paragraph alert = FieldErrors.alert("contract-alert", "contract-alert");
  private final TermFields term = new TermFields(this::changed);
  private final PlanEditor plan = new PlanEditor(this::changed);
  private final Button save = new Button("Enregistrer le brouillon", VaadinIcon.CHECK.create());
  private final Button submit =
      new Button("Soumettre à la signature", VaadinIcon.ARROW_RIGHT.create());
  private final HorizontalLayout draftActions = new HorizontalLayout(save, submit);
  private final Div editor = new Div(term, plan, draftActions);
  private final Div document = new Div();
  private final Div signing = new Div();
  private final SignatureForm referentForm;
  private final SignatureForm personForm;
  private final Div remote = new Div();
  private final RadioButtonGroup<RemoteSignatures.Channel> channel = new RadioButtonGroup<>();
  private final Paragraph remoteAlert = FieldErrors.alert("remote-alert", "contract-alert");
  private final HorizontalLayout lifecycle = new HorizontalLayout();
  private final Details history = new Details("Historique du contrat");
  private final ContractReasonDialog reopenDialog;
  private final ContractReasonDialog cancelDialog;
  private final ContractReasonDialog endDialog;
  private ContractView shown;
  private String shownSha;
  private boolean dirty;

  /**
   * @param open opens another contract (the renewal or the amendment just drafted)
   */
  public ContractPanel(ContractPort port, Consumer<UUID> open) {
    this.port = port;
    this.open = open;
    setId("contract-panel");
    addClassName("contract-panel");
    title.getElement().setAttribute("tabindex", "-1");
    facts.setId("contract-facts");
    facts.addClassName("contract-facts");
    save.setId("contract-save");
    save.addClickListener(e -> save().ifPresent(v -> said(v, "Brouillon enregistré.")));
    submit.setId("contract-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(e -> submit());
    draftActions.addClassName("form-actions");
    document.setId("contract-document-section");
    document.addClassName("contract-document-section");
    signing.setId("contract-signing");
    signing.addClassName("contract-signing");
    referentForm =
        new SignatureForm(
            "referent-signature",
            "Signature du référent",
            "Vous signez le contrat que vous avez rédigé, tel qu'il est affiché ci-dessus.",
            "J'ai relu ce contrat et je le signe en tant que référent(e)",
            "Votre prénom et votre nom",
            "Signer en tant que référent(e)",
            f -> sign(f, () -> port.signAsReferent(shown.id(), f.given(shownSha))));
    personForm =
        new SignatureForm(
            "person-signature",
            "Signature de la personne, sur place",
            "La personne lit le contrat à l'écran, coche la case et tape son nom.",
            "J'ai lu ce contrat et je l'accepte",
            "Prénom et nom de la personne",
            "La personne signe",
            f -> sign(f, () -> port.signInPerson(shown.id(), f.given(shownSha))));
    remoteBlock();
    lifecycle.setId("contract-lifecycle");
    lifecycle.setWrap(true);
    lifecycle.addClassName("form-actions");
    history.setId("contract-history");
    reopenDialog =
        new ContractReasonDialog(
            "contract-reopen",
            "Revenir au brouillon",
            "Le document soumis et les signatures déjà faites sont écartés ; le contrat redevient"
                + " un brouillon à modifier.",
            "Revenir au brouillon",
            true,
            (d, reason) ->
                step(
                    d,
                    () -> port.reopen(shown.id(), reason),
                    "Le contrat est de nouveau un brouillon."));
    cancelDialog =
        new ContractReasonDialog(
            "contract-cancel",
            "Annuler le contrat",
            "Un contrat qui n'a pas commencé s'annule, avec son motif.",
            "Annuler le contrat",
            true,
            (d, reason) -> step(d, () -> port.cancel(shown.id(), reason), "Contrat annulé."));
    endDialog =
        new ContractReasonDialog(
            "contract-end",
            "Mettre fin au contrat",
            "À son terme, le contrat prend fin sans motif ; avant, dites pourquoi.",
            "Mettre fin au contrat",
            false,
            (d, reason) -> step(d, () -> port.end(shown.id(), reason), "Le contrat a pris fin."));
    editor.setId("contract-editor");
    editor.addClassName("contract-editor");
    add(title, facts, alert, editor, document, signing, lifecycle, history);
    add(reopenDialog, cancelDialog, endDialog);
  }

  /**
   * Shows a contract.
   *
   * @throws NotFoundException when the caller may not read it
   */
  public void show(UUID id) {
    show(port.get(id));
  }

  public Optional<ContractView> shown() {
    return Optional.ofNullable(shown);
  }

  /** Whether the draft has changes not saved yet. */
  public boolean hasUnsavedChanges() {
    return dirty;
  }

  private void show(ContractView c) {
    shown = c;
    shownSha = c.documentSha256();
    boolean writes = port.mayWrite(c);
    boolean draft = c.state() == ContractState.DRAFT;
    title.setText(ContractTexts.title(c) + " — " + c.personName());
    FieldErrors.clear(alert, allFields());
    showFacts(c);
    editor.setVisible(draft);
    if (draft) {
      term.show(c.term(), writes);
      ActionProposals proposed = writes ? ServiceCalls.orElse(() -> port.proposals(c), null) : null;
      List<PlannedAction.PartnerService> services =
          writes ? ServiceCalls.orElse(() -> port.partnerServices(c.id()), List.of()) : List.of();
      plan.show(c.plan(), proposed, services, c.term().reviewOn(), writes);
      draftActions.setVisible(writes);
    }
    showDocument(c);
    showSigning(c, writes);
    showLifecycle(c, writes);
    showHistory(c);
    dirty = false;
  }

  private void showFacts(ContractView c) {
    facts.removeAll();
    Span state =
        Badges.status(
            c.stateLabel(),
            ContractTexts.stateTheme(c.state()),
            "contract-state",
            c.state().name());
    state.setId("contract-state");
    Paragraph author = line("contract-author", ContractTexts.author(c.author()));
    Paragraph dates = line("contract-dates", ContractTexts.term(c));
    facts.add(new Paragraph(new Span("État : "), state), author, dates);
    Optional.ofNullable(ContractTexts.deadline(c.deadline()))
        .ifPresent(d -> facts.add(line("contract-deadline", d)));
    if (c.reexaminationOn() != null) {
      facts.add(
          line(
              "contract-reexamination",
              "Réexamen de l'orientation à prévoir le " + Formats.day(c.reexaminationOn())));
    }
    if (c.closure() != null && c.closure().reason() != null) {
      facts.add(line("contract-closure", "Motif : " + c.closure().reason()));
    }
  }

  private void showDocument(ContractView c) {
    document.removeAll();
    boolean frozen = c.documentSha256() != null;
    H2 heading = new H2(frozen ? "Le document à signer" : "Aperçu du document");
    heading.setId("contract-document-title");
    document.getElement().setAttribute("role", "region");
    document.getElement().setAttribute("aria-labelledby", "contract-document-title");
    document.add(heading);
    if (!frozen) {
      Paragraph help =
          new Paragraph(
              "Le document tel qu'il se lit avec le brouillon enregistré ; il est figé quand il"
                  + " est soumis à la signature.");
      help.addClassName("secondary");
      document.add(help);
    }
    Div text = new Div();
    text.setId("contract-document");
    text.addClassName("contract-document");
    // it scrolls: the keyboard reaches it, a screen reader names it
    text.getElement().setAttribute("tabindex", "0");
    text.getElement().setAttribute("role", "region");
    text.getElement().setAttribute("aria-label", "Texte du contrat");
    // the server escapes the template's text and every merged value (ADR 0014)
    if (c.html() != null && !c.html().isBlank()) {
      text.add(new Html(ContractHtml.headingsFrom(c.html().strip(), 3)));
    }
    document.add(text);
    if (frozen) {
      Paragraph sha = line("contract-sha", ContractTexts.fingerprint(c.documentSha256()));
      sha.addClassName("contract-sha");
      document.add(sha);
    }
  }

  private void showSigning(ContractView c, boolean writes) {
    signing.removeAll();
    UnorderedList made = new UnorderedList();
    made.setId("contract-signatures");
    c.signatures().forEach(s -> made.add(new ListItem(ContractTexts.signature(s))));
    boolean toSign = c.state() == ContractState.TO_SIGN;
    if (c.signatures().isEmpty() && !toSign) {
      signing.setVisible(false);
      return;
    }
    signing.setVisible(true);
    H2 heading = new H2("Signatures");
    heading.setId("contract-signing-title");
    signing.getElement().setAttribute("role", "region");
    signing.getElement().setAttribute("aria-labelledby", "contract-signing-title");
    signing.add(heading);
    if (!c.signatures().isEmpty()) {
      signing.add(made);
    }
    if (toSign && writes) {
      if (!signed(c, Signature.Signer.REFERENT)) {
        referentForm.clear();
        signing.add(referentForm);
      }
      if (!signed(c, Signature.Signer.PERSON)) {
        personForm.clear();
        signing.add(personForm);
        remoteAlert.setVisible(false);
        signing.add(remote);
      }
    }
  }

  private static boolean signed(ContractView c, Signature.Signer who) {
    return c.signatures().stream().anyMatch(s -> s.signer() == who);
  }

  private void remoteBlock() {
    remote.setId("remote-signature-form");
    remote.addClassName("contract-signature-form");
    com.vaadin.flow.component.html.H3 heading =
        new com.vaadin.flow.component.html.H3("Ou signature à distance par la personne");
    heading.setId("remote-signature-title");
    remote.getElement().setAttribute("role", "group");
    remote.getElement().setAttribute("aria-labelledby", "remote-signature-title");
    Paragraph help =
        new Paragraph(
            "La personne reçoit un lien vers sa page : elle y lit le contrat, demande un code à"
                + " usage unique et signe sur son téléphone.");
    help.addClassName("secondary");
    channel.setId("remote-channel");
    channel.setLabel("Envoyer le lien par");
    channel.setItems(RemoteSignatures.Channel.values());
    channel.setItemLabelGenerator(ch -> ch == RemoteSignatures.Channel.SMS ? "SMS" : "Courriel");
    channel.setValue(RemoteSignatures.Channel.SMS);
    Button send =
        new Button(
            "Envoyer le lien de signature", VaadinIcon.PAPERPLANE.create(), e -> sendRemote());
    send.setId("remote-send");
    remote.add(heading, help, channel, remoteAlert, send);
  }

  private void showLifecycle(ContractView c, boolean writes) {
    lifecycle.removeAll();
    lifecycle.add(pdfLink(c));
    if (!writes) {
      return;
    }
    LocalDate today = LocalDate.now(Formats.PARIS);
    boolean started = !c.term().start().isAfter(today);
    switch (c.state()) {
      case TO_SIGN -> {
        lifecycle.add(button("contract-reopen", "Revenir au brouillon", reopenDialog::ask));
        lifecycle.add(button("contract-cancel", "Annuler le contrat", cancelDialog::ask));
      }
      case DRAFT ->
          lifecycle.add(button("contract-cancel", "Annuler le contrat", cancelDialog::ask));
      case SIGNED, REVIEW_DUE -> {
        lifecycle.add(
            started
                ? button("contract-end", "Mettre fin au contrat", endDialog::ask)
                : button("contract-cancel", "Annuler le contrat", cancelDialog::ask));
        lifecycle.add(button("contract-amend", "Rédiger un avenant", this::amend));
        lifecycle.add(button("contract-renew", "Renouveler le contrat", this::renew));
      }
      case ENDED -> lifecycle.add(button("contract-renew", "Renouveler le contrat", this::renew));
      default -> {
        // renewed or cancelled: nothing more to do with this one
      }
    }
  }

  private Anchor pdfLink(ContractView c) {
    UUID id = c.id();
    String name = "contrat-" + c.contractVersion() + "-" + id.toString().substring(0, 8) + ".pdf";
    Anchor link =
        new Anchor(
            DownloadHandler.fromInputStream(
                download -> {
                  try {
                    byte[] pdf = port.pdf(id);
                    return new DownloadResponse(
                        new ByteArrayInputStream(pdf), name, PDF, pdf.length);
                  } catch (NotFoundException e) {
                    return DownloadResponse.error(404, e.getMessage());
                  }
                }),
            AttachmentType.DOWNLOAD,
            c.state().signed()
                ? "Télécharger le contrat signé (PDF)"
                : "Télécharger le contrat (PDF)");
    link.setId("contract-pdf");
    link.getElement().setAttribute("type", PDF);
    link.addClassName("link-button");
    return link;
  }

  private void showHistory(ContractView c) {
    OrderedList steps = new OrderedList();
    steps.setId("contract-history-steps");
    c.history()
        .forEach(
            s ->
                steps.add(
                    new ListItem(
                        Formats.at(s.at())
                            + " — "
                            + s.label()
                            + (s.actor() == null ? "" : " (" + s.actor() + ")")
                            + (s.reason() == null ? "" : " : " + s.reason()))));
    history.removeAll();
    history.add(steps);
  }

  // ---- actions ----

  private void changed() {
    dirty = true;
  }

  /** Saves the draft's dates and plan; the refusals go onto their fields. */
  private Optional<ContractView> save() {
    FieldErrors.clear(alert, allFields());
    ContractInput input;
    try {
      input =
          new ContractInput(
              null,
              term.start.getValue(),
              term.duration.getValue(),
              term.longReason.getValue(),
              term.review.getValue(),
              plan.plan(),
              shown.rowVersion());
    } catch (InvalidInputException e) {
      refused(e.errors(), "Le brouillon n'a pas été enregistré");
      return Optional.empty();
    }
    return call(() -> port.edit(shown.id(), input), "Le brouillon n'a pas été enregistré");
  }

  private void submit() {
    Optional<ContractView> saved = dirty ? save() : Optional.of(shown);
    if (saved.isEmpty()) {
      return;
    }
    shown = saved.get();
    call(() -> port.submit(shown.id()), "Le contrat n'a pas été soumis à la signature")
        .ifPresent(v -> said(v, "Le contrat est prêt à être signé : relisez-le avec la personne."));
  }

  private void sign(SignatureForm form, Supplier<ContractView> signing) {
    try {
      ContractView v = signing.get();
      said(
          v,
          v.state() == ContractState.SIGNED
              ? "Le contrat est signé par les deux parties."
              : "Signature enregistrée.");
    } catch (InvalidInputException e) {
      form.refuse(e.errors());
    } catch (DomainException e) {
      ServiceCalls.refused(e);
      show(shown.id());
    }
  }

  private void sendRemote() {
    remoteAlert.setVisible(false);
    try {
      RemoteSignatures.Sent sent = port.sendForRemoteSignature(shown.id(), channel.getValue());
      Notices.success(
          "Lien de signature envoyé "
              + (sent.channel() == RemoteSignatures.Channel.SMS ? "par SMS au " : "par courriel à ")
              + sent.to()
              + " ; il est valable jusqu'au "
              + Formats.at(sent.expiresAt())
              + ".");
    } catch (InvalidInputException e) {
      FieldErrors.show(e.errors(), remoteAlert, Map.of(), "Le lien n'a pas été envoyé");
    } catch (DomainException e) {
      ServiceCalls.refused(e);
    }
  }

  private void step(ContractReasonDialog dialog, Supplier<ContractView> step, String done) {
    try {
      ContractView v = step.get();
      dialog.close();
      said(v, done);
    } catch (InvalidInputException e) {
      dialog.refuse(
          e.errors().stream().map(FieldError::message).reduce((a, b) -> a + " " + b).orElse(""));
    } catch (DomainException e) {
      dialog.close();
      ServiceCalls.refused(e);
      show(shown.id());
    }
  }

  private void renew() {
    ServiceCalls.attempt(
            () ->
                port.renew(shown.id(), new ContractInput(null, null, null, null, null, null, null)))
        .ifPresent(
            v -> {
              Notices.success(
                  "Le renouvellement est un nouveau brouillon, à écrire avec la personne.");
              open.accept(v.id());
            });
  }

  private void amend() {
    ServiceCalls.attempt(() -> port.amend(shown.id()))
        .ifPresent(
            v -> {
              Notices.success(
                  "L'avenant reprend le contrat signé : modifiez-le puis faites-le signer.");
              open.accept(v.id());
            });
  }

  /** A change asked of the service: done, its answer; refused, said on the fields or above. */
  private Optional<ContractView> call(Supplier<ContractView> change, String notDone) {
    try {
      return Optional.of(change.get());
    } catch (InvalidInputException e) {
      refused(e.errors(), notDone);
    } catch (ConflictException e) {
      alert.setText(e.getMessage());
      alert.setVisible(true);
      ServiceCalls.refused(e);
    } catch (DomainException e) {
      ServiceCalls.refused(e);
    }
    return Optional.empty();
  }

  private void refused(List<FieldError> errors, String notDone) {
    FieldErrors.show(ContractFieldPaths.normalised(errors), alert, allFields(), notDone);
  }

  private Map<String, HasValidation> allFields() {
    Map<String, HasValidation> fields = new HashMap<>(term.fields());
    fields.putAll(plan.fields());
    return fields;
  }

  private void said(ContractView v, String done) {
    show(v);
    Notices.success(done);
    title.getElement().callJsFunction("focus");
  }

  private static Paragraph line(String id, String text) {
    Paragraph p = new Paragraph(text);
    p.setId(id);
    return p;
  }

  private static Button button(String id, String text, Runnable action) {
    Button b = new Button(text, e -> action.run());
    b.setId(id);
    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    return b;
  }
}
