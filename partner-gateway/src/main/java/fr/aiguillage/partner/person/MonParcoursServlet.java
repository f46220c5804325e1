package fr.aiguillage.partner.person;

import fr.aiguillage.contract.RemoteSignatures;
import fr.aiguillage.contract.Signature;
import fr.aiguillage.contract.SignatureConsent;
import fr.aiguillage.diagnostic.PersonalLinkRefused;
import fr.aiguillage.diagnostic.PersonalLinkUsedUp;
import fr.aiguillage.diagnostic.PersonalLinks;
import fr.aiguillage.diagnostic.PersonalLinks.LinkContext;
import fr.aiguillage.questionnaire.AnswerType;
import fr.aiguillage.questionnaire.Question;
import fr.aiguillage.questionnaire.Questionnaire;
import fr.aiguillage.session.PersonSessions;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The person's page, reached by their personal link (/mon-parcours/{token}): plain HTML that works
 * on any phone, without an account and without JavaScript. Save and come back; "J'ai terminé" sends
 * the answers and uses the link up. Rate-limited per address.
 */
@WebServlet("/mon-parcours/*")
public class MonParcoursServlet extends HttpServlet {
  private static final Logger LOG = Logger.getLogger(MonParcoursServlet.class.getName());
  static final String ALREADY_SENT = "Vos réponses ont déjà été envoyées";
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,30}");

  /** The PDF of a contract link: {@code /mon-parcours/{token}/contrat.pdf}. */
  static final String PDF = "/contrat.pdf";

  @Inject PersonalLinks links;
  @Inject RemoteSignatures signatures;
  @Inject PersonSessions personSessions;

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

  /**
   * Nothing escapes to the container's error page: a concurrent change gets the "rechargez" page,
   * anything else a plain French page with a reference that is logged with the stack trace.
   */
  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) {
    try {
      if (!"GET".equals(req.getMethod())
          && !"HEAD".equals(req.getMethod())
          && !"POST".equals(req.getMethod())) {
        resp.setHeader("Allow", "GET, HEAD, POST");
        html(resp, 405, Html.message("Action impossible", "Cette page s'ouvre par son lien."));
        return;
      }
      super.service(req, resp);
    } catch (Exception e) {
      unexpected(resp, e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!limiter.allow(req.getRemoteAddr())) {
      tooMany(resp);
      return;
    }
    try {
      LinkContext ctx = links.open(token(req));
      if (ctx.forContract()) {
        contractGet(req, resp, ctx);
        return;
      }
      html(
          resp,
          200,
          Html.form(new PersonFormPage(links.form(ctx), null, Map.of(), null), session(ctx, null)));
    } catch (PersonalLinkUsedUp e) {
      answered(req, resp, e);
    } catch (PersonalLinkRefused e) {
      html(resp, 404, Html.message("Lien inutilisable", e.getMessage()));
    }
  }

  /**
   * The answers were sent: the link still shows the person's place at a collective session (and
   * lets them say they cannot come); without one, that the answers were received.
   */
  private void answered(HttpServletRequest req, HttpServletResponse resp, PersonalLinkUsedUp used)
      throws IOException {
    LinkContext ctx = links.openAnswered(token(req));
    String block = session(ctx, null);
    if (block.isEmpty()) {
      html(resp, 404, Html.message("Lien inutilisable", used.getMessage()));
    } else {
      html(resp, 200, Html.answered(block, null));
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
      if ("decline".equals(req.getParameter("action"))) {
        LinkContext ctx = links.openAnswered(token(req));
        if (ctx.forContract()) {
          html(resp, 400, Html.message("Action impossible", "Ce lien sert à signer le contrat."));
          return;
        }
        declinePost(req, resp, ctx);
        return;
      }
      LinkContext ctx = links.open(token(req));
      if (ctx.forContract()) {
        contractPost(req, resp, ctx);
        return;
      }
      Map<String, Object> values =
          parse(links.questionnaire(ctx), req.getParameterMap(), typed, errors);
      try {
        if (errors.isEmpty()) {
          links.save(ctx, values, submit);
          saved(resp, ctx, submit);
          return;
        }
        // some fields could not even be read: check the others too, to list every error at once
        links.check(ctx, values);
      } catch (InvalidInputException refused) {
        for (FieldError fe : refused.errors()) {
          errors.putIfAbsent(fe.field().replaceFirst("^answers\\.", ""), fe.message());
        }
      }
      html(
          resp,
          400,
          Html.form(new PersonFormPage(links.form(ctx), typed, errors, null), session(ctx, null)));
    } catch (PersonalLinkUsedUp e) {
      alreadySent(resp);
    } catch (PersonalLinkRefused e) {
      html(resp, 404, Html.message("Lien inutilisable", e.getMessage()));
    }
  }

  // ---- the person's collective session ----

  /** The person's place at a session to come, as HTML (empty without one). */
  private String session(LinkContext ctx, String error) {
    return personSessions.placeOf(ctx).map(p -> SessionBlock.render(p, error)).orElse("");
  }

  /**
   * "Je ne pourrai pas venir": the place freed, and another taken if one was chosen. The page's
   * secret link is what a forged cross-site post would lack; a second post (double click, another
   * tab) finds the place already freed and is told so, nothing doubled.
   */
  private void declinePost(HttpServletRequest req, HttpServletResponse resp, LinkContext ctx)
      throws IOException {
    Optional<UUID> session = uuid(req.getParameter("session"));
    String rawInstead = limited(req.getParameter("instead"), 36);
    Optional<UUID> instead = uuid(rawInstead);
    if (session.isEmpty() || (rawInstead != null && !rawInstead.isEmpty() && instead.isEmpty())) {
      page(resp, ctx, 400, null, "Ce choix n'a pas pu être lu : rechargez la page et recommencez.");
      return;
    }
    try {
      PersonSessions.Declined done =
          personSessions.decline(ctx, session.get(), instead.orElse(null), token(req));
      String notice =
          done.instead()
              .map(
                  s ->
                      "C'est noté. Vous êtes inscrit(e) à la séance du "
                          + SessionBlock.when(s)
                          + ", "
                          + SessionBlock.where(s)
                          + " : vous allez recevoir votre convocation.")
              .orElse(
                  "C'est noté : votre place est libérée. Le Département vous proposera une autre date.");
      page(resp, ctx, 200, notice, null);
    } catch (ConflictException refused) {
      page(resp, ctx, 409, null, refused.getMessage());
    } catch (fr.aiguillage.shared.NotFoundException gone) {
      page(resp, ctx, 409, null, "Cette séance n'existe plus : rechargez la page.");
    }
  }

  private void page(
      HttpServletResponse resp, LinkContext ctx, int status, String notice, String error)
      throws IOException {
    String block = session(ctx, error);
    if (error != null && block.isEmpty()) {
      notice = error;
    }
    if (ctx.answered()) {
      html(resp, status, Html.answered(block, notice));
      return;
    }
    html(
        resp,
        status,
        Html.form(new PersonFormPage(links.form(ctx), null, Map.of(), notice), block));
  }

  private static Optional<UUID> uuid(String raw) {
    if (raw == null || raw.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(raw));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  // ---- the contract link ----

  private void contractGet(HttpServletRequest req, HttpServletResponse resp, LinkContext ctx)
      throws IOException {
    if (wantsPdf(req)) {
      byte[] pdf = signatures.pdf(ctx);
      resp.setStatus(200);
      resp.setContentType("application/pdf");
      resp.setHeader("Content-Disposition", "inline; filename=\"contrat.pdf\"");
      resp.setHeader("Cache-Control", "no-store");
      resp.setHeader("X-Robots-Tag", "noindex");
      resp.getOutputStream().write(pdf);
      return;
    }
    html(resp, 200, ContractPage.render(signatures.show(ctx), pdfPath(req), null, null, null));
  }

  /** Asking for a code (action=code) or signing with it (action=sign). */
  private void contractPost(HttpServletRequest req, HttpServletResponse resp, LinkContext ctx)
      throws IOException {
    String action = req.getParameter("action");
    String name = limited(req.getParameter("name"), 100);
    try {
      if ("code".equals(action)) {
        RemoteSignatures.Channel channel =
            "EMAIL".equals(req.getParameter("channel"))
                ? RemoteSignatures.Channel.EMAIL
                : RemoteSignatures.Channel.SMS;
        RemoteSignatures.Sent sent = signatures.sendCode(ctx, channel);
        String notice =
            "Code envoyé "
                + (channel == RemoteSignatures.Channel.SMS ? "par SMS au " : "par courriel à ")
                + sent.to()
                + ". Il est valable jusqu'à "
                + ContractPage.when(sent.expiresAt()).replaceFirst(".* à ", "")
                + ".";
        html(
            resp,
            200,
            ContractPage.render(
                signatures.show(ctx), pdfPath(req), notice, null, null, channel.name()));
        return;
      }
      if (!"sign".equals(action)) {
        html(
            resp,
            400,
            ContractPage.render(
                signatures.show(ctx), pdfPath(req), null, "Action inconnue.", name));
        return;
      }
      SignatureConsent given =
          new SignatureConsent(
              "on".equals(req.getParameter("consent")), name, limited(req.getParameter("sha"), 64));
      Signature.Origin origin =
          new Signature.Origin(
              limited(req.getRemoteAddr(), 45), limited(req.getHeader("User-Agent"), 500));
      RemoteSignatures.Attempt attempt =
          signatures.sign(ctx, limited(req.getParameter("code"), 20), given, origin);
      if (!attempt.check().ok()) {
        html(
            resp,
            400,
            ContractPage.render(
                attempt.contract(), pdfPath(req), null, attempt.check().message(), name));
        return;
      }
      html(
          resp,
          200,
          ContractPage.render(
              attempt.contract(), pdfPath(req), "Merci, votre contrat est signé.", null, null));
    } catch (InvalidInputException | fr.aiguillage.shared.ConflictException refused) {
      String message =
          refused instanceof InvalidInputException invalid
              ? invalid.errors().stream()
                  .map(FieldError::message)
                  .reduce((a, b) -> a + " " + b)
                  .orElse("")
              : refused.getMessage();
      html(resp, 400, ContractPage.render(signatures.show(ctx), pdfPath(req), null, message, name));
    }
  }

  private static boolean wantsPdf(HttpServletRequest req) {
    String path = req.getPathInfo();
    return path != null && path.endsWith(PDF);
  }

  private static String pdfPath(HttpServletRequest req) {
    return req.getContextPath() + "/mon-parcours/" + token(req) + PDF;
  }

  private static String limited(String s, int max) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.length() > max ? t.substring(0, max) : t;
  }

  private void saved(HttpServletResponse resp, LinkContext ctx, boolean submit) throws IOException {
    String block = submit ? session(ctx, null) : "";
    if (!block.isEmpty()) {
      html(resp, 200, Html.answered(block, "Merci, vos réponses sont envoyées."));
    } else if (submit) {
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
  }

  /**
   * Another submission of this link won (a double click, a second tab): 409, and the page says that
   * the answers did arrive.
   */
  private static void alreadySent(HttpServletResponse resp) throws IOException {
    html(
        resp,
        409,
        Html.message(
            ALREADY_SENT,
            "Ce lien a déjà servi : vos réponses ont bien été transmises à votre conseiller. Pour les modifier, parlez-en avec lui."));
  }

  private static void unexpected(HttpServletResponse resp, Exception e) {
    try {
      errorPage(resp, e);
    } catch (IOException | RuntimeException gone) {
      LOG.log(Level.FINE, "The error page could not be written", gone);
    }
  }

  private static void errorPage(HttpServletResponse resp, Exception e) throws IOException {
    if (concurrentChange(e)) {
      LOG.log(Level.FINE, "Concurrent change on a personal link", e);
      if (!resp.isCommitted()) {
        resp.reset();
        html(
            resp,
            409,
            Html.message(
                "Vos réponses n'ont pas été enregistrées",
                "Votre dossier vient d'être modifié en même temps, peut-être depuis un autre onglet. Rechargez la page pour voir ce qui est enregistré, puis recommencez si besoin."));
      }
      return;
    }
    String ref = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Unexpected error on the person's page, reference " + ref, e);
    if (!resp.isCommitted()) {
      resp.reset();
      html(
          resp,
          500,
          Html.message(
              "Un problème est survenu",
              "Vos réponses n'ont pas pu être traitées. Réessayez dans quelques minutes ; si cela recommence, donnez cette référence à votre conseiller : "
                  + ref
                  + "."));
    }
  }

  /** A lost optimistic or pessimistic lock, however the transaction wrapped it. */
  static boolean concurrentChange(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof OptimisticLockException
          || c instanceof PessimisticLockException
          || c instanceof LockTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** Form values to typed answers; an empty field means "no answer". */
  static Map<String, Object> parse(
      Questionnaire q,
      Map<String, String[]> parameters,
      Map<String, String> typed,
      Map<String, String> errors) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> p : parameters.entrySet()) {
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
        if ("true".equals(raw) || "false".equals(raw)) {
          values.put(p.getKey(), Boolean.valueOf(raw));
        } else {
          errors.put(p.getKey(), "Choisissez oui ou non.");
        }
      } else if (type == AnswerType.NUMBER) {
        if (WHOLE_NUMBER.matcher(raw).matches()) {
          // the range is the core's to check, with the other answers
          values.put(p.getKey(), new BigInteger(raw));
        } else {
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
    if (path == null) {
      return "";
    }
    String t = path.replaceFirst("^/", "");
    return t.endsWith(PDF) ? t.substring(0, t.length() - PDF.length()) : t;
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
