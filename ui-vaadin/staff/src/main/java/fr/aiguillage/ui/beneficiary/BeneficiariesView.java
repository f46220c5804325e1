package fr.aiguillage.ui.beneficiary;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import fr.aiguillage.beneficiary.Beneficiaries;
import fr.aiguillage.beneficiary.BeneficiarySummary;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.stream.Stream;

/** The staff's home: the département's people, filtered, a page at a time from the service. */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = BeneficiariesView.ALIAS, layout = MainLayout.class)
@PageTitle("Personnes — Aiguillage")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR, Roles.ORIENTATION_AGENT, Roles.REFERENT})
public class BeneficiariesView extends VerticalLayout implements BeforeEnterObserver {
  public static final String ALIAS = "personnes";

  private final Beneficiaries service;
  private final Span total = new Span();
  private final BeneficiaryFilters filters;
  private final BeneficiaryGrid grid = new BeneficiaryGrid(this::open);

  @Inject
  public BeneficiariesView(Beneficiaries service) {
    this.service = service;
    this.filters = new BeneficiaryFilters(() -> grid.getDataProvider().refreshAll());
    setSizeFull();
    total.setId("total");
    total.getElement().setAttribute("aria-live", "polite");
    add(heading(), filters, total, grid);
    setFlexGrow(1, grid);
    grid.setItems(this::fetch, this::count);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    filters.setTerritories(TerritoryOption.of(service.territories()));
  }

  private HorizontalLayout heading() {
    H1 title = PageHeading.title("Personnes");
    Button create = new Button("Nouvelle personne", VaadinIcon.PLUS.create());
    create.setId("new-beneficiary");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(click -> UI.getCurrent().navigate(NewBeneficiaryView.class));
    HorizontalLayout heading = new HorizontalLayout(title, create);
    heading.setWidthFull();
    heading.setAlignItems(FlexComponent.Alignment.BASELINE);
    heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
    return heading;
  }

  /** The grid asks by offset and limit, aligned on its page size: that is a page number. */
  private Stream<BeneficiarySummary> fetch(Query<BeneficiarySummary, Void> query) {
    if (query.getLimit() == 0) {
      return Stream.empty();
    }
    PageRequest page = new PageRequest(query.getPage(), query.getPageSize());
    return service.search(filters.search(), page).items().stream();
  }

  private int count(Query<BeneficiarySummary, Void> query) {
    long found = service.count(filters.search());
    total.setText(
        found > Beneficiaries.COUNT_CAP
            ? "Plus de " + Formats.people(Beneficiaries.COUNT_CAP) + " : affinez la recherche"
            : Formats.people(found));
    return (int) Math.min(found, Integer.MAX_VALUE);
  }

  private void open(BeneficiarySummary person) {
    UI.getCurrent().navigate(BeneficiaryView.class, BeneficiaryView.parameters(person.id()));
  }
}
