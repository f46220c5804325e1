package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.aiguillage.directory.Directory;
import fr.aiguillage.orientation.PartnerReferrals;
import fr.aiguillage.orientation.PartnerReferrals.InboxItem;
import fr.aiguillage.shared.Page;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.PageHeading;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * "Orientations reçues": the referrals addressed to the caller's organisation's structures, in
 * every département it works with, the nearest deadline first, a page at a time from the service.
 */
@Dependent
@Route(value = InboxView.ROUTE, layout = PortalLayout.class)
@PageTitle("Orientations reçues — Aiguillage")
@RolesAllowed({Roles.PARTNER_USER, Roles.PARTNER_ADMIN})
public class InboxView extends VerticalLayout implements BeforeEnterObserver {
  public static final String ROUTE = "partenaires";

  private final PartnerReferrals referrals;
  private final Directory directory;
  private final Span total = new Span();
  private final InboxFilters filters = new InboxFilters(this::reload);
  private final InboxGrid grid = new InboxGrid();

  @Inject
  public InboxView(PartnerReferrals referrals, Directory directory) {
    this.referrals = referrals;
    this.directory = directory;
    setId("partner-inbox");
    setSizeFull();
    H1 title = PageHeading.title("Orientations reçues");
    Paragraph order =
        PageHeading.explanation(
            "inbox-explanation",
            "Les orientations que les départements ont adressées à vos structures. Celles dont"
                + " l'échéance de réponse est la plus proche viennent en premier ; « En retard »"
                + " signale une échéance dépassée.");
    order.addClassName("secondary");
    total.setId("inbox-total");
    total.getElement().setAttribute("aria-live", "polite");
    add(title, order, filters, total, grid);
    setFlexGrow(1, grid);
    grid.setItems(DataProvider.fromCallbacks(this::fetch, this::count));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    filters.setStructures(
        directory.myPartnerStructures().stream().map(StructureOption::of).toList());
  }

  /**
   * The grid asks by offset and limit; the service by page number and size. The grid's requests are
   * aligned on its page size, so this is one call; any other request is served from the pages that
   * cover it.
   */
  private Stream<InboxItem> fetch(Query<InboxItem, Void> query) {
    int offset = query.getOffset();
    int limit = query.getLimit();
    if (limit <= 0) {
      return Stream.empty();
    }
    int size = Math.min(limit, PageRequest.MAX_SIZE);
    int first = offset / size;
    int last = (offset + limit - 1) / size;
    List<InboxItem> found = new ArrayList<>();
    for (int page = first; page <= last; page++) {
      Page<InboxItem> got = load(new PageRequest(page, size));
      found.addAll(got.items());
      if (got.items().size() < size) {
        break;
      }
    }
    return found.stream().skip(offset - (long) first * size).limit(limit);
  }

  private int count(Query<InboxItem, Void> query) {
    Page<InboxItem> first = load(new PageRequest(0, 1));
    long found = first.total();
    total.setText((first.totalCapped() ? "Plus de " : "") + countText(found));
    return (int) Math.min(found, Integer.MAX_VALUE);
  }

  private Page<InboxItem> load(PageRequest page) {
    return referrals.inbox(page, filters.status().name(), filters.structureId());
  }

  private void reload() {
    grid.setEmptyStateText(filters.status().emptyText());
    grid.getDataProvider().refreshAll();
  }

  /** "Aucune orientation", "1 orientation", "12 orientations". */
  static String countText(long n) {
    if (n == 0) {
      return "Aucune orientation";
    }
    return n + (n == 1 ? " orientation" : " orientations");
  }
}
