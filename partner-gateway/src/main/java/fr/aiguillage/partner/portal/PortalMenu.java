package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The portal's menu: the referrals received (a referral's page keeps the item highlighted). */
class PortalMenu extends SideNav {
  PortalMenu() {
    setId("menu");
    getElement().setAttribute("aria-label", "Menu du portail des partenaires");
    SideNavItem inbox =
        new SideNavItem("Orientations reçues", InboxView.class, VaadinIcon.INBOX.create());
    inbox.setId("menu-inbox");
    inbox.setMatchNested(true);
    addItem(inbox);
  }
}
