package fr.aiguillage.infra;

import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.DomainException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Domain errors to problem responses, in one place. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
  @Override
  public Response toResponse(DomainException e) {
    if (e instanceof InvalidInputException invalid) {
      return Problem.response(400, "Saisie invalide", e.getMessage(), invalid.errors());
    }
    if (e instanceof NotFoundException) {
      return Problem.response(404, "Introuvable", e.getMessage());
    }
    if (e instanceof ConflictException conflict) {
      return Problem.response(
          409,
          "Conflit",
          e.getMessage(),
          List.of(new FieldError(conflict.field(), e.getMessage())));
    }
    if (e instanceof AccessDeniedException) {
      return Problem.response(403, "Accès refusé", e.getMessage());
    }
    return Problem.response(400, "Requête refusée", e.getMessage());
  }
}
