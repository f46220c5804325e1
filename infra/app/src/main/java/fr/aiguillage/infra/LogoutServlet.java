package fr.aiguillage.infra;

import fr.aiguillage.tenancy.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * RP-initiated logout: the id token is read first, then the local session ends, then Keycloak's
 * session (end-session endpoint with id_token_hint), which sends the browser to /deconnecte.
 */
@WebServlet("/deconnexion")
public class LogoutServlet extends HttpServlet {
  @Inject
  @ConfigProperty(name = "aiguillage.keycloak.url")
  String keycloakUrl;

  @Inject
  @ConfigProperty(name = "aiguillage.keycloak.realm", defaultValue = "aiguillage")
  String realm;

  @Inject
  @ConfigProperty(name = "aiguillage.app.base-url")
  String baseUrl;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp)
      throws IOException, ServletException {
    Optional<String> idToken = CurrentCaller.OidcIdToken.raw();
    HttpSession session = req.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    req.logout();
    if (resp.isCommitted()) {
      return;
    }
    String url =
        keycloakUrl
            + "/realms/"
            + realm
            + "/protocol/openid-connect/logout?client_id=aiguillage-web"
            + "&post_logout_redirect_uri="
            + URLEncoder.encode(baseUrl + "/deconnecte", StandardCharsets.UTF_8)
            + idToken.map(t -> "&id_token_hint=" + t).orElse("");
    resp.sendRedirect(url);
  }
}
