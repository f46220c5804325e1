package fr.aiguillage.infra;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers that protect every face, set before anything is written: no page can be framed, no
 * answer is sniffed as another type, API answers (personal data) are never stored by a cache, and
 * each face has the strictest Content-Security-Policy it works under (ADR 0011). Vaadin's client
 * needs inline scripts and {@code eval}; the person's pages and the API run no script at all.
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter implements Filter {
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

  static final String PAGE_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'";

  static final String OPENAPI_UI_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

  static final String VAADIN_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
          + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
          + " connect-src 'self' ws: wss:; worker-src 'self' blob:; frame-ancestors 'none';"
          + " base-uri 'self'; object-src 'none'";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp) {
      protect(path(req), resp);
    }
    chain.doFilter(request, response);
  }

  static void protect(String path, HttpServletResponse resp) {
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("X-Frame-Options", "DENY");
    resp.setHeader("Referrer-Policy", "same-origin");
    resp.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (path.startsWith("/api/")) {
      resp.setHeader("Content-Security-Policy", API_POLICY);
      resp.setHeader("Cache-Control", "no-store");
    } else if (path.startsWith("/openapi/ui")) {
      resp.setHeader("Content-Security-Policy", OPENAPI_UI_POLICY);
    } else if (path.startsWith("/openapi") || path.startsWith("/health")) {
      resp.setHeader("Content-Security-Policy", API_POLICY);
    } else if (path.startsWith("/mon-parcours")
        || path.startsWith("/deconnecte")
        || path.startsWith("/erreur")) {
      resp.setHeader("Content-Security-Policy", PAGE_POLICY);
      resp.setHeader("Cache-Control", "no-store");
    } else {
      resp.setHeader("Content-Security-Policy", VAADIN_POLICY);
    }
  }

  private static String path(HttpServletRequest req) {
    String uri = req.getRequestURI();
    String context = req.getContextPath();
    return uri.substring(Math.min(uri.length(), context == null ? 0 : context.length()));
  }
}
