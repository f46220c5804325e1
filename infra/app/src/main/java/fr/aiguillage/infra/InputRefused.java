package fr.aiguillage.infra;

import fr.aiguillage.shared.FieldError;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An input refused at the edge, before any resource runs: its answer is already the problem to send
 * (the mappers pass it through unchanged).
 */
public class InputRefused extends WebApplicationException {
  private InputRefused(Response response) {
    super(response);
  }

  static InputRefused badRequest(List<FieldError> errors) {
    FieldError first = errors.get(0);
    String detail =
        first.message().contains("« ") || "body".equals(first.field())
            ? first.message()
            : "« " + first.field() + " » : " + first.message();
    if (errors.size() > 1) {
      detail += " (et " + (errors.size() - 1) + " autre(s) erreur(s))";
    }
    return new InputRefused(Problem.response(400, "Saisie invalide", detail, errors));
  }

  static InputRefused of(int status, String title, FieldError error) {
    return new InputRefused(Problem.response(status, title, error.message(), List.of(error)));
  }
}
