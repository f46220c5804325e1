package fr.aiguillage.ui.error;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** The page a view's access annotation refuses to the caller's roles (HTTP 403). */
@ParentLayout(MainLayout.class)
@PageTitle("Accès refusé — Aiguillage")
@PermitAll
public class AccessDeniedView extends ErrorPage
    implements HasErrorParameter<AccessDeniedException> {
  static final String EXPLANATION =
      "Votre compte ne permet pas d'ouvrir cette page. Si vous en avez besoin pour votre travail,"
          + " demandez à l'administrateur de votre département de vous en donner le droit.";

  public AccessDeniedView() {
    super("Accès refusé");
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> p) {
    explain(EXPLANATION);
    return HttpServletResponse.SC_FORBIDDEN;
  }
}
