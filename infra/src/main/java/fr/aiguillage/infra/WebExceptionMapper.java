package fr.aiguillage.infra;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JAX-RS's own errors (unknown path, wrong method, unreadable body) as French problems. */
@Provider
public class WebExceptionMapper implements ExceptionMapper<WebApplicationException> {
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(WebExceptionMapper.class.getName());
  private static final Pattern UNKNOWN_PROPERTY =
      Pattern.compile("property (\\w+) can not be mapped");
  private static final Pattern QUOTED = Pattern.compile("[\"'](\\w+)[\"']");

  @Override
  public Response toResponse(WebApplicationException e) {
    if (e instanceof InputRefused) {
      return e.getResponse();
    }
    if (e instanceof NotFoundException) {
      return Problem.response(
          404, "Introuvable", "Cette adresse ne correspond à aucune ressource de l'API.");
    }
    if (e instanceof NotAllowedException) {
      return Problem.response(
          405, "Méthode non permise", "Cette ressource n'accepte pas cette méthode HTTP.");
    }
    if (e instanceof NotAuthorizedException) {
      return unauthorized();
    }
    if (e instanceof ForbiddenException) {
      return forbidden();
    }
    if (e instanceof NotSupportedException) {
      return Problem.response(
          415,
          "Format non pris en charge",
          "Le corps de la requête doit être en JSON (application/json).");
    }
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    if (status == 400 || e.getCause() instanceof ProcessingException || hasJsonbCause(e)) {
      return unreadableBody(e);
    }
    return Problem.response(
        status, "Erreur", "La requête n'a pas pu être traitée (" + status + ").");
  }

  static Response unauthorized() {
    return Response.fromResponse(
            Problem.response(
                401,
                "Authentification requise",
                "Un jeton d'accès valide est requis (en-tête Authorization: Bearer …)."))
        .header("WWW-Authenticate", "Bearer realm=\"aiguillage\"")
        .build();
  }

  static Response forbidden() {
    return Problem.response(403, "Accès refusé", "Votre rôle ne permet pas cette action.");
  }

  static Response unreadableBody(Throwable e) {
    String raw = rootMessage(e);
    LOG.fine("Unreadable request body: " + raw);
    String field = null;
    boolean unknown = false;
    if (raw != null) {
      Matcher u = UNKNOWN_PROPERTY.matcher(raw);
      Matcher q = QUOTED.matcher(raw);
      if (u.find()) {
        field = u.group(1);
        unknown = true;
      } else if (q.find()) {
        field = q.group(1);
      }
    }
    String detail =
        unknown
            ? "Le champ « " + field + " » n'existe pas : retirez-le ou vérifiez son orthographe."
            : "Le corps de la requête n'est pas un JSON valide pour cette ressource"
                + (field == null ? "." : " (champ « " + field + " »).")
                + " Les dates s'écrivent AAAA-MM-JJ.";
    return Problem.response(
        400,
        "Corps de requête illisible",
        detail,
        field == null ? List.of() : List.of(new fr.aiguillage.shared.FieldError(field, detail)));
  }

  private static boolean hasJsonbCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof jakarta.json.bind.JsonbException
          || t instanceof jakarta.json.JsonException) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    String msg = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null) {
        msg = t.getMessage();
      }
    }
    return msg;
  }
}
