package fr.aiguillage.partner.portal;

import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.Banner;
import fr.aiguillage.ui.kit.FrameLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The frame of every page of the partners' portal: a banner (portal name, user, sign-out), the
 * portal's menu (its administration item for the organisation's admins only), and the page itself
 * in a {@code main} landmark. It is the kit's frame, as the staff UI's is; it owes the staff UI
 * nothing.
 *
 * <p>This module's {@code beans.xml} discovers annotated beans only: the layout and the views are
 * declared {@code @Dependent} so that vaadin-cdi builds them through their {@code @Inject}
 * constructors (the staff UI's are beans by discovery).
 */
@Dependent
@RolesAllowed({Roles.PARTNER_USER, Roles.PARTNER_ADMIN})
public class PortalLayout extends FrameLayout {
  static final String BRAND = "Aiguillage — Portail des partenaires";

  @Inject
  public PortalLayout(CurrentCaller currentCaller) {
    this(currentCaller.get());
  }

  private PortalLayout(Caller caller) {
    super(banner(caller), new PortalMenu(caller));
    addClassName("partner-portal");
  }

  private static Banner banner(Caller caller) {
    Banner banner = new Banner(BRAND, caller);
    banner.addClassName("portal-banner");
    return banner;
  }
}
