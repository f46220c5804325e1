package fr.aiguillage.ui.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.aiguillage.tenancy.Caller;

/** The top banner: brand, the caller's département and name, and the way out. */
class Banner extends Header {
  Banner(Caller caller) {
    addClassName("banner");
    Span brand = new Span("Aiguillage");
    brand.addClassName("brand");
    brand.setId("brand");
    Span tenant =
        new Span(caller.tenant().map(t -> "Département " + t.value()).orElse("Plateforme"));
    tenant.setId("tenant");
    tenant.addClassName("tenant");
    Span user = new Span(VaadinIcon.USER.create(), new Span(caller.username()));
    user.setId("username");
    user.addClassName("user");
    user.getElement().setAttribute("title", "Utilisateur connecté");
    // The sign-out servlet is outside Vaadin: the browser must load it for real.
    Anchor logout = new Anchor("/deconnexion", "Se déconnecter");
    logout.setRouterIgnore(true);
    logout.setId("logout");
    logout.addClassName("logout");
    add(brand, tenant, user, logout);
  }
}
