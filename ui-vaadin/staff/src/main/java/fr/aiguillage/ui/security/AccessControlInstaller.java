package fr.aiguillage.ui.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;

/**
 * Locks every view behind its access annotation ({@code @RolesAllowed}, {@code @PermitAll}); a view
 * without one is denied. The container has already authenticated the caller (OIDC), so there is no
 * login view: the principal and roles are the container's.
 */
@ApplicationScoped
public class AccessControlInstaller {

  void install(@Observes ServiceInitEvent event) {
    NavigationAccessControl accessControl =
        new NavigationAccessControl(
            List.of(new AnnotatedViewAccessChecker()), new DefaultAccessCheckDecisionResolver());
    StaffHomeRedirect staffHome = new StaffHomeRedirect();
    event
        .getSource()
        .addUIInitListener(
            init -> {
              init.getUI().setLocale(Locale.FRANCE);
              // The redirect runs first so that a non-staff caller landing on "/" gets a home page
              // rather than a refusal; the access control then judges the final target.
              init.getUI().addBeforeEnterListener(staffHome);
              init.getUI().addBeforeEnterListener(accessControl);
            });
    event
        .getSource()
        .addSessionInitListener(init -> init.getSession().setErrorHandler(new UiErrorHandler()));
    event.addIndexHtmlRequestListener(
        response -> response.getDocument().getElementsByTag("html").attr("lang", "fr"));
  }
}
