package fr.aiguillage.ui.directory;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.aiguillage.beneficiary.Beneficiaries;
import fr.aiguillage.directory.Directory;
import fr.aiguillage.directory.DirectoryFileReader;
import fr.aiguillage.directory.DirectoryFiles;
import fr.aiguillage.directory.ImportReport;
import fr.aiguillage.directory.PartnerOrganisation;
import fr.aiguillage.directory.Referents;
import fr.aiguillage.directory.StructureSummary;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.Territory;
import fr.aiguillage.ui.kit.Notices;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The département's directory: its structures, their load, and a selected structure's referents
 * with their caseload. A département administrator also imports a directory file, entrusts a
 * structure to a partner organisation, and adds or corrects its referents; the services check the
 * caller's rights again.
 */
@Route(value = "annuaire", layout = MainLayout.class)
@PageTitle("Annuaire — Aiguillage")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR, Roles.ORIENTATION_AGENT, Roles.REFERENT})
public class DirectoryView extends VerticalLayout implements BeforeEnterObserver {
  private final Directory directory;
  private final Beneficiaries people;
  private final DirectoryFiles files;
  private final Map<UUID, String> territories = new HashMap<>();
  private final Map<String, String> organisations = new HashMap<>();
  private final Span total = new Span();
  private final StructureGrid grid = new StructureGrid(territories);
  private final StructureDetails details = new StructureDetails(territories, organisations);
  private final OwnerForm ownerForm = new OwnerForm(this::assign);
  private final DirectoryImport importer = new DirectoryImport(this::importFile, this::export);

  @Inject
  public DirectoryView(
      Directory directory,
      Beneficiaries people,
      DirectoryFiles files,
      Referents referents,
      CurrentCaller caller) {
    this.directory = directory;
    this.people = people;
    this.files = files;
    setId("directory-view");
    addClassName("directory-view");
    H1 title = PageHeading.title("Annuaire");
    total.setId("structures-total");
    grid.addSelectionListener(
        selection -> details.show(selection.getFirstSelectedItem().orElse(null)));
    add(title, total, grid, details);
    if (caller.get().hasRole(Roles.TENANT_ADMIN)) {
      details.allowOwnerChange(ownerForm);
      ReferentEditor editor =
          new ReferentEditor(
              referents, territories, this::referentSaved, details::focusReferentActions);
      details.allowReferentChange(editor::add, editor::edit);
      add(importer);
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    territories.clear();
    for (Territory t : people.territories()) {
      territories.put(t.id(), t.name());
    }
    List<PartnerOrganisation> partners = directory.partnerOrganisations();
    organisations.clear();
    partners.forEach(o -> organisations.put(o.id(), o.name()));
    ownerForm.setOrganisations(partners);
    importer.clear();
    reload(Optional.empty());
  }

  /** Reads the directory again and selects structure {@code keep} if it is still there. */
  private void reload(Optional<UUID> keep) {
    List<StructureSummary> structures = directory.directory();
    total.setText(count(structures.size()));
    grid.setItems(structures);
    details.show(null);
    keep.flatMap(id -> structures.stream().filter(s -> s.id().equals(id)).findFirst())
        .ifPresent(grid::select);
  }

  private Optional<UUID> selected() {
    return grid.getSelectedItems().stream().findFirst().map(StructureSummary::id);
  }

  private void importFile(String fileName, byte[] content) {
    try {
      DirectoryFileReader.Table table = DirectoryFileReader.read(content);
      ImportReport report = files.importRows(table.columns(), table.rows());
      if (report.accepted()) {
        importer.accepted(fileName, report);
        reload(selected());
      } else {
        importer.refused(fileName, report.errors().stream().map(ImportProblem::of).toList());
      }
    } catch (InvalidInputException e) {
      importer.refused(fileName, e.errors().stream().map(ImportProblem::of).toList());
    } catch (AccessDeniedException e) {
      importer.clear();
      Notices.error(e.getMessage());
    }
  }

  private List<Map<String, Object>> export() {
    return files.export();
  }

  private void assign(UUID structureId, String organisationId) {
    try {
      StructureSummary saved = directory.assignOwner(structureId, organisationId);
      Notices.success(
          organisationId == null
              ? "La structure « "
                  + saved.name()
                  + " » n'est plus confiée à aucune organisation partenaire."
              : "La structure « "
                  + saved.name()
                  + " » est confiée à "
                  + organisations.getOrDefault(organisationId, organisationId)
                  + ".");
      reload(Optional.of(saved.id()));
      ownerForm.focusField();
    } catch (InvalidInputException e) {
      ownerForm.refuse(String.join(" ", e.errors().stream().map(FieldError::message).toList()));
      Notices.error("L'organisation partenaire n'a pas été enregistrée.");
    } catch (AccessDeniedException | NotFoundException e) {
      Notices.error(e.getMessage());
      reload(selected());
    }
  }

  /**
   * A referent was saved (or could not be): the structure's caseload and referents are read again.
   */
  private void referentSaved(UUID structureId, UUID referentId) {
    reload(Optional.of(structureId));
    details.referentSaved(referentId);
  }

  static String count(int structures) {
    return structures == 0
        ? "Aucune structure"
        : structures == 1 ? "1 structure" : structures + " structures";
  }
}
