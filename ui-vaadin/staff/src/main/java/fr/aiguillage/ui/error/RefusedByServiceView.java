package fr.aiguillage.ui.error;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The same "Accès refusé" page when a service refuses while a page opens (e.g. an account tied to
 * no département); the service's French reason is shown.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Accès refusé — Aiguillage")
@PermitAll
public class RefusedByServiceView extends ErrorPage
    implements HasErrorParameter<AccessDeniedException> {

  public RefusedByServiceView() {
    super("Accès refusé");
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> p) {
    String reason = p.getException() == null ? null : p.getException().getMessage();
    explain(reason == null ? AccessDeniedView.EXPLANATION : reason);
    return HttpServletResponse.SC_FORBIDDEN;
  }
}
