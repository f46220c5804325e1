package fr.aiguillage.ui.contract;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.aiguillage.contract.ContractQueues;
import fr.aiguillage.contract.Contracts;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.beneficiary.BeneficiaryView;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.kit.contract.ContractQueueGrid;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;

/**
 * "Mes contrats": the contracts to write (decision notified, nothing signed yet), to sign, and the
 * reviews coming; the coordination also sees those past their deadline. Each queue is read page by
 * page; a line opens the contract, or the person's page where it is drafted.
 */
@Route(value = MyContractsView.ROUTE, layout = MainLayout.class)
@PageTitle("Mes contrats — Aiguillage")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR, Roles.REFERENT})
public class MyContractsView extends VerticalLayout {
  public static final String ROUTE = "contrats";

  @Inject
  public MyContractsView(Contracts contracts, CurrentCaller currentCaller) {
    Caller caller = currentCaller.get();
    setId("my-contracts");
    setSizeFull();
    TabSheet tabs = new TabSheet();
    tabs.setId("contract-queues");
    tabs.setSizeFull();
    for (ContractQueues.Queue queue : queues(caller)) {
      Tab tab = new Tab(queue.label());
      tab.setId("queue-tab-" + queue.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      ContractQueueGrid grid =
          new ContractQueueGrid(
              queue,
              (q, page) -> contracts.queue(q.name(), page),
              MyContractsView::open,
              n -> tab.setLabel(queue.label() + " (" + n + ")"));
      tabs.add(tab, grid);
    }
    add(
        PageHeading.title("Mes contrats"),
        PageHeading.explanation(
            "my-contracts-explanation",
            "Les contrats à rédiger dans le mois qui suit la notification de l'orientation (le"
                + " plus proche de son échéance en premier), ceux qui attendent une signature et"
                + " les bilans des deux semaines à venir."),
        tabs);
    setFlexGrow(1, tabs);
  }

  static List<ContractQueues.Queue> queues(Caller caller) {
    boolean coordination = caller.hasRole(Roles.COORDINATOR) || caller.hasRole(Roles.TENANT_ADMIN);
    return coordination
        ? List.of(ContractQueues.Queue.values())
        : List.of(
            ContractQueues.Queue.TO_WRITE,
            ContractQueues.Queue.TO_SIGN,
            ContractQueues.Queue.TO_REVIEW);
  }

  /** The contract under way, else the person's page where the referent drafts it. */
  private static Component open(ContractQueues.Line line) {
    RouterLink link =
        line.contractId() != null
            ? new RouterLink(
                line.personName(),
                ContractPageView.class,
                ContractPageView.parameters(line.contractId()))
            : new RouterLink(
                line.personName(),
                BeneficiaryView.class,
                BeneficiaryView.parameters(line.beneficiaryId()));
    link.addClassName("queue-person");
    return link;
  }
}
