package fr.aiguillage.ui.contract;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import fr.aiguillage.contract.ContractInput;
import fr.aiguillage.contract.ContractState;
import fr.aiguillage.contract.ContractSummary;
import fr.aiguillage.contract.Contracts;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.Badges;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.ServiceCalls;
import fr.aiguillage.ui.kit.contract.ContractTexts;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * The "Contrats" section of a person's page: every contract of the person in order (versions,
 * renewals and amendments kept), each opening its screen; a referent starts the first one, or the
 * next once none is under way.
 */
public class PersonContracts extends Section {
  private final Contracts contracts;
  private final boolean referent;
  private final OrderedList list = new OrderedList();
  private final Paragraph none =
      new Paragraph("Aucun contrat pour l'instant : il se rédige une fois l'orientation décidée.");
  private final Button draft = new Button("Rédiger le contrat", VaadinIcon.PENCIL.create());
  private UUID beneficiaryId;

  @Inject
  public PersonContracts(Contracts contracts, CurrentCaller caller) {
    this.contracts = contracts;
    this.referent = caller.get().hasRole(Roles.REFERENT);
    setId("person-contracts");
    addClassName("person-contracts");
    H2 title = new H2("Contrats");
    title.setId("person-contracts-title");
    getElement().setAttribute("aria-labelledby", "person-contracts-title");
    list.setId("person-contracts-list");
    none.setId("person-contracts-none");
    none.addClassName("secondary");
    draft.setId("draft-contract");
    draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    draft.addClickListener(e -> startDraft());
    add(title, none, list, draft);
  }

  public void show(UUID beneficiaryId) {
    this.beneficiaryId = beneficiaryId;
    List<ContractSummary> found =
        ServiceCalls.orElse(() -> contracts.ofPerson(beneficiaryId), List.of());
    list.removeAll();
    found.forEach(c -> list.add(item(c)));
    none.setVisible(found.isEmpty());
    list.setVisible(!found.isEmpty());
    draft.setVisible(
        referent
            && found.stream()
                .noneMatch(
                    c -> c.state() == ContractState.DRAFT || c.state() == ContractState.TO_SIGN));
  }

  private static ListItem item(ContractSummary c) {
    RouterLink link =
        new RouterLink(
            c.kindLabel()
                + (c.contractVersion() > 1 ? " (version " + c.contractVersion() + ")" : ""),
            ContractPageView.class,
            ContractPageView.parameters(c.id()));
    link.addClassName("person-contract-link");
    Span state =
        Badges.status(
            c.stateLabel(),
            ContractTexts.stateTheme(c.state()),
            "contract-state",
            c.state().name());
    Span dates =
        new Span(
            " du "
                + Formats.day(c.startDate())
                + " au "
                + Formats.day(c.endDate())
                + (c.referentName() == null ? "" : " · " + c.referentName()));
    dates.addClassName("secondary");
    return new ListItem(link, new Span(" "), state, dates);
  }

  private void startDraft() {
    ServiceCalls.attempt(
            () ->
                contracts.draft(
                    beneficiaryId, new ContractInput(null, null, null, null, null, null, null)))
        .ifPresent(
            c ->
                UI.getCurrent()
                    .navigate(ContractPageView.class, ContractPageView.parameters(c.id())));
  }
}
