package fr.aiguillage.ui.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Main;

/**
 * The frame of every page of a face: a skip link, the menu's toggle and the banner in the navbar,
 * the menu in the drawer, and the page itself in a {@code main} landmark that the skip link
 * focuses.
 */
public abstract class FrameLayout extends AppLayout {
  public static final String CONTENT_ID = "contenu";

  private final Main main = new Main();

  protected FrameLayout(Banner banner, Component menu) {
    setPrimarySection(Section.NAVBAR);
    main.setId(CONTENT_ID);
    main.addClassName("page");
    main.getElement().setAttribute("tabindex", "-1");
    DrawerToggle toggle = new DrawerToggle();
    toggle.setAriaLabel("Afficher ou masquer le menu");
    addToNavbar(new SkipLink(main), toggle, banner);
    addToDrawer(menu);
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
