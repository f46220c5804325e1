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

/** JAX-RS's own errors (unknown path, wrong method, unreadable body) as French problems. */
@Provider
public class WebExceptionMapper implements ExceptionMapper<WebApplicationException> {
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(WebExceptionMapper.class.getName());

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
    if (status == 400 || e.getCause() instanceof ProcessingException) {
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

  /**
   * A body that no reader could take. JSON bodies never get here: {@link StrictJsonReader} refuses
   * them itself with the field's path; this is for what is left (a broken form, a body Liberty
   * could not read at all).
   */
  static Response unreadableBody(Throwable e) {
    LOG.fine("Unreadable request body: " + e);
    return Problem.response(
        400,
        "Corps de requête illisible",
        "Le corps de la requête n'a pas pu être lu : vérifiez son format (JSON, formulaire ou"
            + " fichier selon la ressource).");
  }
}
