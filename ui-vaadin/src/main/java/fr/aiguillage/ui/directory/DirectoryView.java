package fr.aiguillage.ui.directory;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.aiguillage.beneficiary.BeneficiaryService;
import fr.aiguillage.directory.DirectoryService;
import fr.aiguillage.directory.StructureView;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.Territory;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The département's directory: its structures, their load, and a selected structure's referents
 * with their caseload. Read-only; the service checks the caller's rights again.
 */
@Route(value = "annuaire", layout = MainLayout.class)
@PageTitle("Annuaire — Aiguillage")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR, Roles.ORIENTATION_AGENT, Roles.REFERENT})
public class DirectoryView extends VerticalLayout implements BeforeEnterObserver {
  private final DirectoryService directory;
  private final BeneficiaryService people;
  private final Map<UUID, String> territories = new HashMap<>();
  private final Span total = new Span();
  private final StructureGrid grid = new StructureGrid(territories);
  private final StructureDetails details = new StructureDetails(territories);

  @Inject
  public DirectoryView(DirectoryService directory, BeneficiaryService people) {
    this.directory = directory;
    this.people = people;
    setId("directory-view");
    addClassName("directory-view");
    H1 title = new H1("Annuaire");
    title.setId("page-title");
    total.setId("structures-total");
    grid.addSelectionListener(
        selection -> details.show(selection.getFirstSelectedItem().orElse(null)));
    add(title, total, grid, details);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    territories.clear();
    for (Territory t : people.territories()) {
      territories.put(t.id(), t.name());
    }
    List<StructureView> structures = directory.directory();
    total.setText(count(structures.size()));
    grid.setItems(structures);
    details.show(null);
  }

  static String count(int structures) {
    return structures == 0
        ? "Aucune structure"
        : structures == 1 ? "1 structure" : structures + " structures";
  }
}
