package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.UnsavedChanges;
import fr.aiguillage.ui.kit.contract.ContractPanel;
import fr.aiguillage.ui.kit.contract.ContractTexts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * One of the organisation's contracts: the kit's contract screen over the partner's façade. A
 * contract of another organisation is "introuvable", like an unknown one.
 */
@Dependent
@Route(value = PartnerContractPageView.ROUTE, layout = PortalLayout.class)
@RolesAllowed({Roles.PARTNER_USER, Roles.PARTNER_ADMIN})
public class PartnerContractPageView extends VerticalLayout
    implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {
  public static final String ROUTE = "partenaires/contrats/:id";
  static final String ID = "id";

  private final ContractPanel panel;
  private final UnsavedChanges unsaved =
      new UnsavedChanges(
          "contract-unsaved", "Le brouillon du contrat a été modifié et pas enregistré.");
  private final Paragraph missing =
      new Paragraph(
          "Ce contrat n'existe pas ou n'a pas été rédigé par votre organisation. Retrouvez vos"
              + " contrats depuis la liste.");

  @Inject
  public PartnerContractPageView(PartnerContractPort port) {
    panel =
        new ContractPanel(
            port, id -> UI.getCurrent().navigate(PartnerContractPageView.class, parameters(id)));
    setId("partner-contract");
    RouterLink back = new RouterLink("Retour aux contrats", PartnerContractsView.class);
    back.setId("back");
    missing.setId("contract-missing");
    missing.setVisible(false);
    add(back, missing, panel);
  }

  public static RouteParameters parameters(UUID id) {
    return new RouteParameters(ID, id.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<UUID> id = event.getRouteParameters().get(ID).flatMap(PartnerContractPageView::uuid);
    try {
      panel.show(id.orElseThrow(() -> new NotFoundException("Contrat")));
      missing.setVisible(false);
      panel.setVisible(true);
    } catch (NotFoundException e) {
      missing.setVisible(true);
      panel.setVisible(false);
    }
  }

  @Override
  public void beforeLeave(BeforeLeaveEvent event) {
    unsaved.guard(event, panel.hasUnsavedChanges());
  }

  @Override
  public String getPageTitle() {
    return panel
            .shown()
            .filter(c -> panel.isVisible())
            .map(c -> ContractTexts.title(c) + " — " + c.personName())
            .orElse("Contrat introuvable")
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
