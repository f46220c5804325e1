package fr.aiguillage.ui.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.aiguillage.tenancy.Caller;

/**
 * The top banner of a face: its name, what the face adds (a département), the user, the way out.
 */
public class Banner extends Header {
  public Banner(String brandName, Caller caller, Component... context) {
    addClassName("banner");
    Span brand = new Span(brandName);
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
    add(brand);
    add(context);
    add(user, logout);
  }
}
