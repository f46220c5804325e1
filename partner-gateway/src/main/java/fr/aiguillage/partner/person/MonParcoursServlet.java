package fr.aiguillage.partner.person;

import fr.aiguillage.diagnostic.AnswerType;
import fr.aiguillage.diagnostic.PersonalLinkRefused;
import fr.aiguillage.diagnostic.PersonalLinks;
import fr.aiguillage.diagnostic.PersonalLinks.LinkContext;
import fr.aiguillage.diagnostic.Question;
import fr.aiguillage.diagnostic.Questionnaire;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The person's page, reached by their personal link (/mon-parcours/{token}): plain HTML that works
 * on any phone, without an account and without JavaScript. Save and come back; "J'ai terminé" sends
 * the answers and uses the link up. Rate-limited per address.
 */
@WebServlet("/mon-parcours/*")
public class MonParcoursServlet extends HttpServlet {
  @Inject PersonalLinks links;

  /**
   * By default 60 requests a minute per address: plenty for a person, slow for anyone guessing
   * links.
   */
  @Inject
  @ConfigProperty(name = "aiguillage.person.rate-limit.requests", defaultValue = "60")
  int rateLimit;

  @Inject
  @ConfigProperty(name = "aiguillage.person.rate-limit.window-seconds", defaultValue = "60")
  int rateWindowSeconds;

  private RateLimiter limiter;

  @Override
  public void init() {
    limiter = new RateLimiter(rateLimit, rateWindowSeconds * 1000L, Clock.systemUTC());
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!limiter.allow(req.getRemoteAddr())) {
      tooMany(resp);
      return;
    }
    try {
      LinkContext ctx = links.open(token(req));
      html(resp, 200, Html.form(new PersonFormPage(links.form(ctx), null, Map.of(), null)));
    } catch (PersonalLinkRefused e) {
      html(resp, 404, Html.message("Lien inutilisable", e.getMessage()));
    }
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!limiter.allow(req.getRemoteAddr())) {
      tooMany(resp);
      return;
    }
    req.setCharacterEncoding("UTF-8");
    boolean submit = "submit".equals(req.getParameter("action"));
    Map<String, String> typed = new LinkedHashMap<>();
    Map<String, String> errors = new HashMap<>();
    try {
      LinkContext ctx = links.open(token(req));
      Map<String, Object> values = parse(links.questionnaire(ctx), req, typed, errors);
      if (errors.isEmpty()) {
        try {
          links.save(ctx, values, submit);
          if (submit) {
            html(
                resp,
                200,
                Html.message(
                    "Merci, vos réponses sont envoyées",
                    "Votre conseiller les verra avant votre rendez-vous. Vous n'avez plus rien à faire sur cette page."));
          } else {
            html(
                resp,
                200,
                Html.form(
                    new PersonFormPage(
                        links.form(ctx),
                        null,
                        Map.of(),
                        "Vos réponses sont enregistrées. Vous pouvez revenir plus tard avec le même lien.")));
          }
          return;
        } catch (InvalidInputException refused) {
          for (FieldError fe : refused.errors()) {
            errors.put(fe.field().replaceFirst("^answers\\.", ""), fe.message());
          }
        }
      }
      html(resp, 400, Html.form(new PersonFormPage(links.form(ctx), typed, errors, null)));
    } catch (PersonalLinkRefused e) {
      html(resp, 404, Html.message("Lien inutilisable", e.getMessage()));
    }
  }

  /** Form values to typed answers; an empty field means "no answer". */
  static Map<String, Object> parse(
      Questionnaire q,
      HttpServletRequest req,
      Map<String, String> typed,
      Map<String, String> errors) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> p : req.getParameterMap().entrySet()) {
      Optional<Question> question = q.question(p.getKey());
      if (question.isEmpty() || p.getValue().length == 0) {
        continue;
      }
      String raw = p.getValue()[0].strip();
      typed.put(p.getKey(), raw);
      if (raw.isEmpty()) {
        continue;
      }
      AnswerType type = question.get().type();
      if (type == AnswerType.YES_NO) {
        values.put(p.getKey(), Boolean.parseBoolean(raw));
      } else if (type == AnswerType.NUMBER) {
        try {
          values.put(p.getKey(), Long.parseLong(raw));
        } catch (NumberFormatException e) {
          errors.put(p.getKey(), "Écrivez un nombre entier, par exemple 2.");
        }
      } else {
        values.put(p.getKey(), raw);
      }
    }
    return values;
  }

  private static String token(HttpServletRequest req) {
    String path = req.getPathInfo();
    return path == null ? "" : path.replaceFirst("^/", "");
  }

  private static void tooMany(HttpServletResponse resp) throws IOException {
    resp.setHeader("Retry-After", "60");
    html(
        resp,
        429,
        Html.message(
            "Trop de demandes",
            "Trop de demandes depuis votre connexion. Réessayez dans une minute."));
  }

  private static void html(HttpServletResponse resp, int status, String html) throws IOException {
    resp.setStatus(status);
    resp.setContentType("text/html;charset=UTF-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.setHeader("Referrer-Policy", "no-referrer");
    resp.setHeader("X-Robots-Tag", "noindex");
    resp.getWriter().write(html);
  }
}
