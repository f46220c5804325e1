package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import fr.aiguillage.orientation.PartnerReferrals.InboxItem;
import fr.aiguillage.ui.kit.Badges;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.Labels;

/**
 * The referrals received, the nearest deadline first. The person's name links to the referral's
 * page; overdue rows carry the part name {@code overdue} and an "En retard" badge, those the
 * partner said it was looking at an "À l'étude" one while they wait for the answer.
 */
class InboxGrid extends Grid<InboxItem> {
  static final int PAGE_SIZE = 50;
  static final String OVERDUE_PART = "overdue";

  InboxGrid() {
    super(PAGE_SIZE);
    setId("inbox-grid");
    setAriaLabel("Orientations reçues, de l'échéance la plus proche à la plus lointaine");
    setEmptyStateText(StatusFilter.PENDING.emptyText());
    addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    setPartNameGenerator(item -> item.overdue() ? OVERDUE_PART : null);
    addComponentColumn(InboxGrid::person)
        .setKey("person")
        .setHeader("Personne")
        .setAutoWidth(true)
        .setFlexGrow(1);
    addColumn(InboxItem::departementName)
        .setKey("departement")
        .setHeader("Département")
        .setAutoWidth(true);
    addColumn(InboxItem::structureName)
        .setKey("structure")
        .setHeader("Structure")
        .setAutoWidth(true);
    addColumn(InboxItem::pathwayLabel).setKey("pathway").setHeader("Parcours").setAutoWidth(true);
    addColumn(item -> Formats.day(item.sentAt()))
        .setKey("sentAt")
        .setHeader("Adressée le")
        .setAutoWidth(true);
    addComponentColumn(InboxGrid::due).setKey("dueAt").setHeader("Échéance").setAutoWidth(true);
    addColumn(item -> Labels.referralStatus(item.status()))
        .setKey("status")
        .setHeader("État")
        .setAutoWidth(true);
    getColumns().forEach(c -> c.setSortable(false));
  }

  private static Component person(InboxItem item) {
    RouterLink link =
        new RouterLink(
            PortalTexts.person(item.lastName(), item.firstNames()),
            ReferralView.class,
            ReferralView.parameters(item.referralId()));
    link.addClassName("inbox-person");
    link.getElement().setAttribute("data-referral", item.referralId().toString());
    return link;
  }

  private static Component due(InboxItem item) {
    Span day = new Span(Formats.day(item.dueAt()));
    day.addClassName("inbox-due-day");
    Span cell = new Span(day);
    cell.addClassName("inbox-due");
    if (item.overdue()) {
      cell.add(new Span(" "), Badges.overdue());
    }
    if (item.reviewingSince() != null && "PENDING".equals(item.status())) {
      cell.add(new Span(" "), PortalBadges.reviewing());
    }
    return cell;
  }
}
