package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;

/**
 * The portal's menu: the referrals received (a referral's page keeps the item highlighted) and the
 * calendar.
 */
class PortalMenu extends SideNav implements AfterNavigationObserver {
  private final SideNavItem inbox =
      new SideNavItem("Orientations reçues", InboxView.class, VaadinIcon.INBOX.create());

  PortalMenu() {
    setId("menu");
    getElement().setAttribute("aria-label", "Menu du portail des partenaires");
    inbox.setId("menu-inbox");
    inbox.setMatchNested(true);
    SideNavItem calendar =
        new SideNavItem("Agenda", CalendarView.class, VaadinIcon.CALENDAR.create());
    calendar.setId("menu-calendar");
    addItem(inbox, calendar);
  }

  /** The calendar's path lies under the inbox's: there, the inbox is not the current page. */
  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    inbox.setMatchNested(!event.getLocation().getPath().startsWith(CalendarView.ROUTE));
  }
}
