package fr.aiguillage.ui.error;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Any other failure while a page opens: a French page with a reference the person can quote, the
 * details in the log only (Vaadin's own page is in English and names the exception).
 */
@ParentLayout(MainLayout.class)
@PageTitle("Erreur — Aiguillage")
@PermitAll
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {
  private static final Logger LOG = Logger.getLogger(UnexpectedErrorView.class.getName());

  public UnexpectedErrorView() {
    super("Erreur du service");
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> p) {
    String ref = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(
        Level.SEVERE,
        "Navigation to " + event.getLocation().getPath() + " failed, reference " + ref,
        p.getCaughtException());
    explain(
        "Une erreur inattendue s'est produite. Réessayez dans un instant ; si elle persiste,"
            + " transmettez cette référence à l'assistance : "
            + ref
            + ".");
    return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
  }
}
