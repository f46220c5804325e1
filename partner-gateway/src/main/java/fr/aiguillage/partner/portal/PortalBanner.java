package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.aiguillage.tenancy.Caller;

/** The top banner of the portal: its name, the partner user's name, and the way out. */
class PortalBanner extends Header {
  static final String BRAND = "Aiguillage — Portail des partenaires";

  PortalBanner(Caller caller) {
    addClassName("banner");
    addClassName("portal-banner");
    Span brand = new Span(BRAND);
    brand.addClassName("brand");
    brand.setId("brand");
    Span user = new Span(VaadinIcon.USER.create(), new Span(caller.username()));
    user.setId("username");
    user.addClassName("user");
    user.getElement().setAttribute("title", "Utilisateur connecté");
    // The sign-out servlet is outside Vaadin: the browser must load it for real.
    Anchor logout = new Anchor("/deconnexion", "Se déconnecter");
    logout.setRouterIgnore(true);
    logout.setId("logout");
    logout.addClassName("logout");
    add(brand, user, logout);
  }
}
