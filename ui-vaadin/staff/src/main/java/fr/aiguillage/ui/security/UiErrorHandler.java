package fr.aiguillage.ui.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import fr.aiguillage.shared.DomainException;
import fr.aiguillage.ui.kit.Notices;
import fr.aiguillage.ui.kit.ServiceCalls;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Errors outside navigation (a click, a grid page): a service's French message is shown as is; any
 * other failure is logged and reported without its technical details.
 */
class UiErrorHandler implements ErrorHandler {
  private static final Logger LOG = Logger.getLogger(UiErrorHandler.class.getName());

  @Override
  public void error(ErrorEvent event) {
    DomainException refusal = ServiceCalls.refusalIn(event.getThrowable()).orElse(null);
    if (refusal == null && concurrentChange(event.getThrowable())) {
      refusal =
          new fr.aiguillage.shared.ConflictException(
              "version",
              "Quelqu'un d'autre vient de modifier ce dossier au même moment : rien n'a été"
                  + " enregistré, rechargez la page pour voir son état.");
    }
    if (refusal == null) {
      LOG.log(Level.SEVERE, "Erreur inattendue dans l'interface", event.getThrowable());
    }
    if (UI.getCurrent() != null) {
      Notices.error(
          refusal != null
              ? refusal.getMessage()
              : "Une erreur inattendue est survenue. Réessayez ; si elle persiste, contactez l'assistance.");
    }
  }

  private static boolean concurrentChange(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof jakarta.persistence.OptimisticLockException) {
        return true;
      }
    }
    return false;
  }
}
