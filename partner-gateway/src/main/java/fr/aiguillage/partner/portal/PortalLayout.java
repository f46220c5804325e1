package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Main;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The frame of every page of the partners' portal: a banner (portal name, user, sign-out), the
 * portal's menu (its administration item for the organisation's admins only), and the page itself
 * in a {@code main} landmark. It looks like the staff UI (same theme, same banner classes) but owes
 * it nothing.
 *
 * <p>This module's {@code beans.xml} discovers annotated beans only: the layout and the views are
 * declared {@code @Dependent} so that vaadin-cdi builds them through their {@code @Inject}
 * constructors (the staff UI's are beans by discovery).
 */
@Dependent
@RolesAllowed({Roles.PARTNER_USER, Roles.PARTNER_ADMIN})
public class PortalLayout extends AppLayout {
  static final String CONTENT_ID = "contenu";

  private final Main main = new Main();

  @Inject
  public PortalLayout(CurrentCaller currentCaller) {
    setPrimarySection(Section.NAVBAR);
    addClassName("partner-portal");
    main.setId(CONTENT_ID);
    main.addClassName("page");
    main.getElement().setAttribute("tabindex", "-1");
    DrawerToggle toggle = new DrawerToggle();
    toggle.setAriaLabel("Afficher ou masquer le menu");
    addToNavbar(new PortalSkipLink(main), toggle, new PortalBanner(currentCaller.get()));
    addToDrawer(new PortalMenu(currentCaller.get()));
    setContent(main);
  }

  @Override
  public void showRouterLayoutContent(HasElement content) {
    main.removeAll();
    if (content != null) {
      main.getElement().appendChild(content.getElement());
    }
    afterNavigation(); // closes the drawer on small screens, as AppLayout does
  }
}
