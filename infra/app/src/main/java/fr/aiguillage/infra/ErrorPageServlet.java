package fr.aiguillage.infra;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server's own error pages (web.xml), for what never reached the application's handlers: a
 * refused login on the API, an unknown static file, an exception in a plain servlet. The API gets
 * its problem+json, every other face a short French page; never a stack trace, never the server's
 * default page.
 */
@WebServlet("/erreur")
public class ErrorPageServlet extends HttpServlet {
  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    Throwable failure = (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    String uri = String.valueOf(req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    String ref = null;
    if (failure != null || status >= 500) {
      ref = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(Level.SEVERE, "Error page " + status + " for " + uri + ", reference " + ref, failure);
    }
    if (resp.isCommitted()) {
      return;
    }
    resp.resetBuffer();
    String path =
        uri.startsWith(req.getContextPath()) ? uri.substring(req.getContextPath().length()) : uri;
    SecurityHeadersFilter.protect(path, resp);
    resp.setStatus(status);
    if (path.startsWith("/api/")) {
      api(status, ref, resp);
    } else {
      page(status, ref, resp);
    }
  }

  private static void api(int status, String ref, HttpServletResponse resp) throws IOException {
    jakarta.ws.rs.core.Response problem =
        switch (status) {
          case 401 -> WebExceptionMapper.unauthorized();
          case 403 -> WebExceptionMapper.forbidden();
          case 404 ->
              Problem.response(
                  404, "Introuvable", "Cette adresse ne correspond à aucune ressource de l'API.");
          case 405 ->
              Problem.response(
                  405, "Méthode non permise", "Cette ressource n'accepte pas cette méthode HTTP.");
          default ->
              status < 500
                  ? Problem.response(
                      status,
                      "Requête refusée",
                      "La requête n'a pas pu être traitée (" + status + ").")
                  : Problem.response(status, "Erreur interne", internal(ref));
        };
    Problem body = (Problem) problem.getEntity();
    if (status == 401) {
      resp.setHeader("WWW-Authenticate", "Bearer realm=\"aiguillage\"");
    }
    resp.setContentType("application/problem+json;charset=UTF-8");
    resp.getWriter().write(body.toJson());
  }

  private static void page(int status, String ref, HttpServletResponse resp) throws IOException {
    String title;
    String text;
    switch (status) {
      case 401, 403 -> {
        title = "Accès refusé";
        text = "Votre compte ne permet pas d'ouvrir cette page, ou votre session a pris fin.";
      }
      case 404 -> {
        title = "Page introuvable";
        text = "Cette page n'existe pas. Vérifiez l'adresse, ou revenez à l'accueil.";
      }
      default -> {
        if (status < 500) {
          title = "Demande refusée";
          text = "Cette demande n'a pas pu être traitée (" + status + ").";
        } else {
          title = "Erreur du service";
          text = internal(ref);
        }
      }
    }
    resp.setContentType("text/html;charset=UTF-8");
    resp.getWriter()
        .write(
            "<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>"
                + title
                + " – Aiguillage</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;"
                + "margin:4rem auto;padding:0 1rem;color:#1e1e1e}a{color:#000091;font-weight:600}</style>"
                + "</head><body><main><h1>"
                + title
                + "</h1><p>"
                + text
                + "</p><p><a href=\"/\">Revenir à l'accueil</a></p></main></body></html>\n");
  }

  private static String internal(String ref) {
    return "Une erreur inattendue s'est produite. Réessayez dans un instant ; si elle persiste, "
        + "transmettez cette référence à l'assistance : "
        + ref
        + ".";
  }
}
