package fr.aiguillage.infra;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak sends the browser after logout: a plain page, outside the login-protected area.
 */
@WebServlet("/deconnecte")
public class LoggedOutServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setContentType("text/html;charset=UTF-8");
    resp.getWriter()
        .write(
            """
            <!doctype html>
            <html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Déconnecté – Aiguillage</title>
            <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1e1e1e}
            a{color:#000091;font-weight:600}</style></head>
            <body><main><h1>Vous êtes déconnecté</h1>
            <p>Votre session Aiguillage est terminée.</p>
            <p><a href="/">Se reconnecter</a></p></main></body></html>
            """);
  }
}
