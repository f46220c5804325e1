package fr.aiguillage.infra;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Two people changing the same thing at the same moment: the second one's transaction is rolled
 * back by the optimistic version check; they are told so (409), and nothing of theirs was written.
 */
@Provider
public class ConcurrentChangeMapper implements ExceptionMapper<OptimisticLockException> {
  @Override
  public Response toResponse(OptimisticLockException e) {
    String message =
        "Quelqu'un d'autre vient de modifier ce dossier au même moment : rien n'a été enregistré,"
            + " rechargez-le pour voir son état.";
    return Problem.response(
        409, "Conflit", message, List.of(new fr.aiguillage.shared.FieldError("version", message)));
  }
}
