package fr.aiguillage.ui.error;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The same "Page introuvable" when a service finds no such object while a page opens: an unknown id
 * and another département's look alike, on purpose.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Page introuvable — Aiguillage")
@PermitAll
public class MissingObjectView extends ErrorPage implements HasErrorParameter<NotFoundException> {

  public MissingObjectView() {
    super("Page introuvable");
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> p) {
    explain(NotFoundView.EXPLANATION);
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
