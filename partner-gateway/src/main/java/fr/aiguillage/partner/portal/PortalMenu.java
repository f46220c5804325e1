package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.Roles;

/**
 * The portal's menu: the referrals received (a referral's page keeps the item highlighted), the
 * contracts, the calendar and, for the organisation's admins only, its administration.
 */
class PortalMenu extends SideNav implements AfterNavigationObserver {
  private final SideNavItem inbox =
      new SideNavItem("Orientations reçues", InboxView.class, VaadinIcon.INBOX.create());

  PortalMenu(Caller caller) {
    setId("menu");
    getElement().setAttribute("aria-label", "Menu du portail des partenaires");
    inbox.setId("menu-inbox");
    inbox.setMatchNested(true);
    SideNavItem calendar =
        new SideNavItem("Agenda", CalendarView.class, VaadinIcon.CALENDAR.create());
    calendar.setId("menu-calendar");
    SideNavItem contracts =
        new SideNavItem("Contrats", PartnerContractsView.class, VaadinIcon.FILE_TEXT_O.create());
    contracts.setId("menu-contracts");
    contracts.setMatchNested(true);
    addItem(inbox, contracts, calendar);
    if (caller.hasRole(Roles.PARTNER_ADMIN)) {
      SideNavItem administration =
          new SideNavItem("Administration", AdministrationView.class, VaadinIcon.COG.create());
      administration.setId("menu-administration");
      addItem(administration);
    }
  }

  /**
   * The contracts', the calendar's and the administration's paths lie under the inbox's: there, the
   * inbox is not the current page.
   */
  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    String path = event.getLocation().getPath();
    inbox.setMatchNested(
        !path.startsWith(CalendarView.ROUTE)
            && !path.startsWith(AdministrationView.ROUTE)
            && !path.startsWith(PartnerContractsView.ROUTE));
  }
}
