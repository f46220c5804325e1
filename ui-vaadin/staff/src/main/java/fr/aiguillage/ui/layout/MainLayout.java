package fr.aiguillage.ui.layout;

import com.vaadin.flow.component.html.Span;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.ui.kit.Banner;
import fr.aiguillage.ui.kit.FrameLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/**
 * The frame of every staff page: a banner (brand, département, user, sign-out), the menu allowed to
 * the caller's roles, and the page itself in a {@code main} landmark.
 */
@PermitAll
public class MainLayout extends FrameLayout {
  @Inject
  public MainLayout(CurrentCaller currentCaller) {
    this(currentCaller.get());
  }

  private MainLayout(Caller caller) {
    super(new Banner("Aiguillage", caller, tenant(caller)), new Menu(caller));
  }

  private static Span tenant(Caller caller) {
    Span tenant =
        new Span(caller.tenant().map(t -> "Département " + t.value()).orElse("Plateforme"));
    tenant.setId("tenant");
    tenant.addClassName("tenant");
    return tenant;
  }
}
