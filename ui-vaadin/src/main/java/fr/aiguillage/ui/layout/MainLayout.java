package fr.aiguillage.ui.layout;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Main;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/**
 * The frame of every staff page: a banner (brand, département, user, sign-out), the menu allowed to
 * the caller's roles, and the page itself in a {@code main} landmark.
 */
@PermitAll
public class MainLayout extends AppLayout {
  static final String CONTENT_ID = "contenu";

  private final Main main = new Main();

  @Inject
  public MainLayout(CurrentCaller currentCaller) {
    Caller caller = currentCaller.get();
    setPrimarySection(Section.NAVBAR);
    main.setId(CONTENT_ID);
    main.addClassName("page");
    main.getElement().setAttribute("tabindex", "-1");
    DrawerToggle toggle = new DrawerToggle();
    toggle.setAriaLabel("Afficher ou masquer le menu");
    addToNavbar(new SkipLink(main), toggle, new Banner(caller));
    addToDrawer(new Menu(caller));
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
