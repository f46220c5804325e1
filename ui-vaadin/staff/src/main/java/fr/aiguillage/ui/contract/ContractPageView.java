package fr.aiguillage.ui.contract;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.beneficiary.BeneficiaryView;
import fr.aiguillage.ui.kit.UnsavedChanges;
import fr.aiguillage.ui.kit.contract.ContractPanel;
import fr.aiguillage.ui.kit.contract.ContractTexts;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * One contract, from the person's page or the queues: the kit's contract screen over the
 * département's façade. An unknown contract, or another département's, is "not found".
 */
@Route(value = "contrats/:id([0-9a-fA-F-]{36})", layout = MainLayout.class)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR, Roles.ORIENTATION_AGENT, Roles.REFERENT})
public class ContractPageView extends VerticalLayout
    implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {
  static final String ID = "id";

  private final ContractPanel panel;
  private final UnsavedChanges unsaved =
      new UnsavedChanges(
          "contract-unsaved", "Le brouillon du contrat a été modifié et pas enregistré.");
  private final RouterLink person = new RouterLink();
  private final RouterLink queues = new RouterLink("Mes contrats", MyContractsView.class);

  @Inject
  public ContractPageView(StaffContractPort port) {
    panel =
        new ContractPanel(
            port, id -> UI.getCurrent().navigate(ContractPageView.class, parameters(id)));
    person.setText("Retour à la page de la personne");
    person.setId("back");
    queues.setId("back-to-queues");
    Nav links = new Nav(person, new Span(" · "), queues);
    links.setAriaLabel("Retour");
    add(links, panel);
  }

  public static RouteParameters parameters(UUID id) {
    return new RouteParameters(ID, id.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<UUID> id = event.getRouteParameters().get(ID).flatMap(ContractPageView::uuid);
    if (id.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    panel.show(id.get());
    panel
        .shown()
        .ifPresent(
            c ->
                person.setRoute(
                    BeneficiaryView.class, BeneficiaryView.parameters(c.beneficiaryId())));
  }

  @Override
  public void beforeLeave(BeforeLeaveEvent event) {
    unsaved.guard(event, panel.hasUnsavedChanges());
  }

  @Override
  public String getPageTitle() {
    return panel.shown().map(c -> ContractTexts.title(c) + " — " + c.personName()).orElse("Contrat")
        + " — Aiguillage";
  }

  static Optional<UUID> uuid(String raw) {
    try {
      return Optional.of(UUID.fromString(raw));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
