package fr.aiguillage.ui.beneficiary;

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
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.contract.PersonContracts;
import fr.aiguillage.ui.diagnostic.DiagnosticView;
import fr.aiguillage.ui.layout.MainLayout;
import fr.aiguillage.ui.orientation.OrientationPanel;
import fr.aiguillage.ui.session.PersonSessionsPanel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's page: their file, read-only until corrected. An unknown id, or another département's,
 * is "not found": the service's {@code NotFoundException} leads the router to the 404 page.
 */
@Route(value = "personnes/:id([0-9a-fA-F-]{36})", layout = MainLayout.class)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR, Roles.ORIENTATION_AGENT, Roles.REFERENT})
public class BeneficiaryView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {
  static final String ID = "id";

  private final Beneficiaries service;
  private final BeneficiaryHeader header = new BeneficiaryHeader();
  private final RightBlock right = new RightBlock();
  private final BeneficiaryForm form = new BeneficiaryForm();
  private final RouterLink diagnostic = new RouterLink();
  private final OrientationPanel orientation;
  private final PersonContracts contracts;
  private final PersonSessionsPanel sessions;
  private BeneficiaryFile file;

  @Inject
  public BeneficiaryView(
      Beneficiaries service,
      OrientationPanel orientation,
      PersonContracts contracts,
      PersonSessionsPanel sessions) {
    this.service = service;
    this.orientation = orientation;
    this.contracts = contracts;
    this.sessions = sessions;
    RouterLink back = new RouterLink("Retour à la liste des personnes", BeneficiariesView.class);
    back.setId("back");
    diagnostic.setText("Diagnostic");
    diagnostic.setId("open-diagnostic");
    diagnostic.addClassName("link-button");
    add(back, header, right, diagnostic, form, orientation, sessions, contracts);
    orientation.onChange(this::orientationChanged);
    form.addSaveListener(
        save ->
            Submission.send(form, () -> service.correct(file.id(), file.version(), save.draft()))
                .ifPresent(this::show));
  }

  /** The route to a person's page. */
  public static RouteParameters parameters(UUID id) {
    return new RouteParameters(ID, id.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<UUID> id = event.getRouteParameters().get(ID).flatMap(BeneficiaryView::uuid);
    if (id.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    form.setTerritories(TerritoryOption.of(service.territories()));
    show(service.get(id.get()));
    orientation.show(id.get());
    contracts.show(id.get());
    sessions.show(id.get());
  }

  @Override
  public String getPageTitle() {
    return (file == null ? "Dossier" : BeneficiaryHeader.fullName(file)) + " — Aiguillage";
  }

  private void show(BeneficiaryFile shown) {
    file = shown;
    header.show(shown);
    right.show(shown);
    diagnostic.setRoute(DiagnosticView.class, DiagnosticView.parameters(shown.id()));
    form.show(shown.toDraft(), shown.nirMasked());
    form.setEditing(false);
  }

  /**
   * The person's status follows their orientation (and their file's version moves with it): the
   * header and the version used by a correction are read again; the form keeps what is typed.
   */
  private void orientationChanged() {
    file = service.get(file.id());
    header.show(file);
    contracts.show(file.id());
    sessions.show(file.id());
  }

  private static Optional<UUID> uuid(String raw) {
    try {
      return Optional.of(UUID.fromString(raw));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
