package fr.aiguillage.infra;

import fr.aiguillage.shared.FieldError;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** A constraint checked on a method (a parameter's range) rather than on a body. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(ConstraintTexts::fieldError)
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    if (errors.isEmpty()) {
      errors = List.of(new FieldError("body", "Saisie refusée."));
    }
    return InputRefused.badRequest(errors).getResponse();
  }
}
