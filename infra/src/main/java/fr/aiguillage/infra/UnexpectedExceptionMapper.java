package fr.aiguillage.infra;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything unexpected: logged with a reference the person can quote; nothing internal leaks. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(RuntimeException e) {
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof jakarta.persistence.OptimisticLockException lost) {
        // a concurrent change detected at commit, wrapped by the transaction
        return new ConcurrentChangeMapper().toResponse(lost);
      }
    }
    String ref = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Unexpected error, reference " + ref, e);
    return Problem.response(
        500,
        "Erreur interne",
        "Une erreur inattendue s'est produite. Référence à transmettre au support : " + ref + ".");
  }
}
