package fr.aiguillage.ui.diagnostic;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.aiguillage.beneficiary.Beneficiaries;
import fr.aiguillage.beneficiary.BeneficiaryFile;
import fr.aiguillage.criteria.Criteria;
import fr.aiguillage.criteria.Proposal;
import fr.aiguillage.diagnostic.Diagnostics;
import fr.aiguillage.diagnostic.PersonalLinks;
import fr.aiguillage.diagnostic.PersonalLinks.IssuedLink;
import fr.aiguillage.questionnaire.Questionnaire;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.DomainException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.beneficiary.BeneficiaryView;
import fr.aiguillage.ui.kit.FieldErrors;
import fr.aiguillage.ui.kit.Notices;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A person's diagnostic: the questionnaire beside the person's own answers, the criteria's
 * proposal, the personal link, the synthesis that ends it and whether the person agrees to share
 * it. The latest diagnostic, if completed, is shown read-only with "Nouveau diagnostic"; otherwise
 * the one in progress is opened (or created). The services check every right again.
 */
@Route(value = "personnes/:id([0-9a-fA-F-]{36})/diagnostic", layout = MainLayout.class)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR, Roles.ORIENTATION_AGENT, Roles.REFERENT})
public class DiagnosticView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
  static final String ID = "id";

  private final Diagnostics diagnostics;
  private final PersonalLinks links;
  private final Beneficiaries people;
  private final Criteria criteria;
  private final RouterLink back = new RouterLink();
  private final DiagnosticHeader header = new DiagnosticHeader();
  private final Button restart = new Button("Nouveau diagnostic");
  private final QuestionnaireForm form = new QuestionnaireForm(this::saveAnswers);
  private final ProposalPanel proposal = new ProposalPanel(this::propose);
  private final PlacementsPanel placements = new PlacementsPanel(this::showPlacements);
  private final PersonalLinkPanel link;
  private final ClosingPanel closing = new ClosingPanel(this::complete, this::share);
  private Questionnaire questionnaire;
  private String personName;
  private fr.aiguillage.diagnostic.DiagnosticDetails shown;

  @Inject
  public DiagnosticView(
      Diagnostics diagnostics,
      PersonalLinks links,
      Beneficiaries people,
      Criteria criteria,
      @ConfigProperty(name = "aiguillage.app.base-url", defaultValue = "http://localhost:9080")
          String baseUrl) {
    this.diagnostics = diagnostics;
    this.links = links;
    this.people = people;
    this.criteria = criteria;
    this.link = new PersonalLinkPanel(this::issueLink, baseUrl);
    setId("diagnostic-view");
    addClassName("diagnostic-view");
    back.setText("Retour au dossier de la personne");
    back.setId("back-to-person");
    restart.setId("new-diagnostic");
    restart.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    restart.addClickListener(click -> show(diagnostics.open(shown.beneficiaryId())));
    add(back, header, restart, form, proposal, placements, link, closing);
  }

  /** The route to a person's diagnostic. */
  public static RouteParameters parameters(UUID personId) {
    return new RouteParameters(ID, personId.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<UUID> id = event.getRouteParameters().get(ID).flatMap(DiagnosticView::uuid);
    if (id.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    BeneficiaryFile person = people.get(id.get());
    personName = person.lastName() + " " + person.firstNames();
    back.setRoute(BeneficiaryView.class, parameters(person.id()));
    questionnaire = criteria.questionnaire();
    form.build(questionnaire);
    List<fr.aiguillage.diagnostic.DiagnosticDetails> all = diagnostics.ofBeneficiary(person.id());
    boolean latestCompleted =
        !all.isEmpty() && DiagnosticHeader.COMPLETED.equals(all.get(0).status());
    show(latestCompleted ? all.get(0) : diagnostics.open(person.id()));
  }

  @Override
  public String getPageTitle() {
    return (personName == null ? "Diagnostic" : "Diagnostic de " + personName) + " — Aiguillage";
  }

  private void show(fr.aiguillage.diagnostic.DiagnosticDetails d) {
    shown = d;
    boolean readOnly = DiagnosticHeader.COMPLETED.equals(d.status());
    header.show(personName, d);
    restart.setVisible(readOnly);
    form.setReadOnly(readOnly);
    form.show(d);
    proposal.setReadOnly(readOnly);
    proposal.show(d.proposal());
    placements.clear();
    link.setReadOnly(readOnly);
    closing.setReadOnly(readOnly);
    closing.show(d);
  }

  private void saveAnswers() {
    if (save(true)) {
      Notices.success("Réponses enregistrées");
    }
  }

  /** Sends the changed answers; false if refused. */
  private boolean save(boolean sayNothingChanged) {
    Map<String, Object> changes = form.changes();
    if (changes.isEmpty()) {
      if (sayNothingChanged) {
        Notices.success("Aucune réponse modifiée");
      }
      return !sayNothingChanged;
    }
    try {
      show(diagnostics.answer(shown.id(), changes));
      return true;
    } catch (InvalidInputException e) {
      refused(e.errors());
    } catch (ConflictException e) {
      stale(e);
    }
    return false;
  }

  private void propose() {
    if (!form.changes().isEmpty() && !save(false)) {
      return;
    }
    Proposal p = diagnostics.propose(shown.id());
    proposal.show(p, questionnaire);
    placements.clear();
  }

  /** Read-only: where the person could go for the pathway the criteria propose now. */
  private void showPlacements() {
    if (!form.changes().isEmpty() && !save(false)) {
      return;
    }
    placements.show(diagnostics.placements(shown.id()));
  }

  private IssuedLink issueLink() {
    try {
      return links.issue(shown.id(), PersonalLinkPanel.DAYS);
    } catch (ConflictException e) {
      stale(e);
      return null;
    }
  }

  private void complete(String synthesis, String nextSteps, List<String> actions) {
    if (!form.changes().isEmpty() && !save(false)) {
      return;
    }
    try {
      show(diagnostics.complete(shown.id(), synthesis, nextSteps, actions));
      Notices.success("Diagnostic terminé");
    } catch (InvalidInputException e) {
      e.errors().stream()
          .filter(err -> "synthesis".equals(err.field()))
          .findFirst()
          .ifPresentOrElse(
              err -> closing.refuseSynthesis(err.message()), () -> Notices.error(e.getMessage()));
    } catch (ConflictException e) {
      stale(e);
    }
  }

  /** Records the person's agreement alone (what is being typed stays); null if refused. */
  private fr.aiguillage.diagnostic.DiagnosticDetails share(boolean agreed) {
    try {
      return diagnostics.share(shown.id(), agreed);
    } catch (DomainException e) {
      Notices.error(e.getMessage());
      return null;
    }
  }

  private void refused(List<FieldError> errors) {
    List<String> unplaced = form.showErrors(errors);
    Notices.error(
        FieldErrors.summary(
            "Les réponses n'ont pas été enregistrées",
            errors.size() - unplaced.size(),
            unplaced,
            "réponse"));
  }

  /** Completed elsewhere in the meantime: say so and show it as it is now. */
  private void stale(ConflictException e) {
    Notices.error(e.getMessage());
    show(diagnostics.get(shown.id()));
  }

  private static Optional<UUID> uuid(String raw) {
    try {
      return Optional.of(UUID.fromString(raw));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
