package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.aiguillage.beneficiary.Beneficiaries;
import fr.aiguillage.orientation.BatchResult;
import fr.aiguillage.orientation.OrientationDecisions;
import fr.aiguillage.orientation.OrientationQueries;
import fr.aiguillage.orientation.QueueItem;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * "À orienter": the people waiting for the département to orient them, longest wait first, a page
 * at a time from the service. Deciders may tick simple cases and accept their proposals at once.
 */
@Route(value = OrientationsView.ROUTE, layout = MainLayout.class)
@PageTitle("À orienter — Aiguillage")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR, Roles.ORIENTATION_AGENT, Roles.REFERENT})
public class OrientationsView extends VerticalLayout implements BeforeEnterObserver {
  public static final String ROUTE = "orientations";

  private final OrientationQueries orientations;
  private final OrientationDecisions decisions;
  private final Beneficiaries people;
  private final Span total = new Span();
  private final QueueFilters filters;
  private final QueueGrid grid = new QueueGrid();
  private final BatchBar batch = new BatchBar(this::decideSelected);
  private final BatchResultPanel result = new BatchResultPanel();

  @Inject
  public OrientationsView(
      OrientationQueries orientations,
      OrientationDecisions decisions,
      Beneficiaries people,
      CurrentCaller caller) {
    this.orientations = orientations;
    this.decisions = decisions;
    this.people = people;
    this.filters = new QueueFilters(this::reload);
    setId("orientations-view");
    setSizeFull();
    H1 title = PageHeading.title("À orienter");
    Paragraph order =
        PageHeading.explanation(
            "queue-explanation",
            "Les personnes qui attendent le plus longtemps viennent en premier. L'attente est"
                + " comptée depuis l'entrée dans les droits et devoirs (à défaut, depuis la"
                + " demande de RSA) ; « En retard » signale une attente au-delà du délai cible du"
                + " département.");
    total.setId("queue-total");
    total.getElement().setAttribute("aria-live", "polite");
    add(title, order, filters, total);
    if (Deciders.canDecide(caller.get())) {
      grid.enableTicks(batch::selected);
      add(batch, result);
    }
    add(grid);
    setFlexGrow(1, grid);
    grid.setItems(new CallbackDataProvider<>(this::fetch, this::count, QueueItem::orientationId));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    filters.setTerritories(people.territories());
  }

  /** The grid asks by offset and limit, aligned on its page size: that is a page number. */
  private Stream<QueueItem> fetch(Query<QueueItem, Void> query) {
    if (query.getLimit() == 0) {
      return Stream.empty();
    }
    PageRequest page = new PageRequest(query.getPage(), query.getPageSize());
    return orientations.queue(page, filters.territoryId(), filters.overdueOnly()).items().stream();
  }

  private int count(Query<QueueItem, Void> query) {
    long found = orientations.queueSize(filters.territoryId(), filters.overdueOnly());
    total.setText(Formats.people(found) + " à orienter");
    return (int) Math.min(found, Integer.MAX_VALUE);
  }

  private void reload() {
    grid.clearTicks();
    batch.selected(0);
    grid.getDataProvider().refreshAll();
  }

  private void decideSelected() {
    Map<UUID, QueueItem> selected = grid.ticked();
    if (selected.isEmpty()) {
      result.refuse("Cochez d'abord les personnes dont vous validez la proposition.");
      batch.ready();
      return;
    }
    try {
      BatchResult done = decisions.decideBatch(List.copyOf(selected.keySet()));
      result.show(done, selected);
    } catch (InvalidInputException e) {
      result.refuse(e.errors().stream().map(FieldError::message).collect(Collectors.joining(" ")));
    } catch (ConflictException e) {
      result.refuse(e.getMessage());
    } finally {
      batch.ready();
    }
    reload();
  }
}
