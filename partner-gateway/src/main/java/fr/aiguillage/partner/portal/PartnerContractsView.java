package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.aiguillage.contract.ContractInput;
import fr.aiguillage.contract.ContractQueues;
import fr.aiguillage.contract.PartnerContracts;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.kit.ServiceCalls;
import fr.aiguillage.ui.kit.contract.ContractQueueGrid;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * The organisation's contracts: to write for the people whose referral it accepted, to sign, and
 * the reviews coming. A line opens its contract, or drafts it from the accepted referral.
 */
@Dependent
@Route(value = PartnerContractsView.ROUTE, layout = PortalLayout.class)
@PageTitle("Contrats — Aiguillage")
@RolesAllowed({Roles.PARTNER_USER, Roles.PARTNER_ADMIN})
public class PartnerContractsView extends VerticalLayout {
  public static final String ROUTE = "partenaires/contrats";

  private final PartnerContracts contracts;

  @Inject
  public PartnerContractsView(PartnerContracts contracts) {
    this.contracts = contracts;
    setId("partner-contracts");
    setSizeFull();
    TabSheet tabs = new TabSheet();
    tabs.setId("contract-queues");
    tabs.setSizeFull();
    for (ContractQueues.Queue queue :
        List.of(
            ContractQueues.Queue.TO_WRITE,
            ContractQueues.Queue.TO_SIGN,
            ContractQueues.Queue.TO_REVIEW)) {
      Tab tab = new Tab(queue.label());
      tab.setId("queue-tab-" + queue.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      tabs.add(
          tab,
          new ContractQueueGrid(
              queue,
              (q, page) -> contracts.queue(q.name(), page),
              this::open,
              n -> tab.setLabel(queue.label() + " (" + n + ")")));
    }
    add(
        PageHeading.title("Contrats"),
        PageHeading.explanation(
            "contracts-explanation",
            "Les contrats à rédiger avec les personnes dont votre organisation a accepté"
                + " l'orientation, ceux qui attendent une signature et les bilans des deux"
                + " semaines à venir."),
        tabs);
    setFlexGrow(1, tabs);
  }

  /** The contract under way, else a button that drafts it from the accepted referral. */
  private Component open(ContractQueues.Line line) {
    if (line.contractId() != null) {
      RouterLink link =
          new RouterLink(
              line.personName(),
              PartnerContractPageView.class,
              PartnerContractPageView.parameters(line.contractId()));
      link.addClassName("queue-person");
      return link;
    }
    if (line.referralId() == null) {
      return new Span(line.personName());
    }
    Button write = new Button("Rédiger le contrat", e -> draft(contracts, line.referralId()));
    write.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    write.setAriaLabel("Rédiger le contrat de " + line.personName());
    write.addClassName("queue-draft");
    Span cell = new Span(new Span(line.personName() + " — "), write);
    cell.addClassName("queue-person");
    return cell;
  }

  /** Drafts the contract of an accepted referral's person and opens it. */
  static void draft(PartnerContracts contracts, UUID referralId) {
    ServiceCalls.attempt(
            () ->
                contracts.draft(
                    referralId, new ContractInput(null, null, null, null, null, null, null)))
        .ifPresent(
            c ->
                UI.getCurrent()
                    .navigate(
                        PartnerContractPageView.class, PartnerContractPageView.parameters(c.id())));
  }
}
