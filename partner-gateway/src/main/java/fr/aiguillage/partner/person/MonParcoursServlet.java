package fr.aiguillage.partner.person;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import fr.aiguillage.diagnostic.AnswerType;
import fr.aiguillage.diagnostic.NationalQuestionnaire;
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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The person's page, reached by their personal link (/mon-parcours/{token}): plain HTML that works
 * on any phone, without an account and without JavaScript. Save and come back; "J'ai terminé" sends
 * the answers and uses the link up. Rate-limited per address.
 */
@WebServlet("/mon-parcours/*")
public class MonParcoursServlet extends HttpServlet {
  private static final MustacheFactory MUSTACHE =
      new DefaultMustacheFactory("templates/mon-parcours");
  private static final Mustache FORM = MUSTACHE.compile("form.mustache");
  private static final Mustache MESSAGE = MUSTACHE.compile("message.mustache");
  private static final String CSS = css();

  /** 60 requests a minute per address: plenty for a person, slow for anyone guessing links. */
  private final RateLimiter limiter = new RateLimiter(60, 60_000, Clock.systemUTC());

  @Inject PersonalLinks links;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!limiter.allow(req.getRemoteAddr())) {
      tooMany(resp);
      return;
    }
    try {
      LinkContext ctx = links.open(token(req));
      render(resp, 200, FORM, new PersonFormPage(links.form(ctx), null, Map.of(), null));
    } catch (PersonalLinkRefused e) {
      message(resp, 404, "Lien inutilisable", e.getMessage());
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
      Map<String, Object> values = parse(req, typed, errors);
      if (errors.isEmpty()) {
        try {
          links.save(ctx, values, submit);
          if (submit) {
            message(
                resp,
                200,
                "Merci, vos réponses sont envoyées",
                "Votre conseiller les verra avant votre rendez-vous. Vous n'avez plus rien à faire sur cette page.");
          } else {
            render(
                resp,
                200,
                FORM,
                new PersonFormPage(
                    links.form(ctx),
                    null,
                    Map.of(),
                    "Vos réponses sont enregistrées. Vous pouvez revenir plus tard avec le même lien."));
          }
          return;
        } catch (InvalidInputException refused) {
          for (FieldError fe : refused.errors()) {
            errors.put(fe.field().replaceFirst("^answers\\.", ""), fe.message());
          }
        }
      }
      render(resp, 400, FORM, new PersonFormPage(links.form(ctx), typed, errors, null));
    } catch (PersonalLinkRefused e) {
      message(resp, 404, "Lien inutilisable", e.getMessage());
    }
  }

  /** Form values to typed answers; an empty field means "no answer". */
  static Map<String, Object> parse(
      HttpServletRequest req, Map<String, String> typed, Map<String, String> errors) {
    Questionnaire q = NationalQuestionnaire.base();
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
    message(
        resp,
        429,
        "Trop de demandes",
        "Trop de demandes depuis votre connexion. Réessayez dans une minute.");
  }

  private static void message(HttpServletResponse resp, int status, String title, String message)
      throws IOException {
    render(resp, status, MESSAGE, Map.of("title", title, "message", message, "css", CSS));
  }

  private static void render(HttpServletResponse resp, int status, Mustache template, Object model)
      throws IOException {
    resp.setStatus(status);
    resp.setContentType("text/html;charset=UTF-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.setHeader("Referrer-Policy", "no-referrer");
    resp.setHeader("X-Robots-Tag", "noindex");
    Object scope =
        model instanceof PersonFormPage page ? new Object[] {page, Map.of("css", CSS)} : model;
    template.execute(resp.getWriter(), scope).flush();
  }

  private static String css() {
    try (InputStream in =
        MonParcoursServlet.class.getResourceAsStream("/templates/mon-parcours/style.css")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
