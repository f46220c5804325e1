package fr.aiguillage.ui.error;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** No such page (HTTP 404). */
@ParentLayout(MainLayout.class)
@PageTitle("Page introuvable — Aiguillage")
@PermitAll
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {
  static final String EXPLANATION =
      "Cette page n'existe pas ou n'est pas accessible depuis votre compte. Vérifiez l'adresse,"
          + " ou repartez de l'accueil.";

  public NotFoundView() {
    super("Page introuvable");
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> p) {
    explain(EXPLANATION);
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
